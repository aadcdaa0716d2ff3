package org.entente.geo;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline many outlets write into an article's address ("/idef-2023-nigeria-azerbaijan-discuss-military-
 * technical-cooperation/"), as capitalised words ("Idef 2023 Nigeria Azerbaijan Discuss Military Technical
 * Cooperation") that {@link CountryCounter} can read. A headline names the story's parties; the body often
 * names only the foreign one ("The Minister of Defense met the Deputy Minister of Azerbaijan...").
 */
public final class HeadlineSlug {
    /** Words apart by hyphens or underscores: a slug has at least three. */
    private static final Pattern SEPARATOR = Pattern.compile("[-_]+");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.[A-Za-z]{2,5}$");

    private HeadlineSlug() {
    }

    /** The address's headline words, title-cased, if one of its path segments is a slug of three words or more. */
    public static Optional<String> of(String url) {
        String path = ArticleAddress.parse(url).map(URI::getPath).orElse(null);
        if (path == null) {
            return Optional.empty();
        }
        String best = null;
        int bestWords = 2;
        for (String segment : path.split("/")) {
            String bare = FILE_EXTENSION.matcher(segment).replaceFirst("");
            int words = 0;
            StringBuilder text = new StringBuilder();
            for (String w : SEPARATOR.split(bare)) {
                if (w.chars().anyMatch(Character::isLetter)) {
                    words++;
                }
                if (!w.isEmpty()) {
                    text.append(text.length() == 0 ? "" : " ").append(capitalised(w));
                }
            }
            if (words > bestWords) {
                bestWords = words;
                best = text.toString();
            }
        }
        return Optional.ofNullable(best);
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
