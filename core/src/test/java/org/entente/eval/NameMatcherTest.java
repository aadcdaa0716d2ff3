package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Name normalisation and matching edge cases, as score.py decides them. Names are made up for the test. */
class NameMatcherTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean same(String pred, String goldActorJson) {
        return NameMatcher.sameName(NameMatcher.norm(pred), NameMatcher.forms(node(goldActorJson)));
    }

    @Test
    void norm_drops_accents_case_punctuation_and_a_leading_the() {
        assertEquals("musiad", NameMatcher.norm("MÜSİAD"));
        assertEquals("cote d ivoire chamber", NameMatcher.norm("Côte d'Ivoire — Chamber"));
        assertEquals("ministry of economy", NameMatcher.norm("  The Ministry of  Economy. "));
        assertEquals("theatre of baku", NameMatcher.norm("Theatre of Baku"), "only the word 'the' goes");
        assertEquals("the end", NameMatcher.norm("The the end"), "only one leading 'the'");
        assertEquals("", NameMatcher.norm("!!!"));
        assertEquals("", NameMatcher.norm((String) null));
        assertEquals("", NameMatcher.norm(node("null")));
        assertEquals("", NameMatcher.norm(node("0")), "falsy values normalise to nothing");
        assertEquals("12", NameMatcher.norm(node("12")));
    }

    @Test
    void norm_splits_possessives_with_either_apostrophe() {
        assertEquals("turkey s trade ministry", NameMatcher.norm("Turkey's Trade Ministry"));
        assertEquals("turkey s trade ministry", NameMatcher.norm("Turkey’s Trade Ministry"));
        assertEquals("country s", NameMatcher.norm("the country's"));
    }

    @Test
    void strip_possessive_takes_one_or_two_words_before_s() {
        assertEquals("trade ministry", NameMatcher.stripPossessive("turkey s trade ministry"));
        assertEquals("export agency", NameMatcher.stripPossessive("south korea s export agency"));
        assertEquals("b s c", NameMatcher.stripPossessive("a s b s c"), "the first possessive goes");
        assertEquals("a b c s x", NameMatcher.stripPossessive("a b c s x"), "three words before: kept");
        assertEquals("trade ministry", NameMatcher.stripPossessive("trade ministry"));
        assertEquals("turkey s", NameMatcher.stripPossessive("turkey s"), "nothing after the possessive");
    }

    @Test
    void exact_forms_alias_and_possessive_match() {
        String agency = "{\"name\": \"Export Promotion Agency\", \"aliases\": [\"EPA\", \"Ruritania's EPA\"]}";
        assertTrue(same("export promotion agency", agency));
        assertTrue(same("The Export-Promotion Agency", agency));
        assertTrue(same("EPA", agency));
        assertTrue(same("Ruritania's Export Promotion Agency", agency), "possessive stripped from the prediction");
        assertTrue(same("Ruritania’s EPA", agency));
        assertFalse(same("Agency", agency), "a one-word prediction needs an exact form");
        assertFalse(same("", agency));
    }

    @Test
    void containment_needs_a_contiguous_run_of_three_quarters_without_stop_words() {
        String ministry = "{\"name\": \"Ministry of Digital Development of the Republic\"}";
        // content tokens: ministry digital development republic (4)
        assertTrue(same("Ministry of Digital Development", ministry), "3 of 4 = 0.75");
        assertFalse(same("Ministry of Digital", ministry), "2 of 4");
        assertFalse(same("Digital Development of the Republic Ministry", ministry), "not a contiguous run");
        assertTrue(same("The Ministry for the Digital Development of the Republic of", ministry),
                "stop words do not count");
    }

    @Test
    void containment_ratio_is_short_over_long() {
        String agency = "{\"name\": \"Trade Agency\"}";
        // prediction longer: gold (2 tokens) inside prediction of 3 → 2/3 < 0.75
        assertFalse(same("National Trade Agency", agency));
        assertTrue(same("National Trade Promotion Agency",
                "{\"name\": \"Trade Promotion Agency\"}"), "3 of 4");
        assertFalse(same("Trade", agency), "a run of one token never counts");
    }

    @Test
    void gathering_forms_come_from_event_name_and_aliases_without_possessive_stripping() {
        Set<String> forms = NameMatcher.gatheringForms(node(
                "{\"event_name\": \"Caspian Oil Show 2031\", \"event_aliases\": [\"COS\", \"\"]}"));
        assertEquals(Set.of("caspian oil show 2031", "cos"), forms);
    }

    @Test
    void combining_marks_are_those_with_a_combining_class() {
        assertTrue(NameMatcher.isCombining(0x0301));
        assertTrue(NameMatcher.isCombining(0x0334), "class 1, an overlay");
        assertTrue(NameMatcher.isCombining(0x0307));
        assertFalse(NameMatcher.isCombining('e'));
        assertFalse(NameMatcher.isCombining(0x034F), "the grapheme joiner is a mark of class 0");
        assertFalse(NameMatcher.isCombining(0x00E9), "precomposed letters are not marks");
        assertEquals("cafe x", NameMatcher.norm("cafe\u0301\u034Fx"), "a class-0 mark becomes a space");
    }
}
