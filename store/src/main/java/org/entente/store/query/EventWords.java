package org.entente.store.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words an event is found by with {@code --text}: its evidence, instrument and gathering, lower-cased, split
 * at everything but letters and digits, stored once per event in {@code event_words} (V3).
 *
 * <p>Why a word table and not {@code LIKE '%words%'} alone: a substring search reads every mention, which grows
 * with the base, while each query word is one index lookup, so the filter reads only the events that have all
 * the words, and then checks the phrase itself with {@code LIKE} on those. Query words are thus whole words
 * ("railways" finds "National Railways", "rail" does not). Exact lookups rather than prefix ranges because a
 * range's upper bound depends on the database's collation, which differs between H2 and PostgreSQL.
 */
public final class EventWords {

    /** Words longer than this are cut (their beginning still finds them). */
    public static final int MAX_WORD = 64;

    private EventWords() {
    }

    /** The distinct words of the texts (nulls ignored), in order of appearance. */
    public static Set<String> of(String... texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            if (t != null) {
                out.addAll(split(t));
            }
        }
        return out;
    }

    /** The words of a text, lower-cased, in order, repeats kept. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(lower.substring(start, Math.min(i, start + MAX_WORD)));
                start = -1;
            }
        }
        return out;
    }
}
