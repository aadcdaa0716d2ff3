package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorer on small hand-written gold and predictions (made-up countries and bodies), against figures
 * worked out by hand from score.py's rules, independently of Python.
 */
class ScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String GOLD = """
            {"id": "a1", "events": [
              {"type": "AGREE", "status": "done",
               "actors": [{"name": "Export Promotion Agency", "country": "RUR", "kind": "GOV", "aliases": ["EPA"]},
                          {"name": "Chamber of Commerce of Freedonia", "country": "FRE", "kind": "BUS"}],
               "instrument": {"text": "memorandum", "kind": "mou"}, "people": [{"name": "Ann Smith"}],
               "date": "2031-05-04", "location": {"name": "Springfield", "country": "RUR"},
               "spheres": ["trade", "investment"], "evidence": "The agency and the chamber signed a memorandum."},
              {"type": "MEET", "status": "done",
               "actors": [{"name": "Ministry of Trade", "country": "RUR"}, {"name": "Ministry of Economy", "country": "FRE"},
                          {"name": "Harbour Board", "country": "FRE", "optional": true}],
               "evidence": "The ministers met."},
              {"type": "ATTEND", "status": "planned", "actors": [{"name": "Ruritania", "country": "RUR"}],
               "event_name": "Springfield Expo 2031", "date": "2031-06-10/2031-06-12", "evidence": "Ruritania will exhibit."}]}
            {"id": "a2", "events": [{"type": "MEET", "status": "planned",
               "actors": [{"name": "City of Lakeside", "country": "LAK"}], "evidence": "Lakeside will host talks."}]}
            {"id": "a3", "events": []}
            """;

    static final String PRED = """
            {"id": "a1", "events": [
              {"type": "AGREE", "status": "done", "actors": [{"name": "EPA", "country": "RUR"},
                 {"name": "Chamber of Commerce of Freedonia", "country": "FRE"}], "instrument": {"kind": "agreement"},
                 "people": [{"name": "Smith"}], "date": "2031-05", "location": {"name": "Springfield"}, "spheres": ["trade"]},
              {"type": "MEET", "status": "planned", "actors": [{"name": "Ministry of Trade", "country": "RUR"},
                 {"name": "Ministry of Economy", "country": "FRE"}]},
              {"type": "MEET", "status": "done", "actors": [{"name": "Ministry of Trade", "country": "RUR"},
                 {"name": "Harbour Board", "country": "FRE"}]},
              {"type": "ATTEND", "status": "planned", "actors": [{"name": "Ruritania", "country": "RUR"},
                 {"name": "Freedonia", "country": "FRE"}], "event_name": "the Springfield Expo 2031", "date": "2031-06-11"},
              {"type": "MEET", "status": "planned", "actors": [{"name": "the Ministry of Trade"},
                 {"name": "Ministry of Economy"}]},
              {"type": "VISIT", "status": "done", "actors": [{"name": "Ministry of Trade"}, {"name": "Nowhere"}]}]}
            {"id": "a2", "events": [{"type": "MEET", "status": "planned", "actors": [{"name": "Lakeside", "country": "LAK"}]}]}
            {"id": "a3", "events": [{"type": "AGREE", "status": "done", "actors": [{"name": "Alpha Corp", "country": "ALP"},
               {"name": "Beta Corp"}]}]}
            {"id": "not-in-gold", "events": [{"type": "AGREE", "status": "done", "actors": [{"name": "X"}, {"name": "Y"}]}]}
            """;

    static Map<String, List<JsonNode>> lines(String jsonl) {
        try {
            // one record per line: join the continuation lines of each record
            return EventFiles.read(new StringReader(jsonl.replaceAll("\n(?!\\{|$)", " ")), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void hand_computed_figures() {
        Report r = Scorer.score(lines(GOLD), lines(PRED));
        // a1: the AGREE and Ruritania at the expo match; the planned MEET is false (its twin with other
        // spellings counted once), the MEET with the optional Harbour Board counts nothing, Freedonia at
        // the expo is false; the done MEET is missed. a2: "Lakeside" is one token short of "City of
        // Lakeside": a false hit and a miss. a3: a false hit. VISIT is not a scored type.
        assertEquals(new Counts(2, 4, 2), r.dyad());
        assertEquals(new Counts(1, 1, 0), r.byType().get("AGREE"));
        assertEquals(new Counts(1, 1, 0), r.byType().get("ATTEND"));
        assertEquals(new Counts(0, 2, 2), r.byType().get("MEET"));
        // countries: a1 gold {AGREE FRE-RUR, MEET FRE-RUR, ATTEND EVENT-RUR}, pred adds MEET planned FRE-RUR and
        // ATTEND EVENT-FRE; the done MEET with the Harbour Board has the gold key FRE-RUR: a hit. a2 a hit,
        // a3 has an actor without country: no key.
        assertEquals(new Counts(4, 2, 0), r.countryDyad());
        assertEquals(3, r.articlesPredicted());
        assertEquals(List.of(0.0, 1.0), r.attributeValues().get("date"));
        assertEquals(List.of(1.0), r.attributeValues().get("location"));
        assertEquals(List.of(0.0), r.attributeValues().get("instrument"));
        assertEquals(List.of(1.0), r.attributeValues().get("people"));
        assertEquals(2.0 / 3, r.attributeValues().get("spheres").get(0), 1e-12);
        assertEquals("""
                articles 3 (predicted for 3)
                  AGREE  P 0.500 R 1.000 F1 0.667  (tp 1 fp 1 fn 0)
                  ATTEND P 0.500 R 1.000 F1 0.667  (tp 1 fp 1 fn 0)
                  MEET   P 0.000 R 0.000 F1 0.000  (tp 0 fp 2 fn 2)
                attributes on matched events: date 0.500 (n=2), instrument 0.000 (n=1), location 1.000 (n=1), \
                people 1.000 (n=1), spheres 0.667 (n=1)
                country-dyad P 0.667 R 1.000 F1 0.800
                actor-dyad P 0.333 R 0.500 F1 0.400  (tp 2 fp 4 fn 2)
                """, r.text(false));
    }

    @Test
    void json_is_python_json_dumps_with_indent_1() {
        Report r = Scorer.score(lines(GOLD), lines(PRED));
        String json = r.json(true);
        assertTrue(json.startsWith("{\n \"articles\": 3,\n \"articles_predicted\": 3,\n \"dyad\": {\n  \"p\": 0.3333,\n"
                + "  \"r\": 0.5,\n  \"f1\": 0.4,\n  \"tp\": 2,\n  \"fp\": 4,\n  \"fn\": 2\n },"), json);
        assertTrue(json.contains("\"by_type\": {\n  \"AGREE\": {\n   \"p\": 0.5,\n   \"r\": 1.0,"), json);
        assertTrue(json.contains("\"attributes\": {\n  \"date\": 0.5,\n  \"instrument\": 0.0,\n  \"location\": 1.0,\n"
                + "  \"people\": 1.0,\n  \"spheres\": 0.6667\n },"), json);
        assertTrue(json.endsWith("\"per_article\": [\n  {\n   \"id\": \"a1\",\n   \"tp\": 2,\n   \"fp\": 2,\n   \"fn\": 1\n  },\n"
                + "  {\n   \"id\": \"a2\",\n   \"tp\": 0,\n   \"fp\": 1,\n   \"fn\": 1\n  },\n"
                + "  {\n   \"id\": \"a3\",\n   \"tp\": 0,\n   \"fp\": 1,\n   \"fn\": 0\n  }\n ]\n}"), json);
    }

    @Test
    void an_article_without_predictions_counts_its_gold_units_as_misses() {
        Report r = Scorer.score(lines(GOLD), Map.of());
        assertEquals(new Counts(0, 0, 4), r.dyad());
        assertEquals(0, r.articlesPredicted());
        assertTrue(r.attributeValues().isEmpty());
        assertTrue(r.text(false).contains("attributes on matched events: \n"));
    }

    @Test
    void gold_units_naming_the_same_pair_count_once_and_a_required_twin_wins_over_an_optional_one() {
        String gold = """
                {"id": "d", "events": [{"type": "MEET", "status": "done", "optional": true, "actors": [{"name": "Alpha"}, {"name": "Beta"}]}, \
                {"type": "MEET", "status": "done", "actors": [{"name": "alpha"}, {"name": "BETA"}]}, \
                {"type": "MEET", "status": "done", "actors": [{"name": "Beta"}, {"name": "Alpha."}]}]}
                """;
        assertEquals(new Counts(0, 0, 1), Scorer.score(lines(gold), Map.of()).dyad());
        String pred = """
                {"id": "d", "events": [{"type": "MEET", "status": "done", "actors": [{"name": "Alpha"}, {"name": "Beta"}]}, \
                {"type": "MEET", "status": "done", "actors": [{"name": "Beta"}, {"name": "Alpha"}]}]}
                """;
        assertEquals(new Counts(1, 0, 0), Scorer.score(lines(gold), lines(pred)).dyad(),
                "the second prediction is absorbed by the matched unit");
    }

    @Test
    void an_optional_gold_event_excuses_predictions_without_being_required() {
        String gold = """
                {"id": "o", "events": [{"type": "AGREE", "status": "done", "optional": true, "actors": [{"name": "Alpha", "country": "AAA"}, {"name": "Beta", "country": "BBB"}]}]}
                """;
        String pred = """
                {"id": "o", "events": [{"type": "AGREE", "status": "done", "actors": [{"name": "Alpha", "country": "AAA"}, {"name": "Beta", "country": "BBB"}]}]}
                """;
        Report r = Scorer.score(lines(gold), lines(pred));
        assertEquals(new Counts(0, 0, 0), r.dyad());
        assertEquals(new Counts(0, 0, 0), r.countryDyad());
        assertEquals("0.000", Report.f3(r.dyad().f1()));
    }

    @Test
    void false_units_with_the_same_names_are_counted_once() {
        String pred = """
                {"id": "a3", "events": [{"type": "MEET", "status": "done", "actors": [{"name": "Gamma"}, {"name": "Delta"}]}, \
                {"type": "MEET", "status": "done", "actors": [{"name": "the Delta"}, {"name": "GAMMA"}]}, \
                {"type": "MEET", "status": "planned", "actors": [{"name": "Delta"}, {"name": "Gamma"}]}]}
                """;
        assertEquals(new Counts(0, 2, 0), Scorer.score(lines("{\"id\": \"a3\", \"events\": []}"), lines(pred)).dyad());
    }

    @Test
    void date_ok_follows_score_py() {
        assertTrue(Attributes.dateOk("2022-11-17", "2022-11"), "more precise than gold");
        assertFalse(Attributes.dateOk("2022-11", "2022-11-17"), "less precise than gold");
        assertTrue(Attributes.dateOk("2020-11-19", "2020-11-18/2020-11-21"), "inside the range");
        assertTrue(Attributes.dateOk("2020-11", "2020-11-18/2020-11-21"), "the month of the range, 7 characters");
        assertFalse(Attributes.dateOk("2020", "2020-11-18/2020-11-21"), "a year is too vague for a range");
        assertFalse(Attributes.dateOk("2020-11-22", "2020-11-18/2020-11-21"));
        assertTrue(Attributes.dateOk("2020-11-18/2020-11-20", "2020-11-18/2020-11-21"));
        assertFalse(Attributes.dateOk("2020-11-17/2020-11-20", "2020-11-18/2020-11-21"));
        assertTrue(Attributes.dateOk("2020-11-18/2020-11-21", "2020-11"), "a range inside the gold month");
        assertFalse(Attributes.dateOk("2020-11-18/2020-12-01", "2020-11"));
        assertNull(Attributes.dateOk(node("\"2020\""), null), "no gold date: not rated");
        assertEquals(Boolean.FALSE, Attributes.dateOk(null, node("\"2020\"")));
        assertEquals(Boolean.TRUE, Attributes.dateOk(node("2020"), node("\"2020\"")), "str() of a number");
    }

    @Test
    void people_and_spheres_f1() {
        JsonNode gold = node("[{\"name\": \"Ann Smith\"}, {\"name\": \"Bo Lee\"}, {\"title\": \"Minister\"}]");
        assertEquals(1.0, Attributes.peopleF1(node("[{\"name\": \"A. Smith\"}, {\"name\": \"Lee\"}]"), gold));
        // one hit of two predicted, of two gold: p = r = 0.5
        assertEquals(0.5, Attributes.peopleF1(node("[{\"name\": \"Smith\"}, {\"name\": \"Jones\"}]"), gold));
        assertEquals(0.0, Attributes.peopleF1(node("[]"), gold));
        assertNull(Attributes.peopleF1(node("[{\"name\": \"Smith\"}]"), node("[{\"title\": \"Minister\"}]")));
        // two predicted names end like one gold name: hit 1, precision min(1, 1/2)
        assertEquals(2 * 0.5 * 0.5 / (0.5 + 0.5),
                Attributes.peopleF1(node("[{\"name\": \"Ann Smith\"}, {\"name\": \"Tom Smith\"}]"), gold));
        assertEquals(0.8, Attributes.setF1(node("[\"trade\", \"energy\"]"), node("[\"trade\", \"energy\", \"ict\"]")),
                1e-12);
        assertEquals(0.0, Attributes.setF1(node("[]"), node("[\"trade\"]")));
        assertNull(Attributes.setF1(node("[\"trade\"]"), node("[]")));
    }

    @Test
    void location_and_instrument() {
        assertTrue(Attributes.locationOk(node("{\"name\": \"the Springfield\"}"), node("{\"name\": \"Springfield\", \"country\": \"RUR\"}")));
        assertFalse(Attributes.locationOk(node("{\"name\": \"!\"}"), node("{\"name\": \"?\"}")), "empty names never agree");
        assertNull(Attributes.locationOk(node("{\"name\": \"X\"}"), node("{}")));
        JsonNode agree = node("{\"type\": \"AGREE\", \"instrument\": {\"kind\": \"mou\"}}");
        assertTrue(Attributes.instrumentOk(node("{\"instrument\": {\"kind\": \"mou\"}}"), agree));
        assertFalse(Attributes.instrumentOk(node("{}"), agree));
        assertNull(Attributes.instrumentOk(node("{}"), node("{\"type\": \"MEET\", \"instrument\": {\"kind\": \"mou\"}}")));
    }

    @Test
    void figures_are_rounded_half_even_on_the_binary_value_as_python_does() {
        assertEquals("0.812", Report.f3(13.0 / 16), "0.8125 is exact: a tie, to even");
        assertEquals("0.123", Report.f3(0.12345), "round(x, 4) = 0.1235, just below 0.1235 in binary");
        assertEquals("0.667", Report.f3(2.0 / 3));
        assertEquals("0.6667", PyJson.floatRepr(Report.round4(2.0 / 3)));
        assertEquals("1.0", PyJson.floatRepr(Report.round4(1.0)));
        assertEquals("0.0", PyJson.floatRepr(Report.round4(0.0)));
        assertEquals("0.0001", PyJson.floatRepr(Report.round4(0.00012)));
    }

    @Test
    void event_files_keep_the_first_place_of_a_repeated_id_and_reject_lines_that_are_not_objects() throws IOException {
        Map<String, List<JsonNode>> m = EventFiles.read(new StringReader(
                "{\"id\": \"b\", \"events\": [{}]}\n\n{\"id\": 7}\n{\"id\": \"b\", \"events\": []}\n{\"events\": null}\n"), "t");
        assertEquals(List.of("b", "7", "None"), List.copyOf(m.keySet()));
        assertTrue(m.get("b").isEmpty());
        IOException e = assertThrows(IOException.class, () -> EventFiles.read(new StringReader("{}\n[1]\n"), "f.jsonl"));
        assertEquals("f.jsonl:2: not a JSON object", e.getMessage());
        e = assertThrows(IOException.class, () -> EventFiles.read(new StringReader("{\"id\": \n"), "f.jsonl"));
        assertTrue(e.getMessage().startsWith("f.jsonl:1: not JSON: "), e.getMessage());
    }
}
