package org.entente.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.entente.person.TitleLexicon.Scope;
import org.junit.jupiter.api.Test;

class TitleLexiconTest {
    private final TitleLexicon titles = TitleLexicon.shared();

    private void assertScope(Scope scope, String title) {
        assertEquals(Optional.of(scope), titles.scopeOf(title), title);
    }

    @Test
    void titleWords() {
        for (String w : new String[] {"chairman", "minister", "ambassador", "mayor", "governor", "president", "ceo",
                "head", "director", "adviser", "commander", "envoy", "deputy", "secretary", "vice-president",
                "chargé d'affaires", "ministers", "deputies", "co-chair"}) {
            assertTrue(titles.isTitleWord(w), w);
        }
        // "charge" alone is "in charge of", not the chargé d'affaires
        for (String w : new String[] {"ministry", "agency", "board", "vice", "the", "azerbaijan", "meeting", "", "charge"}) {
            assertFalse(titles.isTitleWord(w), w);
        }
        assertTrue(titles.isTitleModifier("vice"));
        assertTrue(titles.isTitleModifier("board"));
        assertTrue(titles.isTitleModifier("acting"));
        assertFalse(titles.isTitleModifier("chairman"));
    }

    @Test
    void titlePhrases() {
        for (String t : new String[] {"Chairman", "Board Chairman", "Vice-President", "Minister of Economy",
                "Deputy Minister", "Ambassador", "Mission Director", "Governor", "Mayor", "President", "Prime Minister",
                "CEO", "Head", "Director General", "Special Envoy", "Secretary General", "Chargé d'affaires",
                "Adviser", "Commander", "Chairman of the Board", "Ambassador Extraordinary and Plenipotentiary"}) {
            assertTrue(titles.isTitle(t), t);
        }
        for (String t : new String[] {"Ministry of Economy", "Chairman Orkhan Mammadov", "Central Bank", "",
                "the agreement"}) {
            assertFalse(titles.isTitle(t), t);
        }
    }

    @Test
    void countryTitles() {
        assertScope(Scope.COUNTRY, "Ambassador");
        assertScope(Scope.COUNTRY, "Ambassador of Azerbaijan to Korea");
        assertScope(Scope.COUNTRY, "former Ambassador");
        assertScope(Scope.COUNTRY, "President");
        assertScope(Scope.COUNTRY, "President of the Republic of Korea");
        assertScope(Scope.COUNTRY, "Prime Minister");
        assertScope(Scope.COUNTRY, "Deputy Prime Minister of Kazakhstan");
        assertScope(Scope.COUNTRY, "Foreign Minister");
        assertScope(Scope.COUNTRY, "Minister of Foreign Affairs");
        assertScope(Scope.COUNTRY, "Chargé d'affaires");
        assertScope(Scope.COUNTRY, "Special Envoy");
        assertScope(Scope.COUNTRY, "King");
        // an ambassador acts for the country even when the title names the embassy
        assertScope(Scope.COUNTRY, "Ambassador at the Embassy in Seoul");
    }

    @Test
    void organisationTitles() {
        assertScope(Scope.ORGANISATION, "Chairman");
        assertScope(Scope.ORGANISATION, "Board Chairman");
        assertScope(Scope.ORGANISATION, "Minister of Economy");
        assertScope(Scope.ORGANISATION, "Deputy Minister of Defense");
        assertScope(Scope.ORGANISATION, "Director General");
        assertScope(Scope.ORGANISATION, "CEO");
        assertScope(Scope.ORGANISATION, "Mission Director");
        assertScope(Scope.ORGANISATION, "Secretary General");
        assertScope(Scope.ORGANISATION, "Adviser to the Ministry");
        assertScope(Scope.ORGANISATION, "Commander");
        assertScope(Scope.ORGANISATION, "Trade Counsellor");
        // a president or governor of a body acts for the body
        assertScope(Scope.ORGANISATION, "President of the Digital Transformation Office");
        assertScope(Scope.ORGANISATION, "Vice-President of the Association");
        assertScope(Scope.ORGANISATION, "Governor of the Central Bank");
        assertScope(Scope.ORGANISATION, "Deputy Minister of Defense, Head of the Main Department");
    }

    @Test
    void cityTitles() {
        assertScope(Scope.CITY, "Mayor");
        assertScope(Scope.CITY, "Mayor of Bishkek");
        assertScope(Scope.CITY, "Governor");
        assertScope(Scope.CITY, "Governor of the Province");
        assertScope(Scope.CITY, "Head of the City Executive Power");
        assertScope(Scope.CITY, "head of the municipality");
        assertScope(Scope.CITY, "Chairman of the City Council");
    }

    @Test
    void noTitleNoScope() {
        assertEquals(Optional.empty(), titles.scopeOf("Orkhan Mammadov"));
        assertEquals(Optional.empty(), titles.scopeOf(""));
        assertEquals(Optional.empty(), titles.scopeOf(null));
    }
}
