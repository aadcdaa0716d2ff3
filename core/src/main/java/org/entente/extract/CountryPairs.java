package org.entente.extract;

import java.util.List;
import java.util.Optional;
import org.entente.actor.ActorFactory;
import org.entente.event.Actor;

/**
 * Two countries written as one hyphenated word: "Kenya-Zambia", "Uzbek - US", "the Chile-Peru Joint
 * Commission". Such a pair names the two sides of whatever it qualifies.
 */
final class CountryPairs {
    private CountryPairs() {
    }

    /** The pair written at token {@code k} (a hyphenated word, or the hyphen between two words up to {@code last}). */
    static Optional<List<Actor>> at(SentenceView s, ActorFactory factory, int k, int last) {
        String w = s.token(k).word();
        if (w.equals("-") && k > 0 && k + 1 <= last) {
            w = s.token(k - 1).word() + "-" + s.token(k + 1).word();
        }
        String[] parts = w.split("[-–]");
        if (parts.length == 2) {
            Optional<Actor> a = factory.country(parts[0]);
            Optional<Actor> b = factory.country(parts[1]);
            if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
                return Optional.of(List.of(a.get(), b.get()));
            }
        }
        return Optional.empty();
    }

    /** The first pair the sentence writes, if any. */
    static Optional<List<Actor>> first(SentenceView s, ActorFactory factory) {
        for (int k = 0; k < s.tokens().size(); k++) {
            Optional<List<Actor>> pair = at(s, factory, k, s.tokens().size() - 1);
            if (pair.isPresent()) {
                return pair;
            }
        }
        return Optional.empty();
    }
}
