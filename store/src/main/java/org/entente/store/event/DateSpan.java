package org.entente.store.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The first and last day an event date of the spec covers: {@code 2022-11-17} is one day, {@code 2019-07} a
 * month, {@code 2022} a year, {@code 2020-11-18/2020-11-21} a range. Stored beside the text so that date
 * filters are range overlaps in SQL.
 */
public record DateSpan(LocalDate from, LocalDate to) {

    public DateSpan {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a span ends before it starts: " + from + "/" + to);
        }
    }

    /** The span of a spec date, empty when there is none or it is not in one of the spec's forms. */
    public static Optional<DateSpan> of(String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        String[] parts = date.strip().split("/", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<DateSpan> first = single(parts[0]);
        Optional<DateSpan> last = parts.length == 2 ? single(parts[1]) : first;
        if (first.isEmpty() || last.isEmpty() || last.get().to().isBefore(first.get().from())) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(first.get().from(), last.get().to()));
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    private static Optional<DateSpan> single(String s) {
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(s);
                return Optional.of(new DateSpan(d, d));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(s);
                return Optional.of(new DateSpan(m.atDay(1), m.atEndOfMonth()));
            }
            if (s.matches("\\d{4}")) {
                Year y = Year.parse(s);
                return Optional.of(new DateSpan(y.atDay(1), y.atMonth(12).atEndOfMonth()));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
