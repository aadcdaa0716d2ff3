package org.entente.article;

import java.time.LocalDate;

/**
 * A news article as read from input.
 *
 * @param id        stable identifier (from the input, or derived from the file name)
 * @param url       where it was published, may be null
 * @param published publication date, may be null (a dateline in the text may then stand in)
 * @param text      the body text
 */
public record Article(String id, String url, LocalDate published, String text) {
}
