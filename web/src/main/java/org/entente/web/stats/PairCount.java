package org.entente.web.stats;

/** How many events have parties of both countries (ISO-3, in alphabetical order). */
public record PairCount(String first, String second, long events) {
}
