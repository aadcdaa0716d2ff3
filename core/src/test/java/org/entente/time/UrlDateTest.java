package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDateTest {

    private static String value(String url) {
        return UrlDate.in(url).map(UrlDate.Found::value).orElse(null);
    }

    @Test
    void yearMonthDaySegments() {
        assertEquals("2019-12-08", value("https://news.example.org/2019/12/08/power-cuts-continue"));
        assertEquals("2023-12-22", value("https://www.example.com/2023/12/22/joint-commission-meeting/"));
    }

    @Test
    void yearAndMonthOnlyGiveTheMonthAnchoredOnItsLastDay() {
        UrlDate.Found f = UrlDate.in("https://times.example.kz/2024/06/new-agreements-signed/").orElseThrow();
        assertEquals("2024-06", f.value());
        assertEquals(LocalDate.of(2024, 6, 30), f.anchor());
        assertEquals("2018-12", value("https://agency.example.br/en/economia/noticia/2018-12/bank-keeps-rate"));
    }

    @Test
    void monthNamesInPaths() {
        assertEquals("2015-09-03", value("https://www.example.in/nation/2015/sep/03/India-UAE-Council-809365.html"));
    }

    @Test
    void compactStampsOpeningAnIdentifier() {
        assertEquals("2024-04-04", value("https://africa.example.com/stories/202404040068.html"));
    }

    @Test
    void addressesWithoutADateGiveNone() {
        assertTrue(UrlDate.in("https://en.example.az/business/3484066.html").isEmpty());
        assertTrue(UrlDate.in("https://example.com/?p=296240").isEmpty());
        assertTrue(UrlDate.in(null).isEmpty());
        assertTrue(UrlDate.in("https://example.com/2024/13/40/not-a-date").isEmpty());
        // the host is no date, nor a query string
        assertTrue(UrlDate.in("https://2019.example.com/story?d=2019/12/08").isEmpty());
    }
}
