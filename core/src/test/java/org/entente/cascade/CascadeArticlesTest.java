package org.entente.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.extract.Extractor;
import org.entente.nlp.NlpEngine;
import org.entente.nlp.SelectedSentences;
import org.junit.jupiter.api.Test;

/** Whole articles (written for this test) through the real tokenizer and tagger: what the cascade keeps. */
class CascadeArticlesTest {
    static final String WEATHER = "Heavy rain is expected across the coast on Thursday.\n\n"
            + "Temperatures will stay between 18 and 24 degrees, forecasters said.\n\n"
            + "Winds will ease in the afternoon.";
    static final String SIGNING = "Kenya and Norway sign hydropower memorandum\n\n"
            + "Kenya's Ministry of Energy and Norway's Agency for Hydropower Research signed a memorandum of "
            + "understanding on cooperation in small hydropower plants in Nairobi on Tuesday.\n\n"
            + "The rains were late this year in the west of the country.\n\n"
            + "Farmers in the region planted maize in April.\n\n"
            + "The document was signed by Energy Minister Peter Kamau Ndegwa and the agency's director Ingrid "
            + "Solheim Berg.";

    static final String INSPECTION = "Bakery closed after inspection\n\n"
            + "Health inspectors visited a bakery in the old town on Monday after a customer fell ill.\n\n"
            + "The inspectors met the owner, who said the ovens were clean.\n\n"
            + "The town council will discuss street lighting at its next meeting.";

    final TriggerGate gate = TriggerGate.shared();

    @Test
    void anUnrelatedArticleIsDoneAfterItsTokens() {
        SelectedSentences s = NlpEngine.shared().select(WEATHER, gate);
        assertTrue(s.isEmpty());
        assertEquals(3, s.total());
    }

    @Test
    void triggerWordsInDomesticNewsCostNoAnalysis() throws Exception {
        SelectedSentences s = NlpEngine.shared().select(INSPECTION, gate);
        assertTrue(s.isEmpty(), "a visit and two meetings, in an article that speaks of no relations between parties");
        NlpEngine nlp = NlpEngine.shared();
        long before = nlp.tokensAnalysed();
        Article a = new Article("cascade-4", null, LocalDate.parse("2023-09-20"), INSPECTION);
        assertTrue(new Extractor(nlp, gate).extract(a).events().isEmpty());
        assertEquals(before, nlp.tokensAnalysed());
        assertTrue(Extractor.everySentence().extract(a).events().isEmpty(), "nor does the full analysis find an event");
    }

    @Test
    void theTriggerSentencesAreChosenAndTheLeadIsTheirContext() {
        SelectedSentences s = NlpEngine.shared().select(SIGNING, gate);
        assertFalse(s.isEmpty());
        assertEquals(5, s.total());
        // the headline's "sign" is tagged a noun, and the lexicon's "sign" is a verb: the signing and the signatories
        assertEquals(2, s.chosen());
        assertEquals(3, s.withContext(), "and the lead: the headline (the story's first sentence is the signing; "
                + "the sentence after it is no longer the scene)");
        assertFalse(s.readsOnWhenSilent());
        assertTrue(s.widens(SelectedSentences.Scope.CONTEXT));
        assertFalse(s.widens(SelectedSentences.Scope.CHOSEN));
    }

    @Test
    void anArticleWhoseLeadIsAllChosenIsReadOnce() throws Exception {
        String text = "Chile and Peru signed a trade memorandum on Monday.\n\nThe two ministers met in Lima.";
        SelectedSentences s = NlpEngine.shared().select(text, gate);
        assertEquals(2, s.chosen());
        assertFalse(s.widens(SelectedSentences.Scope.CONTEXT), "the lead is the chosen sentences: nothing to add");
        Article a = new Article("cascade-3", null, LocalDate.parse("2023-09-20"), text);
        assertEquals(Extractor.everySentence().extract(a), new Extractor(NlpEngine.shared(), gate).extract(a));
    }

    @Test
    void theCascadeFindsWhatEverySentenceFinds() throws Exception {
        Article a = new Article("cascade-1", null, LocalDate.parse("2023-09-20"), SIGNING);
        ArticleEvents cascaded = new Extractor(NlpEngine.shared(), gate).extract(a);
        assertFalse(cascaded.events().isEmpty());
        assertEquals(Extractor.everySentence().extract(a), cascaded);
        assertTrue(new Extractor(NlpEngine.shared(), gate)
                .extract(new Article("cascade-2", null, LocalDate.parse("2023-09-21"), WEATHER)).events().isEmpty());
    }

    @Test
    void anUndatedArticleIsReadAgainstItsStandInDayFromTheStart() throws Exception {
        // no publication date: the dateline's day stands in, and "on Tuesday" is read against it both ways
        Article a = new Article("cascade-3", "https://news.example/2023/09/kenya-norway",
                null, "NAIROBI, Kenya, 20 September 2023\n\n" + SIGNING);
        ArticleEvents cascaded = new Extractor(NlpEngine.shared(), gate).extract(a);
        assertFalse(cascaded.events().isEmpty());
        assertEquals("2023-09-19", cascaded.events().get(0).date());
        assertEquals(Extractor.everySentence().extract(a), cascaded);
    }
}
