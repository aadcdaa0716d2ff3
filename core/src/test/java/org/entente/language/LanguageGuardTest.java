package org.entente.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Paragraphs written for this test; none is taken from the corpus. */
class LanguageGuardTest {

    static final String ENGLISH = "The Ministry of Economy and the Chamber of Commerce of Ganja signed a memorandum "
            + "of understanding on Tuesday to support small exporters. Under the document, the parties will hold "
            + "joint trade missions and share market research over the next two years, officials said.";
    static final String ENGLISH_WITH_NAMES = "Deputy Minister Elnur Aliyev and Mehmet Yilmaz, chairman of the Izmir "
            + "Ticaret Odasi, met in Baku on 12 March. Aliyev said that Azerbaijan and Turkiye had agreed to open a "
            + "joint logistics centre in Nakhchivan and to hold the next round of talks in Izmir in the autumn.";
    static final String FRENCH = "Le ministre de l'Economie a signé mardi à Lyon un protocole d'accord avec une "
            + "délégation marocaine. Les deux parties se sont engagées à renforcer leur coopération dans les domaines "
            + "de l'énergie, des transports et de la formation professionnelle au cours des trois prochaines années.";
    static final String GERMAN = "Der Bürgermeister der Stadt unterzeichnete am Mittwoch eine Partnerschafts"
            + "vereinbarung mit einer Delegation aus Georgien. Beide Seiten wollen künftig in den Bereichen Kultur, "
            + "Bildung und Tourismus enger zusammenarbeiten und sich regelmäßig zu Gesprächen treffen.";
    static final String SPANISH = "La ministra de Agricultura se reunió el lunes en Lima con una delegación de "
            + "empresarios chilenos para estudiar nuevas formas de cooperación comercial. Ambas partes acordaron "
            + "celebrar la próxima ronda de conversaciones en Santiago durante el mes de septiembre.";
    static final String RUSSIAN = "Министр иностранных дел провёл в понедельник переговоры со своим коллегой из "
            + "Казахстана. Стороны обсудили сотрудничество в области энергетики и транспорта.";
    static final String CHINESE = "两国外交部长周二在北京举行会谈，双方同意加强在贸易、能源和交通领域的合作。";

    private final LanguageGuard guard = LanguageGuard.shared();

    @Test
    void english_news_is_english() {
        assertTrue(LanguageGuard.isEnglish(ENGLISH));
        LanguageGuard.Detection d = guard.detect(ENGLISH);
        assertEquals("en", d.language());
        assertEquals(0, d.probability(), "told by its function words, without the detector");
        assertTrue(LanguageGuard.isEnglish(ENGLISH_WITH_NAMES), "foreign names do not make English foreign");
        assertTrue(LanguageGuard.isEnglish(ENGLISH + "\n\n\"Nous sommes très satisfaits\", a-t-il déclaré."),
                "a foreign quote in an English article");
    }

    @Test
    void english_with_few_function_words_is_left_to_the_detector() {
        String headlines = "Chile Peru Sign Mining Deal. Lima Hosts Pacific Alliance Trade Ministers. Santiago Port "
                + "Expansion Approved. Copper Prices Rise Again. Peruvian Exports Reach Record High. Chilean Senate "
                + "Backs Lithium Plan. Andean Airlines Add Routes. Northern Farmers Welcome Rain. Ministers Meet "
                + "Investors In Arequipa. New Border Crossing Opens Near Tacna.";
        assertFalse(LanguageGuard.writesEnglishFunctionWords(headlines));
        LanguageGuard.Detection d = guard.detect(headlines);
        assertTrue(d.english(), d.toString());
        assertTrue(d.probability() > 0, "the detector ran: " + d);
    }

    @Test
    void no_other_language_passes_for_english_by_its_function_words() {
        for (String text : List.of(FRENCH, GERMAN, SPANISH, FRENCH + " " + GERMAN + " " + SPANISH)) {
            assertFalse(LanguageGuard.writesEnglishFunctionWords(text), text);
        }
        assertTrue(LanguageGuard.writesEnglishFunctionWords(ENGLISH + " " + ENGLISH_WITH_NAMES));
    }

    @Test
    void foreign_paragraphs_are_not_english() {
        assertForeign(FRENCH, "fr");
        assertForeign(GERMAN, "de");
        assertForeign(SPANISH, "es");
        assertForeign(RUSSIAN, "ru");
        assertForeign(CHINESE, "zh-CN");
    }

    @Test
    void too_short_to_tell_passes() {
        assertTrue(LanguageGuard.isEnglish("Agreement signed."));
        assertTrue(LanguageGuard.isEnglish("12 345 678 -- 2020/11/18"));
        assertFalse(LanguageGuard.isEnglish("Переговоры в Москве"), "but a foreign script is foreign");
    }

    @Test
    void detection_is_deterministic() {
        LanguageGuard.Detection first = guard.detect(SPANISH);
        for (int i = 0; i < 5; i++) {
            assertEquals(first, guard.detect(SPANISH));
        }
    }

    @Test
    void screen_gives_reason_and_message() {
        assertEquals(Optional.empty(), ArticleScreen.screen(ENGLISH, 1000));
        assertEquals(Optional.of(new ArticleScreen.Refusal(ArticleScreen.Reason.EMPTY, "empty article")),
                ArticleScreen.screen(" \n\t", 1000));
        assertEquals(ArticleScreen.Reason.EMPTY, ArticleScreen.screen(null, 1000).orElseThrow().reason());
        ArticleScreen.Refusal big = ArticleScreen.screen(ENGLISH.repeat(10), 1000).orElseThrow();
        assertEquals(ArticleScreen.Reason.TOO_LARGE, big.reason());
        assertEquals("article of " + String.format(java.util.Locale.ROOT, "%,d", ENGLISH.length() * 10)
                + " characters exceeds the limit of 1,000", big.message());
        ArticleScreen.Refusal german = ArticleScreen.screen(GERMAN, 1000).orElseThrow();
        assertEquals(new ArticleScreen.Refusal(ArticleScreen.Reason.NOT_ENGLISH, "not English (detected: de)"), german);
    }

    /** Every article of the shared corpora is English, and so is its first paragraph alone. */
    @Test
    void shared_corpus_is_english() throws IOException {
        String shared = System.getProperty("entente.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no shared corpus");
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (String set : List.of("seeds", "dev", "stream")) {
            Path f = Path.of(shared, "corpus", set, "articles.jsonl");
            if (!Files.exists(f)) {
                continue;
            }
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode a = json.readTree(line);
                    String text = a.get("text").asText();
                    String head = text.substring(0, Math.min(text.length(), 250));
                    n++;
                    if (!LanguageGuard.isEnglish(text) || !LanguageGuard.isEnglish(head)) {
                        wrong.add(a.get("id").asText() + " " + guard.detect(head));
                    }
                }
            }
        }
        assumeTrue(n > 0, "no shared articles");
        assertEquals(List.of(), wrong);
    }

    private void assertForeign(String text, String language) {
        LanguageGuard.Detection d = guard.detect(text);
        assertFalse(d.english(), d.toString());
        assertEquals(language, d.language());
    }
}
