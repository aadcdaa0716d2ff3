package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fine-grained gazetteer split into word and pattern entries, on sentences written for the test. */
class GazetteerSplitTest {
    static final GazetteerSplit SPLIT = GazetteerSplit.load();

    @Test
    void anEntryIsAPatternWhenEveryTokenIsARegularExpression() {
        assertTrue(GazetteerSplit.isPattern(new String[] {"u\\.s\\."}));
        assertTrue(GazetteerSplit.isPattern(new String[] {"tech\\.", "sgt\\."}));
        assertFalse(GazetteerSplit.isPattern(new String[] {"argentine", "republic"}));
        assertFalse(GazetteerSplit.isPattern(new String[] {"[A-Z][a-zA-Z]+", "activist"}), "indexed by 'activist'");
    }

    @Test
    void thePatternEntriesAreSetAsideAndTheWordEntriesKept() {
        assertTrue(SPLIT.patterns() > 500, "about a thousand pattern entries: " + SPLIT.patterns());
        assertTrue(SPLIT.wordMapping().contains("ignorecase=true"), "the per-file options stay: " + SPLIT.wordMapping());
    }

    @Test
    void aPatternEntryMayMatchOnlyWhereItsFirstTokenPatternMatchesAWord() {
        assertTrue(SPLIT.patternsMayMatch(words("Officials of the U.S. and Kenya met in Nairobi .")), "u\\.s\\.");
        assertTrue(SPLIT.patternsMayMatch(words("See www.example.com for the text .")), "an address");
        assertFalse(SPLIT.patternsMayMatch(words("Azerbaijan and Turkey signed a memorandum of understanding .")));
    }

    @Test
    void allFirstTokenPatternsAtOnceMatchWhatEachMatchesAlone() {
        List<CoreMapNodePattern> each = SPLIT.firstTokens().stream()
                .map(f -> CoreMapNodePattern.valueOf(f.regex(), f.flags())).toList();
        for (String w : List.of("U.S.", "u.s.", "USA", "Calif.", "Calif", "www.example.com", "peru.gob.pe", "a@b.org",
                "@ChileMinistry", "La", "SC", "S.C.", "Sgt.", "Dr.", "Chile", "signed", "2024", "-", "...", "",
                "Lima", "O'Higgins", "e-mail", "http://example.org/news")) {
            List<CoreLabel> token = words(w);
            boolean alone = each.stream().anyMatch(p -> p.match(token.get(0)));
            assertEquals(alone, SPLIT.patternsMayMatch(token), w);
        }
    }

    @Test
    void aStagedSentenceGetsTheTagsOfTheWholePipelineThroughEitherGazetteer() {
        String text = "Kenya's Ministry of Energy and the U.S. Agency for International Development signed a memorandum.\n\n"
                + "Azerbaijani Foreign Minister Elmar Mammadyarov met his Mongolian counterpart in Baku on Tuesday.";
        LocalDate day = LocalDate.parse("2023-09-20");
        NlpEngine nlp = NlpEngine.shared();
        CoreDocument whole = OnePass.tag(text, day);
        CoreDocument annotated = nlp.annotate(text, day);
        SelectedSentences all = nlp.select(text, new Every());
        CoreDocument staged = nlp.analyse(all, SelectedSentences.Scope.CHOSEN, day);
        assertEquals(2, staged.sentences().size());
        assertTrue(SPLIT.patternsMayMatch(whole.sentences().get(0).tokens()), "the first through the whole gazetteer");
        assertFalse(SPLIT.patternsMayMatch(whole.sentences().get(1).tokens()), "the second through its words");
        for (int i = 0; i < 2; i++) {
            assertEquals(tags(whole.sentences().get(i)), tags(staged.sentences().get(i)));
            assertEquals(tags(whole.sentences().get(i)), tags(annotated.sentences().get(i)), "every-sentence path");
        }
        assertEquals(mentions(whole), mentions(annotated), "the entity mentions, in order");
        assertEquals(mentions(whole), mentions(staged));
        assertTrue(annotated.sentences().get(1).dependencyParse() != null, "parsed");
        assertTrue(tags(staged.sentences().get(1)).contains("Mongolian/NATIONALITY"));
        assertTrue(tags(staged.sentences().get(1)).contains("Baku/CITY"));
    }

    @Test
    void aHeadTaggedForItsDatelineGetsTheTagsOfTheWholePipeline() {
        NlpEngine nlp = NlpEngine.shared();
        for (String head : List.of("BAKU, Azerbaijan, July 26.\n\nThe forum opened on Monday.",
                "WASHINGTON, D.C., 11/15/2023 8:09:41 AM\n\nU.S. officials arrived.")) {
            CoreDocument tagged = nlp.tag(head, null, sentences -> true);
            CoreDocument whole = OnePass.tag(head, null);
            for (int i = 0; i < whole.sentences().size(); i++) {
                assertEquals(tags(whole.sentences().get(i)), tags(tagged.sentences().get(i)), head);
            }
        }
    }

    private static List<String> mentions(CoreDocument doc) {
        return doc.entityMentions().stream().map(m -> m.text() + "/" + m.entityType() + "/" + m.sentence().text())
                .toList();
    }

    private static List<String> tags(CoreSentence s) {
        return s.tokens().stream().map(t -> t.word() + "/" + t.ner()).toList();
    }

    private static List<CoreLabel> words(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(w -> {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setValue(w);
            t.setOriginalText(w);
            return t;
        }).toList();
    }

    /** Every sentence chosen: the staged analysis of a whole text. */
    private static final class Every implements SentenceSelection {
        @Override
        public BitSet toTag(List<List<CoreLabel>> sentences) {
            BitSet all = new BitSet();
            all.set(0, sentences.size());
            return all;
        }

        @Override
        public BitSet toAnalyse(List<List<CoreLabel>> sentences, BitSet tagged) {
            return (BitSet) tagged.clone();
        }

        @Override
        public BitSet context(List<List<CoreLabel>> sentences, BitSet chosen) {
            return new BitSet();
        }

        @Override
        public BitSet whenSilent(List<List<CoreLabel>> sentences, BitSet chosen) {
            return new BitSet();
        }
    }
}
