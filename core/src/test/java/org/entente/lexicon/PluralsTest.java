package org.entente.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plural nouns in, their possible singulars out; and look-ups of a word in any of those forms. */
class PluralsTest {

    @Test
    void pluralsGiveEverySingularTheyMayHave() {
        assertEquals(List.of("agency", "agenci", "agencie"), Plurals.singulars("agencies"));
        assertTrue(Plurals.singulars("offices").contains("office"));
        assertEquals(List.of("minister"), Plurals.singulars("ministers"));
        assertEquals(List.of(), Plurals.singulars("address"));
    }

    @Test
    void aWordIsKnownInItsOwnFormOrAsTheSingularOfIt() {
        Set<String> heads = Set.of("exhibition", "agency");
        assertTrue(Plurals.anyForm("exhibition", heads::contains));
        assertTrue(Plurals.anyForm("exhibitions", heads::contains));
        assertTrue(Plurals.anyForm("agencies", heads::contains));
        assertFalse(Plurals.anyForm("address", heads::contains));
    }
}
