package org.entente.web.submit;

import java.util.List;

/**
 * What became of one posted article.
 *
 * @param id       the article's input id
 * @param url      its address, or null
 * @param outcome  {@code stored} or {@code already_stored}
 * @param events   the ids of its stored events (those of the earlier copy when it was already stored)
 */
public record SubmittedArticle(String id, String url, String outcome, List<Long> events) {
}
