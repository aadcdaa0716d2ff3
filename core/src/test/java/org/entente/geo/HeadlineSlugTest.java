package org.entente.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlineSlugTest {
    @Test
    void theLongestSlugOfTheAddressIsItsHeadline() {
        assertEquals(Optional.of("Ghana Azerbaijan Discuss Trade Ties"),
                HeadlineSlug.of("https://paper.example.com/politics/ghana-azerbaijan-discuss-trade-ties/"));
        assertEquals(Optional.of("Kenya Signs 4 Deals With Peru"),
                HeadlineSlug.of("https://paper.example.com/news/2024/05/kenya_signs_4_deals_with_peru.html?utm_source=rss"));
    }

    @Test
    void anAddressWithoutWordsHasNoHeadline() {
        assertEquals(Optional.empty(), HeadlineSlug.of("https://www.paper.example.az/business/181038.html"));
        assertEquals(Optional.empty(), HeadlineSlug.of("https://paper.example.com/?p=296240"));
        assertEquals(Optional.empty(), HeadlineSlug.of("https://paper.example.com/2024-06-01/story"), "a date is no slug");
        assertEquals(Optional.empty(), HeadlineSlug.of(null));
        assertEquals(Optional.empty(), HeadlineSlug.of("not a url at all"));
    }

    @Test
    void theCountryCounterReadsTheCountriesItNames() {
        String headline = HeadlineSlug.of("https://paper.example.com/ethiopian-delegation-due-in-islamabad-on-may-9").orElseThrow();
        assertEquals(List.of("ETH"), List.copyOf(new CountryCounter(Gazetteer.shared()).counts(headline).keySet()));
    }
}
