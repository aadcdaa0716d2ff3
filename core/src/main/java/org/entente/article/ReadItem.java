package org.entente.article;

/**
 * One thing an {@link ArticleReader} found in its input: an article, or a problem that kept
 * something from being read as one.
 *
 * <p>{@code origin} says where: {@code "FILE:LINE"} for a JSON line, {@code "FILE"} for a text
 * file or a whole-file problem ({@code "<stdin>"} stands for standard input).
 */
public sealed interface ReadItem {

    /** Where the item comes from. */
    String origin();

    /** An article read successfully. */
    record ArticleRead(Article article, String origin) implements ReadItem {
    }

    /**
     * Input that could not be read as an article.
     *
     * @param message one line, lower case, saying what is wrong (e.g. {@code not JSON: ...})
     */
    record ReadProblem(String origin, String message) implements ReadItem {
        @Override
        public String toString() {
            return origin + ": " + message;
        }
    }
}
