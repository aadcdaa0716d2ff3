package org.entente.geo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a text names each country, by name or demonym ("Kazakh-Chinese relations" counts both), read
 * from its capitalised words with the gazetteer alone. It needs no NER, so the cascade, which tags only some
 * sentences, and the full analysis count the same article the same way.
 */
public final class CountryCounter {
    /** A run of up to four capitalised words, "of" allowed inside ("Republic of Korea"). */
    private static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}.]*(?:[’']s)?(?:[ \\t]+(?:of[ \\t]+(?:the[ \\t]+)?)?\\p{Lu}[\\p{L}.]*(?:[’']s)?){0,3}");

    private final Gazetteer gazetteer;

    public CountryCounter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** ISO-3 code to number of mentions, in order of first mention. */
    public Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = RUN.matcher(text.replace('-', ' ').replace('–', ' '));
        while (m.find()) {
            String[] words = m.group().split("[ \\t]+");
            int i = 0;
            while (i < words.length) {
                int taken = 0;
                for (int n = Math.min(4, words.length - i); n >= 1 && taken == 0; n--) {
                    String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                    if (phrase.endsWith(" of") || phrase.endsWith(" the") || phrase.equals("of")) {
                        continue;
                    }
                    var country = gazetteer.country(phrase);
                    if (country.isPresent()) {
                        counts.merge(country.get().iso3(), 1, Integer::sum);
                        taken = n;
                    }
                }
                i += Math.max(taken, 1);
            }
        }
        return counts;
    }
}
