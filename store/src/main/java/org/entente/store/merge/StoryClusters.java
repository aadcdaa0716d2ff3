package org.entente.store.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which reports of one story are one event: the clustering of a connected group of reports (every report that
 * matches another, directly or through others) that depends on the reports alone, never on the order they
 * arrived in.
 *
 * <p>Why: {@link MergeRule} is not transitive. "Talks in May" matches the talks of May 3 and those of May 20,
 * which do not match each other; "Uganda" stands in for either of two ministries that are two bodies. Joining
 * reports as they arrive then gives different events for different arrival orders. Here the reports are taken
 * in a fixed order instead, by their article's day (undated last), then the article's identity and the report's
 * place in it, and each joins the best-scoring cluster whose first report it matches and that has no report of
 * its article yet; ties go to the earlier cluster.
 */
final class StoryClusters {

    /** One report with what orders it: its article's identity key and its place in the article. */
    record Member(Report report, String articleKey, int ord) {
    }

    /** A cluster: its members in the fixed order; the first is the one the others were compared with. */
    record Cluster(List<Member> members) {
        Member first() {
            return members.get(0);
        }
    }

    static final Comparator<Member> ORDER = Comparator
            .comparing((Member m) -> m.report().reportedOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Member::articleKey).thenComparingInt(Member::ord);

    private StoryClusters() {
    }

    /** The clusters of the reports, in the fixed order. */
    static List<Cluster> of(List<Member> reports) {
        List<Member> sorted = new ArrayList<>(reports);
        sorted.sort(ORDER);
        List<List<Member>> clusters = new ArrayList<>();
        for (Member m : sorted) {
            List<Member> best = null;
            int bestScore = Integer.MIN_VALUE;
            for (List<Member> c : clusters) {
                if (c.stream().anyMatch(x -> x.report().articleId() == m.report().articleId())) {
                    continue;
                }
                Optional<MergeRule.Match> match = MergeRule.match(m.report(), c.get(0).report());
                if (match.isPresent() && match.get().score() > bestScore) {
                    best = c;
                    bestScore = match.get().score();
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                clusters.add(best);
            }
            best.add(m);
        }
        return clusters.stream().map(Cluster::new).toList();
    }
}
