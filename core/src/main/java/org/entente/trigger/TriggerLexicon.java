package org.entente.trigger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.event.EventType;
import org.entente.lexicon.WordList;

/** The trigger words of {@code triggers.tsv}: which lemma, as verb or noun, states which event. */
public final class TriggerLexicon {
    private final Map<String, EventType> verbs = new HashMap<>();
    private final Map<String, EventType> nouns = new HashMap<>();
    private final Set<String> lightVerbs = new HashSet<>();
    private final Set<String> reachedNouns = new HashSet<>();
    private final Set<String> passiveOnly = new HashSet<>();

    private TriggerLexicon(WordList list) {
        for (String[] row : list.rows()) {
            String lemma = row[0];
            boolean verb = row[1].equals("V");
            if (row[3].equals("light")) {
                lightVerbs.add(lemma);
            } else if (row[3].equals("reached")) {
                reachedNouns.add(lemma);
            } else {
                (verb ? verbs : nouns).put(lemma, EventType.valueOf(row[2]));
                if (row[3].equals("passive")) {
                    passiveOnly.add(lemma);
                }
            }
        }
    }

    private static final class Holder {
        static final TriggerLexicon INSTANCE = new TriggerLexicon(WordList.load("triggers.tsv"));
    }

    public static TriggerLexicon shared() {
        return Holder.INSTANCE;
    }

    /** The event a word states, from its lemma and Penn tag. */
    public Optional<EventType> typeOf(String lemma, String tag) {
        String l = lemma.toLowerCase(java.util.Locale.ROOT);
        if (tag.startsWith("VB")) {
            return Optional.ofNullable(verbs.get(l));
        }
        if (tag.startsWith("NN")) {
            return Optional.ofNullable(nouns.get(l));
        }
        return Optional.empty();
    }

    /** "hold", "reach": verbs that state an event only through their object noun. */
    public boolean isLightVerb(String lemma) {
        return lightVerbs.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /** "agreement", "consensus": nouns that state an agreement when reached ("an agreement was reached"). */
    public boolean isReachedNoun(String lemma) {
        return reachedNouns.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "represent", "present": verbs that state an event only in the passive, whose subject is who was shown at a
     * gathering ("Azerbaijan was represented at the fair"); in the active their subject is no attendant.
     */
    public boolean isPassiveOnly(String lemma) {
        return passiveOnly.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether any word of a sentence could be a trigger: the cheap gate before parsing. */
    public boolean mayTrigger(String lemma) {
        String l = lemma.toLowerCase(java.util.Locale.ROOT);
        return verbs.containsKey(l) || nouns.containsKey(l);
    }
}
