package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.nlp.NlpEngine;
import org.junit.jupiter.api.Test;

class DatelineTest {

    private static Optional<LocalDate> dateline(String text, LocalDate published) {
        return Dateline.in(NlpEngine.shared().annotate(text, published).sentences(), published);
    }

    @Test
    void agencyDatelineGivesTheDay() {
        assertEquals(Optional.of(LocalDate.of(2023, 3, 14)), dateline(
                "TBILISI, Georgia, March 14. The ministers of transport met in Tbilisi.", LocalDate.of(2023, 3, 14)));
    }

    @Test
    void timestampLineStandsInForAMissingPublicationDate() {
        assertEquals(Optional.of(LocalDate.of(2022, 10, 4)),
                dateline("10/04/2022 11:20:05 AM\n\nTwo ministries signed a protocol.", null));
        assertEquals(Optional.of(LocalDate.of(2016, 2, 9)),
                dateline("This story is from Feb 09, 2016\n\nThe two sides held talks.", null));
    }

    @Test
    void aDateAfterAVerbIsTheDateOfWhatTheSentenceReports() {
        assertTrue(dateline("The two banks signed a memorandum on 12 May 2021 in Tashkent.", null).isEmpty());
    }

    @Test
    void aDatelineFarFromThePublicationDayIsIgnored() {
        assertTrue(dateline("ASTANA, Kazakhstan, 2 March 2019. Talks were held.", LocalDate.of(2023, 3, 2)).isEmpty());
    }

    /** Whether the tagged head asks for NER, and what the full analysis without a day finds there. */
    private static boolean asksForEntities(String head) {
        boolean[] asked = new boolean[1];
        NlpEngine.shared().tag(head, null, s -> asked[0] = Dateline.mayGiveDay(s));
        return asked[0];
    }

    @Test
    void aHeadWithoutAYearInDigitsNeedsNoTagsAtAll() {
        assertTrue(Dateline.mayWriteYear("11/15/2023 8:09:41 AM"));
        assertTrue(Dateline.mayWriteYear("SANTIAGO, Chile, July 8, 2021"));
        assertTrue(Dateline.mayWriteYear("Posted 15.11.23"));
        assertFalse(Dateline.mayWriteYear("LIMA, Peru, July 8\nBy Ana Ruiz"));
        assertFalse(Dateline.mayWriteYear("Chile, Peru sign trade deal"));
    }

    @Test
    void onlyAHeadWithAYearBeforeItsFirstVerbAsksForEntities() {
        for (String head : List.of("10/04/2022 11:20:05 AM\n\nTwo ministries signed a protocol.",
                "This story is from Feb 09, 2016\n\nThe two sides held talks.",
                "TBILISI, Georgia, March 14, 2023. The ministers met.")) {
            assertTrue(asksForEntities(head), head);
            assertTrue(Dateline.in(NlpEngine.shared().annotate(head, null).sentences()).isPresent(), head);
        }
        // no year before the first verb, or none at all: the analysis without a day finds no day there either
        for (String head : List.of("Azerbaijan, Argentina discuss cooperation prospects\nBaku hosted talks on Monday.",
                "The two banks signed a memorandum on 12 May 2021 in Tashkent.",
                "Ministers met in Tbilisi on March 14, 2023.",
                "LIMA, Peru, July 8\nThe ministers met.")) {
            assertFalse(asksForEntities(head), head);
            assertTrue(Dateline.in(NlpEngine.shared().annotate(head, null).sentences()).isEmpty(), head);
        }
    }

    @Test
    void tagsWithoutEntitiesAreTheFullAnalysisTags() {
        String head = "Chile, Peru sign six accords on mining\nLima, 12 May 2023";
        var tagged = NlpEngine.shared().tag(head, null, s -> true).sentences();
        var full = NlpEngine.shared().annotate(head, null).sentences();
        assertEquals(full.size(), tagged.size());
        for (int i = 0; i < full.size(); i++) {
            assertEquals(full.get(i).posTags(), tagged.get(i).posTags());
            assertEquals(full.get(i).nerTags(), tagged.get(i).nerTags());
        }
        assertTrue(NlpEngine.shared().tag(head, null, s -> false).sentences().get(0).tokens().get(0).ner() == null);
    }

    @Test
    void storiesWithoutADatelineHaveNone() {
        assertTrue(dateline("Kenya and Egypt signed four agreements.", LocalDate.of(2023, 3, 2)).isEmpty());
        assertTrue(Dateline.in(List.of()).isEmpty());
    }

    @Test
    void aDashEndedDatelineIsSetApartKeepingTheTextsLength() {
        String text = "Government House, Accra, Ghana, Friday 3 May 2024 – Minister of Trade Ama Boateng signed.";
        String apart = Dateline.setApart(text);
        assertEquals(text.length(), apart.length());
        assertEquals("Government House, Accra, Ghana, Friday 3 May 2024 –\nMinister of Trade Ama Boateng signed.", apart);
        assertEquals("OSLO\nNorwegian and Chilean firms signed.", Dateline.setApart("OSLO—Norwegian and Chilean firms signed."));
        assertEquals("NEW DELHI —\nThe talks ended.", Dateline.setApart("NEW DELHI — The talks ended."));
    }

    @Test
    void aStoryWithADashIsLeftAlone() {
        String text = "The two ministers met on Monday — their third meeting this year.";
        assertEquals(text, Dateline.setApart(text));
        assertEquals("BAKU, Azerbaijan, July 26. Talks.", Dateline.setApart("BAKU, Azerbaijan, July 26. Talks."));
    }
}
