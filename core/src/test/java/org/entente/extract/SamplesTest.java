package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.article.Article;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.junit.jupiter.api.Test;

/** The bundled samples (written for the project) that the README's first command extracts. */
class SamplesTest {

    private static List<Event> txt(String file) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "samples", file));
        LocalDate published = LocalDate.parse(lines.get(0).strip().substring("date ".length()));
        String text = String.join("\n", lines.subList(1, lines.size()));
        return ExtractorSentencesTest.EXTRACTOR.extract(new Article(file, null, published, text)).events();
    }

    @Test
    void sisterCityAgreementBetweenTheTwoCitiesNotTheDateline() throws Exception {
        Event agree = txt("sister-city-lahti-mbale.txt").stream().filter(e -> e.type() == EventType.AGREE)
                .findFirst().orElseThrow();
        assertEquals(List.of("FIN", "UGA"), agree.actors().stream().map(a -> a.country()).sorted().toList());
        assertTrue(agree.actors().stream().anyMatch(a -> a.name().equals("Lahti")), agree.actors().toString());
        assertEquals("2024-06-15", agree.date(), "Saturday before the publication day");
    }

    @Test
    void weatherNewsHasNoEvent() throws Exception {
        assertEquals(List.of(), txt("weather-storm-northern-italy.txt"));
    }
}
