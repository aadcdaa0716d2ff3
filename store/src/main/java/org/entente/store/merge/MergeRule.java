package org.entente.store.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.entente.event.ActorKind;
import org.entente.store.event.DateSpan;

/**
 * Whether two reports from different articles state the same real interaction, and why.
 *
 * <p>All of:
 * <ol>
 *   <li><b>Same type and status.</b> A plan and its execution are two events ({@link FulfilmentRule} links
 *       them).</li>
 *   <li><b>Matching parties</b>, as unordered lists of the same length: either the very same canonical actors
 *       (<i>same actors</i>), or all the same actors but one, which is a country in one report and a body of
 *       that country in the other (<i>same countries</i>): "India" in one report and "Ministry of External
 *       Affairs" of India in the other are taken as the same side, since outlets name a state or the ministry
 *       that acts for it interchangeably; two different bodies of one country (two ministries) are not, and
 *       two sides both named only by country never stand in for two different pairs of bodies (on the dev
 *       corpus that rule merged a business forum's agreements with a working group agreed the same month).
 *       Parties without a country must match exactly.</li>
 *   <li><b>Compatible dates</b>: when both are dated, their spans overlap (a day within a month, the same month,
 *       overlapping ranges); when one is not, the dated span comes within {@link #UNDATED_WINDOW_DAYS} days of
 *       the undated report's publication day; when neither is, the two articles were published within that
 *       window. An undated report of an undated article never merges: nothing says when it happened.</li>
 * </ol>
 * The score prefers, among several candidates, same actors over same countries, the same place, then the same
 * exact date.
 */
public final class MergeRule {

    /** How far from its article's day an undated report may be matched, in days. */
    public static final int UNDATED_WINDOW_DAYS = 31;

    /** A match: higher scores are better candidates; {@code reason} is stored with the merge. */
    public record Match(int score, String reason) {
    }

    private MergeRule() {
    }

    /** The match of {@code report} with {@code earlier}, if they are the same interaction. */
    public static Optional<Match> match(Report report, Report earlier) {
        if (report.type() != earlier.type() || report.status() != earlier.status()
                || report.articleId() == earlier.articleId()) {
            return Optional.empty();
        }
        Optional<String> actors = actors(report.parties(), earlier.parties());
        if (actors.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> dates = dates(report, earlier);
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        int score = actors.get().startsWith("same actors") ? 4 : 2;
        List<String> why = new ArrayList<>(List.of("same type and status (" + report.type() + ", "
                + report.status().name().toLowerCase(Locale.ROOT) + ")", actors.get(), dates.get()));
        if (report.location() != null && report.location().equalsIgnoreCase(String.valueOf(earlier.location()))) {
            score += 2;
            why.add("same place (" + report.location() + ")");
        }
        if (report.date().isPresent() && report.date().equals(earlier.date())) {
            score += 1;
        }
        return Optional.of(new Match(score, String.join("; ", why)));
    }

    /** The actor rule that matches two parties lists, or empty. */
    static Optional<String> actors(List<Report.Party> a, List<Report.Party> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return Optional.empty();
        }
        List<Report.Party> left = new ArrayList<>(a);
        List<Report.Party> right = new ArrayList<>(b);
        for (java.util.Iterator<Report.Party> it = left.iterator(); it.hasNext(); ) {
            Report.Party p = it.next();
            if (right.removeIf(q -> q.actorId() == p.actorId())) {
                it.remove();
            }
        }
        if (left.isEmpty() && right.isEmpty()) {
            return Optional.of("same actors");
        }
        if (left.size() != 1 || right.size() != 1) {
            return Optional.empty(); // a stand-in for one side only: the other side must be the very same actor
        }
        List<String> stand = new ArrayList<>();
        for (Report.Party p : left) {
            Report.Party partner = null;
            for (Report.Party q : right) {
                if (p.country() != null && p.country().equals(q.country())
                        && (p.kind() == ActorKind.COUNTRY || q.kind() == ActorKind.COUNTRY)) {
                    partner = q;
                    break;
                }
            }
            if (partner == null) {
                return Optional.empty();
            }
            right.remove(partner);
            stand.add(p.country());
        }
        return Optional.of("same countries (" + String.join(", ", stand)
                + " named as the country in one report, as one of its bodies in the other)");
    }

    /** The date rule that makes two reports compatible, or empty. */
    static Optional<String> dates(Report a, Report b) {
        if (a.date().isPresent() && b.date().isPresent()) {
            DateSpan x = a.date().get();
            DateSpan y = b.date().get();
            if (!x.from().isAfter(y.to()) && !y.from().isAfter(x.to())) {
                return Optional.of(x.equals(y) ? "same date" : "overlapping dates");
            }
            return Optional.empty();
        }
        if (a.date().isEmpty() && b.date().isEmpty()) {
            if (a.reportedOn() == null || b.reportedOn() == null) {
                return Optional.empty();
            }
            long gap = Math.abs(a.reportedOn().toEpochDay() - b.reportedOn().toEpochDay());
            return gap <= UNDATED_WINDOW_DAYS
                    ? Optional.of("both undated, articles " + gap + " days apart") : Optional.empty();
        }
        Report undated = a.date().isEmpty() ? a : b;
        DateSpan span = (a.date().isEmpty() ? b : a).date().get();
        LocalDate day = undated.reportedOn();
        if (day == null) {
            return Optional.empty();
        }
        boolean near = !span.from().isAfter(day.plusDays(UNDATED_WINDOW_DAYS))
                && !span.to().isBefore(day.minusDays(UNDATED_WINDOW_DAYS));
        return near ? Optional.of("one undated, the other's date within " + UNDATED_WINDOW_DAYS
                + " days of its article") : Optional.empty();
    }
}
