package org.entente.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks the credit an agency story ends its sentences with (", Trend reports.", ", Kazinform News Agency
 * reports citing the Akorda press service.", ", Trend reports via the Ministry of Defense Industry"), before
 * parsing. The parser otherwise makes the credited agency's verb the sentence's head and the real object its
 * subject. The credit is replaced by blanks, so every character keeps its offset and evidence can be cut
 * from the original text.
 */
public final class AttributionMask {
    private static final Pattern CREDIT = Pattern.compile(
            ",\\s+((?:\\p{Lu}[\\p{L}\\d.&’'-]*\\s+){1,5})(?:reports|reported|informs|informed|writes|wrote)\\b"
                    + "(?:\\s+(?:citing|via|quoting|with reference to|referring to)\\s[^.\\n]{0,160})?"
                    + "(?=\\s*(?:[.\\n]|$))");

    private AttributionMask() {
    }

    /** The text with sentence-final agency credits replaced by blanks of the same length. */
    public static String mask(String text) {
        Matcher m = CREDIT.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        } while (m.find());
        return out.toString();
    }
}
