package org.entente.language;

import java.util.Locale;
import java.util.Optional;

/**
 * The checks an article's text must pass before analysis: not empty, not over the size limit, English.
 * {@code Extractor.extract} refuses an article for the {@linkplain Refusal#message() message} of the
 * first check that fails; callers that must tell the reasons apart (the command line writes an empty
 * event list for a foreign article, nothing for an empty one) use the {@link Reason}.
 */
public final class ArticleScreen {

    private ArticleScreen() {
    }

    /** Why an article was refused. */
    public enum Reason {
        /** null, empty or blank text */
        EMPTY,
        /** more characters than allowed */
        TOO_LARGE,
        /** not English (the article was read; it just reports no event Entente can see) */
        NOT_ENGLISH
    }

    /**
     * A refusal.
     *
     * @param message one line: {@code "empty article"}, {@code "article of 250,000 characters exceeds the
     *                limit of 200,000"}, {@code "not English (detected: fr)"}
     */
    public record Refusal(Reason reason, String message) {
    }

    /**
     * Screens a text.
     *
     * @param maxChars the largest accepted length, in chars
     * @return the reason to refuse it, or empty when it may be analysed
     */
    public static Optional<Refusal> screen(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            return Optional.of(new Refusal(Reason.EMPTY, "empty article"));
        }
        if (text.length() > maxChars) {
            return Optional.of(new Refusal(Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "article of %,d characters exceeds the limit of %,d", text.length(), maxChars)));
        }
        LanguageGuard.Detection d = LanguageGuard.shared().detect(text);
        if (!d.english()) {
            return Optional.of(new Refusal(Reason.NOT_ENGLISH, "not English (detected: " + d.language() + ")"));
        }
        return Optional.empty();
    }
}
