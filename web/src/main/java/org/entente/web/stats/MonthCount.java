package org.entente.web.stats;

/** How many events of a type start in a month ({@code YYYY-MM}). */
public record MonthCount(String month, String type, long count) {
}
