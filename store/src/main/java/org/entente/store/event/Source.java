package org.entente.store.event;

/**
 * One report of a stored event: the article (its input id and address) and the sentence that states it.
 *
 * @param articleId the article's id as read from the input
 * @param url       its address, or null
 * @param evidence  the evidence sentence(s), verbatim
 */
public record Source(String articleId, String url, String evidence) {
}
