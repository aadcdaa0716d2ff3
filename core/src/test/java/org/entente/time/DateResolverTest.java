package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.nlp.Sentences;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateResolver resolver = new DateResolver();

    @Test
    void normalisesSutimeValues() {
        assertEquals("2019-06-19", DateResolver.normalise("2019-06-19"));
        assertEquals("2019-07", DateResolver.normalise("2019-07"));
        assertEquals("2021", DateResolver.normalise("2021"));
        assertEquals("2020-11-18/2020-11-21", DateResolver.normalise("(2020-11-18,2020-11-21,P4D)"));
        assertNull(DateResolver.normalise("XXXX-07"));
        assertNull(DateResolver.normalise("PRESENT_REF"));
        assertNull(DateResolver.normalise((String) null));
    }

    @Test
    void relativeDatesResolveAgainstPublication() {
        LocalDate published = LocalDate.of(2022, 10, 20);
        List<DateResolver.DateMention> dates = resolver.dates(
                Sentences.parse("The forum opened in Tashkent on the 17th.", published), published);
        assertEquals("2022-10-17", dates.get(0).value());
        dates = resolver.dates(Sentences.parse("Experts will visit Baku in July.", LocalDate.of(2019, 6, 19)),
                LocalDate.of(2019, 6, 19));
        assertEquals("2019-07", dates.get(0).value());
    }

    @Test
    void yearsInsideNamesAreNotDates() {
        LocalDate published = LocalDate.of(2020, 11, 25);
        List<DateResolver.DateMention> dates = resolver.dates(
                Sentences.parse("The agreement was signed at MUSIAD Expo 2020 in Istanbul.", published), published);
        assertEquals(List.of(), dates);
    }

    @Test
    void aYearAfterACapitalisedNounTheTaggerCallsCommonIsPartOfTheName() {
        LocalDate published = LocalDate.of(2024, 4, 4);
        List<DateResolver.DateMention> dates = resolver.dates(Sentences.parse(
                "They agreed on the establishment of a Joint Trade Commission 2024 and signed it in March 2024.",
                published), published);
        assertEquals(List.of("2024-03"), dates.stream().map(DateResolver.DateMention::value).toList());
    }

    @Test
    void anEditionsYearCompletesMonthsWithoutOne() {
        assertEquals(2020, DateResolver.yearOfName("MUSIAD Expo 2020").orElseThrow());
        assertEquals(2019, DateResolver.yearOfName("Paris Air Show-2019").orElseThrow());
        assertTrue(DateResolver.yearOfName("18th World Historical Cities Conference").isEmpty());
        assertTrue(DateResolver.yearOfName("Expo 20201").isEmpty());
        assertEquals("2020-11-18/2020-11-21", DateResolver.inYear("(XXXX-11-18,XXXX-11-21,P4D)", 2020));
        assertEquals("2020-07", DateResolver.inYear("XXXX-07", 2020));
        assertNull(DateResolver.inYear("XXXX-XX-17", 2020), "a day without its month stays unknown");
        assertNull(DateResolver.inYear("2018-07", 2020), "a date with its own year is not moved");
        // without a publication day SUTime keeps only the month of "November 18-21"
        List<DateResolver.DateMention> dates = resolver.datesInYear(
                Sentences.parse("The fair was held in Istanbul on November 18-21.", null), 2020);
        assertTrue(dates.get(0).value().startsWith("2020-11"), dates.toString());
    }

    @Test
    void newsMonthIsPublicationMonth() {
        assertEquals("2023-02", resolver.newsMonth(LocalDate.of(2023, 2, 3)).orElseThrow());
    }
}
