package org.entente.web.event;

/**
 * One article that reports an event, with its whole text and the character range of the evidence in it, so
 * that a page can highlight the sentence the event was read from.
 *
 * @param articleId     the article's input id
 * @param url           its address, or null
 * @param published     its publication date (ISO), or null
 * @param text          the article's text
 * @param evidence      the evidence sentence(s) of this report
 * @param evidenceStart offset of the evidence in {@code text} (UTF-16 units, as JavaScript counts), or -1 when
 *                      the evidence is not found verbatim
 * @param evidenceEnd   offset just after it, or -1
 */
public record SourceArticle(String articleId, String url, String published, String text, String evidence,
        int evidenceStart, int evidenceEnd) {

    /** Locates the evidence in the text: verbatim first, then ignoring runs of white space. */
    public static SourceArticle of(String articleId, String url, String published, String text, String evidence) {
        int start = evidence == null || evidence.isEmpty() ? -1 : text.indexOf(evidence);
        int end = start < 0 ? -1 : start + evidence.length();
        if (start < 0 && evidence != null && !evidence.isBlank()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    java.util.Arrays.stream(evidence.strip().split("\\s+")).map(java.util.regex.Pattern::quote)
                            .reduce((a, b) -> a + "\\s+" + b).orElseThrow()).matcher(text);
            if (m.find()) {
                start = m.start();
                end = m.end();
            }
        }
        return new SourceArticle(articleId, url, published, text, evidence, start, end);
    }
}
