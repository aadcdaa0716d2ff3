package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences may hold a time expression, and that the others lose nothing without SUTime. */
class TimeWordsTest {

    @Test
    void digitsAndTheWordsSutimeBuildsFromMayDate() {
        for (String w : List.of("2023", "11/15", "3rd", "July", "Sept.", "Tuesday", "years", "decade", "tonight",
                "bi-monthly", "year-end", "first", "twice", "a.m.", "spring", "ago", "currently", "Christmas", "dozens")) {
            assertTrue(TimeWords.mayDate(w), w);
        }
        for (String w : List.of("memorandum", "Chile", "signed", "cooperation", "minister", "talks", "Lima", "-", "")) {
            assertFalse(TimeWords.mayDate(w), w);
        }
    }

    @Test
    void aSentenceWithoutTimeWordsGetsTheTagsOfThePipelineThatRunsSutimeEverywhere() {
        LocalDate day = LocalDate.parse("2024-03-14");
        String text = String.join("\n\n",
                "Chile and Peru signed a memorandum of understanding on mining cooperation.",
                "The Chilean delegation was led by Foreign Minister Ana Rojas and met Peruvian officials in Lima.",
                "Peru's Ministry of Foreign Affairs hosted the Chilean ambassador at its headquarters.",
                "The ministers will meet again in Santiago on the first Monday of March 2024.",
                "Officials met twice at the bi-monthly forum, and a second round is planned.");
        CoreDocument whole = OnePass.tag(text, day);
        CoreDocument annotated = NlpEngine.shared().annotate(text, day);
        List<Boolean> mayDate = List.of(false, false, false, true, true);
        for (int i = 0; i < mayDate.size(); i++) {
            CoreSentence expected = whole.sentences().get(i);
            assertEquals(mayDate.get(i), TimeWords.mayDate(expected.tokens()), expected.text());
            assertEquals(tags(expected), tags(annotated.sentences().get(i)), expected.text());
        }
        assertTrue(tags(annotated.sentences().get(3)).contains("March/DATE/2024-03-11"), "SUTime's day, as ever");
        assertTrue(tags(annotated.sentences().get(4)).contains("bi-monthly/SET/"), "a part of a word");
        assertTrue(tags(annotated.sentences().get(1)).contains("Lima/CITY/"));
    }

    private static List<String> tags(CoreSentence s) {
        return s.tokens().stream().map(t -> t.word() + "/" + t.ner() + "/"
                + (t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) == null ? ""
                        : t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))).toList();
    }
}
