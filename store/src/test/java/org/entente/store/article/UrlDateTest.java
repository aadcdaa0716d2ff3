package org.entente.store.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlDateTest {

    @Test
    void daysInNewsAddresses() {
        assertEquals(Optional.of(LocalDate.of(2015, 9, 3)),
                UrlDate.of("https://paper.example/nation/2015/sep/03/India-UAE-Council-809365.html"));
        assertEquals(Optional.of(LocalDate.of(2020, 5, 18)), UrlDate.of("https://x.example/2020/05/18/talks"));
        assertEquals(Optional.of(LocalDate.of(2020, 5, 18)), UrlDate.of("https://x.example/news/2020-05-18/talks"));
        assertEquals(Optional.empty(), UrlDate.of("https://x.example/india-news/1213863"));
        assertEquals(Optional.empty(), UrlDate.of("https://x.example/2020/13/45/no-such-day"));
        assertEquals(Optional.empty(), UrlDate.of(null));
    }
}
