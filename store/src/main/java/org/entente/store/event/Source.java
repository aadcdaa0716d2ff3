package org.entente.store.event;

/**
 * One report of a stored event: the article (its input id and address) and the sentence that states it.
 *
 * @param articleId   the article's id as read from the input
 * @param url         its address, or null
 * @param evidence    the evidence sentence(s), verbatim
 * @param mergeReason why this report was taken to state the same event as the first one, null for the first
 */
public record Source(String articleId, String url, String evidence, String mergeReason) {

    /** The first (or only) report of an event. */
    public Source(String articleId, String url, String evidence) {
        this(articleId, url, evidence, null);
    }
}
