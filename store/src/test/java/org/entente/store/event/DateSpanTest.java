package org.entente.store.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateSpanTest {

    private static Optional<DateSpan> span(String from, String to) {
        return Optional.of(new DateSpan(LocalDate.parse(from), LocalDate.parse(to)));
    }

    @Test
    void every_form_of_the_spec() {
        assertEquals(span("2022-11-17", "2022-11-17"), DateSpan.of("2022-11-17"));
        assertEquals(span("2024-02-01", "2024-02-29"), DateSpan.of("2024-02"));
        assertEquals(span("2022-01-01", "2022-12-31"), DateSpan.of("2022"));
        assertEquals(span("2020-11-18", "2020-11-21"), DateSpan.of("2020-11-18/2020-11-21"));
        assertEquals(span("2020-11-01", "2021-01-31"), DateSpan.of("2020-11/2021-01"));
    }

    @Test
    void anything_else_has_no_span() {
        assertEquals(Optional.empty(), DateSpan.of(null));
        assertEquals(Optional.empty(), DateSpan.of(""));
        assertEquals(Optional.empty(), DateSpan.of("last week"));
        assertEquals(Optional.empty(), DateSpan.of("2022-13"));
        assertEquals(Optional.empty(), DateSpan.of("2022-02-30"));
        assertEquals(Optional.empty(), DateSpan.of("2021/2020"));
    }
}
