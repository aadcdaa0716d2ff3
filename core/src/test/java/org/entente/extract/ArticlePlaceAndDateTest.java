package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.article.Article;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.junit.jupiter.api.Test;

/** Where and when, decided over the whole article: datelines, the story's city, dated addresses. */
class ArticlePlaceAndDateTest {

    private static List<Event> events(String url, LocalDate published, String text) throws Exception {
        return ExtractorSentencesTest.EXTRACTOR.extract(new Article("t", url, published, text)).events();
    }

    private static Event first(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError(events));
    }

    @Test
    void datelineCityAndDayPlaceAndDateCurrentNews() throws Exception {
        List<Event> ev = events(null, LocalDate.of(2023, 3, 14), "TBILISI, Georgia, March 14. "
                + "Georgia's Ministry of Economy and the Ministry of Trade of Armenia signed a memorandum of "
                + "understanding on customs cooperation.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals("2023-03-14", agree.date());
        assertEquals("tbilisi", agree.location().name().toLowerCase());
    }

    @Test
    void aDatelineInCapitalsIsInTheCountryItNamesAndAHeadlinesSubjectIsNoDateline() throws Exception {
        List<Event> ev = events(null, LocalDate.of(2021, 7, 8), "Chile, Peru sign memorandum on trade\n\n"
                + "LIMA, Peru, July 8\n\nChile and Peru signed a memorandum of understanding on trade cooperation.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals("Lima", agree.location().name(), "four capitals are a city here, not an acronym, written in words");
        assertEquals("PER", agree.location().country());

        ev = events(null, LocalDate.of(2021, 7, 8), "Chile, Peru sign memorandum on trade\n\n"
                + "Chile and Peru signed a memorandum of understanding on trade cooperation.");
        assertEquals(null, first(ev, EventType.AGREE).location(), "no dateline, no place said");
    }

    @Test
    void aCountryBecomesTheCityTheArticleNamesThere() throws Exception {
        List<Event> ev = events(null, LocalDate.of(2023, 3, 20),
                "The Ministry of Health of Kenya and the Ministry of Health of Uganda signed an agreement in Uganda. "
                + "\n\nThe ceremony took place in Kampala, where the ministers also opened a clinic.");
        assertEquals("Kampala", first(ev, EventType.AGREE).location().name());
    }

    @Test
    void theStoryIsSetByAVisitReportedLater() throws Exception {
        List<Event> ev = events(null, LocalDate.of(2023, 3, 20),
                "The central banks of Kenya and Rwanda signed a memorandum of understanding on payments."
                + "\n\nThe document was signed during the governor's visit to Kigali last week.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Status.DONE, agree.status());
        assertEquals("Kigali", agree.location().name());
    }

    @Test
    void aPlannedVisitNeitherMovesTheStoryNorLosesItsCountry() throws Exception {
        List<Event> ev = events(null, LocalDate.of(2019, 6, 19), "Baku, Azerbaijan, June 19\n\n"
                + "During the Paris exhibition, the Ministry of Transport of Azerbaijan met with Renault."
                + "\n\nThe parties agreed that experts of Renault will visit Azerbaijan in July.");
        assertTrue(ev.stream().filter(e -> e.status() == Status.PLANNED && e.location() != null)
                .allMatch(e -> e.location().name().equals("Azerbaijan")), ev.toString());
    }

    @Test
    void anUndatedArticleTakesItsDateFromItsAddress() throws Exception {
        List<Event> ev = events("https://news.example.org/2021/10/kenya-egypt-agreements/", null,
                "Kenya and Egypt signed four memorandums of understanding on trade and health.");
        assertEquals("2021-10", first(ev, EventType.AGREE).date());
    }

    @Test
    void anUndatedArticleReadsRelativeDatesAgainstItsTimestampLine() throws Exception {
        List<Event> ev = events(null, null, "11/18/2022 9:15:00 AM\n\n"
                + "Kenya and Egypt signed four memorandums of understanding on trade on Wednesday.");
        assertEquals("2022-11-16", first(ev, EventType.AGREE).date());
    }
}
