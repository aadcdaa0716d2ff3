package org.entente.time;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Set;
import org.entente.event.Status;
import org.entente.lexicon.WordList;

/**
 * Done, planned or cancelled, from the grammar around an event word: modal "will", a governing
 * "plans to"/"agreed to"/"decision to", "next"/"upcoming", and negation or cancellation.
 */
public final class StatusClassifier {
    private static final Set<String> FUTURE_VERBS = lemmas("V");
    private static final Set<String> FUTURE_NOUNS = lemmas("N");
    private static final Set<String> CANCEL = WordList.load("negation-cues.tsv").firstColumn();
    private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "would", "going");
    private static final Set<String> FUTURE_ADJECTIVES = Set.of("next", "upcoming", "future", "forthcoming",
            "planned", "coming", "subsequent", "further", "reciprocal");

    /** What the grammar says of an event word, before dates are compared. */
    public enum Reading { DONE, PLANNED, NEGATED }

    private static Set<String> lemmas(String pos) {
        return WordList.load("future-cues.tsv").rows().stream().filter(r -> r[1].equals(pos)).map(r -> r[0])
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Reads the status of the event stated by {@code word}, looking at it and up to three governing words
     * ("decided to continue the negotiations": negotiations ← continue ← decided).
     */
    public Reading read(SemanticGraph g, IndexedWord word) {
        if (negated(g, word)) {
            return Reading.NEGATED;   // "the planned meeting was cancelled": cancellation outranks plans
        }
        IndexedWord w = word;
        for (int depth = 0; w != null && depth < 4; depth++) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                String l = lemma(e.getDependent());
                if (rel.equals("neg") || rel.equals("advmod") && (l.equals("not") || l.equals("never"))) {
                    return Reading.NEGATED;
                }
                if (rel.startsWith("aux") && FUTURE_MODALS.contains(l)) {
                    return Reading.PLANNED;
                }
                if (rel.equals("amod") && FUTURE_ADJECTIVES.contains(l) && depth <= 1) {
                    return Reading.PLANNED;
                }
            }
            IndexedWord parent = g.getParent(w);
            if (parent == null) {
                break;
            }
            String rel = g.getEdge(parent, w) == null ? "" : g.getEdge(parent, w).getRelation().toString();
            String pl = lemma(parent);
            if (CANCEL.contains(pl)) {
                return Reading.NEGATED;
            }
            boolean infinitive = hasMarkTo(g, w);
            if ((rel.equals("xcomp") || rel.startsWith("ccomp") || infinitive) && FUTURE_VERBS.contains(pl)) {
                return Reading.PLANNED;
            }
            if (rel.startsWith("acl") && infinitive && FUTURE_NOUNS.contains(pl)) {
                return Reading.PLANNED;
            }
            if (rel.equals("xcomp") && hasFutureNounSubject(g, parent)) {
                return Reading.PLANNED;   // "a decision was made to sign"
            }
            if (rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("xcomp") || rel.startsWith("acl")
                    || rel.startsWith("advcl")
                    || rel.startsWith("nmod") || rel.startsWith("obl") || rel.equals("conj:and")) {
                w = parent;
                continue;
            }
            break;
        }
        return Reading.DONE;
    }

    private static boolean negated(SemanticGraph g, IndexedWord word) {
        IndexedWord w = word;
        for (int depth = 0; w != null && depth < 3; depth++) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                String l = lemma(e.getDependent());
                if (e.getRelation().toString().equals("advmod") && (l.equals("not") || l.equals("never"))) {
                    return true;
                }
                if (depth == 0 && e.getRelation().toString().startsWith("acl") && CANCEL.contains(l)) {
                    return true;   // "talks cancelled because of ..."
                }
            }
            IndexedWord parent = g.getParent(w);
            if (parent != null && CANCEL.contains(lemma(parent))) {
                return true;
            }
            w = parent;
        }
        return false;
    }

    /** The event's status, a date after the publication day making it planned. */
    public Status status(Reading reading, String eventDate, java.time.LocalDate published) {
        if (reading == Reading.PLANNED) {
            return Status.PLANNED;
        }
        if (eventDate != null && published != null) {
            String first = eventDate.split("/")[0];
            String pub = published.toString().substring(0, Math.min(first.length(), 10));
            if (first.length() >= 7 && first.compareTo(pub) > 0) {
                return Status.PLANNED;
            }
        }
        return Status.DONE;
    }

    private static boolean hasFutureNounSubject(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if ((rel.startsWith("nsubj") || rel.equals("obj")) && FUTURE_NOUNS.contains(lemma(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMarkTo(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals("mark") && lemma(e.getDependent()).equals("to")) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(IndexedWord w) {
        return w.lemma() == null ? w.word().toLowerCase(Locale.ROOT) : w.lemma().toLowerCase(Locale.ROOT);
    }
}
