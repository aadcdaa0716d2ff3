package org.entente.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublisherCountryTest {
    private static Optional<String> of(String url) {
        return PublisherCountry.of(url, Gazetteer.shared());
    }

    @Test
    void countryCodeDomainsNameTheirCountry() {
        assertEquals(Optional.of("AZE"), of("https://www.azernews.example.az/business/1.html"));
        assertEquals(Optional.of("SLE"), of("https://statehouse.gov.sl/some-story/"));
        assertEquals(Optional.of("VNM"), of("https://en.news.vn/a/1.vnp"));
        assertEquals(Optional.of("GBR"), of("https://www.paper.co.uk/politics/1"));
    }

    @Test
    void genericAndMissingAddressesSayNothing() {
        assertEquals(Optional.empty(), of("https://www.example.com/story"));
        assertEquals(Optional.empty(), of("https://startup.io/news"));
        assertEquals(Optional.empty(), of(null));
        assertEquals(Optional.empty(), of("not a url at all"));
        assertEquals(Optional.empty(), of("http://localhost/x"));
    }
}
