package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.entente.eval.ErrorAnalysis.ArticleErrors;
import org.entente.eval.ErrorAnalysis.Category;
import org.entente.eval.ErrorAnalysis.Finding;
import org.junit.jupiter.api.Test;

/** Categories of misses and false hits on a made-up article where each category occurs once. */
class ErrorAnalysisTest {

    private static final String GOLD = """
            {"id": "x", "events": [
              {"type": "AGREE", "status": "done", "actors": [{"name": "Export Promotion Agency", "aliases": ["EPA"]},
                {"name": "Chamber of Commerce of Freedonia"}], "evidence": "G1: the agency and the chamber signed."},
              {"type": "MEET", "status": "done", "actors": [{"name": "Ministry of Trade"}, {"name": "Ministry of Economy"}],
                "evidence": "G2: the ministries met."},
              {"type": "MEET", "status": "planned", "actors": [{"name": "Harbour Board"},
                {"name": "Port Authority of Freedonia"}], "evidence": "G3: the port bodies will meet."},
              {"type": "ATTEND", "status": "done", "actors": [{"name": "Ruritania"}], "event_name": "Springfield Expo 2031",
                "date": "2031-06-10", "location": {"name": "Springfield"}, "evidence": "G4: Ruritania took part."},
              {"type": "AGREE", "status": "done", "actors": [{"name": "Lakeside City Council"},
                {"name": "Riverside Town Council"}], "evidence": "G5: the councils signed."},
              {"type": "MEET", "status": "done", "actors": [{"name": "Export Promotion Agency"}, {"name": "Ruritania"}],
                "evidence": "G6: the agency met Ruritania."}]}
            """;

    private static final String PRED = """
            {"id": "x", "events": [
              {"type": "AGREE", "status": "planned", "actors": [{"name": "EPA"}, {"name": "Chamber of Commerce of Freedonia"}],
                "evidence": "P1"},
              {"type": "AGREE", "status": "done", "actors": [{"name": "Ministry of Trade"}, {"name": "Ministry of Economy"}],
                "evidence": "P2"},
              {"type": "MEET", "status": "planned", "actors": [{"name": "Harbour Board"}, {"name": "Port Authority"}],
                "evidence": "P3"},
              {"type": "MEET", "status": "done", "actors": [{"name": "Ministry of Trade"}, {"name": "Space Agency of Mars"}],
                "evidence": "P4"},
              {"type": "ATTEND", "status": "done", "actors": [{"name": "Ruritania"}], "event_name": "Springfield Expo 2031",
                "date": "2031-07", "location": {"name": "Baku"}, "evidence": "P5"},
              {"type": "MEET", "status": "done", "actors": [{"name": "Export Promotion Agency"},
                {"name": "Ministry of Economy"}], "evidence": "P6"}]}
            """;

    private static ArticleErrors analyse() {
        Map<String, List<JsonNode>> gold = ScorerTest.lines(GOLD);
        Map<String, List<JsonNode>> pred = ScorerTest.lines(PRED);
        List<ArticleErrors> errors = ErrorAnalysis.analyse(Scorer.score(gold, pred));
        assertEquals(1, errors.size());
        return errors.get(0);
    }

    private static String evidence(Finding f) {
        return Py.str(Py.get(f.unit().event(), "evidence"));
    }

    @Test
    void misses_are_categorised() {
        ArticleErrors a = analyse();
        assertEquals(new Counts(1, 5, 5), a.counts());
        Map<String, Finding> byEvidence = new java.util.HashMap<>();
        a.misses().forEach(f -> byEvidence.put(evidence(f).substring(0, 2), f));
        assertEquals(Category.STATUS_FLIPPED, byEvidence.get("G1").category());
        assertEquals("predicted planned", byEvidence.get("G1").detail());
        assertEquals(Category.TYPE_CONFUSED, byEvidence.get("G2").category());
        assertEquals("predicted AGREE", byEvidence.get("G2").detail());
        assertEquals(Category.ACTOR_SPAN, byEvidence.get("G3").category());
        assertEquals("'Port Authority' vs gold 'Port Authority of Freedonia'", byEvidence.get("G3").detail());
        assertEquals(Category.MISSED_EVENT, byEvidence.get("G5").category());
        assertEquals(Category.NOT_PAIRED, byEvidence.get("G6").category(), "both actors predicted, never as a pair");
        assertEquals(5, a.misses().size());
    }

    @Test
    void false_hits_are_categorised() {
        ArticleErrors a = analyse();
        Map<String, Finding> byEvidence = new java.util.HashMap<>();
        a.falseHits().forEach(f -> byEvidence.put(evidence(f), f));
        assertEquals(Category.STATUS_FLIPPED, byEvidence.get("P1").category());
        assertEquals("gold done", byEvidence.get("P1").detail());
        assertEquals(Category.TYPE_CONFUSED, byEvidence.get("P2").category());
        assertEquals("gold MEET", byEvidence.get("P2").detail());
        assertEquals(Category.ACTOR_SPAN, byEvidence.get("P3").category());
        assertEquals(Category.UNKNOWN_ACTOR, byEvidence.get("P4").category());
        assertEquals("'Space Agency of Mars'", byEvidence.get("P4").detail());
        assertEquals(Category.NOT_PAIRED, byEvidence.get("P6").category());
        assertEquals(5, a.falseHits().size());
    }

    @Test
    void attribute_mismatches_of_matched_events() {
        ArticleErrors a = analyse();
        assertEquals(List.of("date: 2031-07 vs 2031-06-10", "location: Baku vs Springfield"),
                a.mismatches().stream().map(m -> m.attribute() + ": " + m.pred() + " vs " + m.goldValue()).toList());
    }

    @Test
    void an_unnamed_gathering_is_an_unknown_actor() {
        String pred = """
                {"id": "x", "events": [{"type": "ATTEND", "status": "done", "actors": [{"name": "Ruritania"}]}]}
                """;
        List<ArticleErrors> errors = ErrorAnalysis.analyse(Scorer.score(ScorerTest.lines(GOLD), ScorerTest.lines(pred)));
        Finding f = errors.get(0).falseHits().get(0);
        assertEquals(Category.UNKNOWN_ACTOR, f.category());
        assertEquals("gathering (none given)", f.detail());
    }

    @Test
    void rendering_lists_findings_and_counts_per_category() {
        String text = ErrorAnalysis.render(List.of(analyse()));
        assertTrue(text.startsWith("x: tp 1 fp 5 fn 5\n"), text);
        assertTrue(text.contains("  miss       AGREE  done    Lakeside City Council + Riverside Town Council  [missed event]\n"
                + "             gold: G5: the councils signed.\n"), text);
        assertTrue(text.contains("  false      MEET   done    Ministry of Trade + Space Agency of Mars  "
                + "[unknown actor: 'Space Agency of Mars']\n             pred: P4\n"), text);
        assertTrue(text.contains("  date       ATTEND done    Ruritania @ Springfield Expo 2031: predicted 2031-07, gold 2031-06-10\n"),
                text);
        assertTrue(text.endsWith("""
                misses 5: status flipped 1, type confused 1, actor span 1, missed event 1, not paired 1
                false hits 5: status flipped 1, type confused 1, actor span 1, unknown actor 1, not paired 1
                attribute mismatches: date 1, location 1, instrument 0
                """), text);
    }

    @Test
    void evidence_is_shortened_at_a_word_boundary() {
        String longText = "word ".repeat(40);
        String s = ErrorAnalysis.shorten(longText);
        assertTrue(s.endsWith("word ..."), s);
        assertTrue(s.length() <= 115, s);
        assertEquals("a b", ErrorAnalysis.shorten(" a\n  b "));
    }
}
