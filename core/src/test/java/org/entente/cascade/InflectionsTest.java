package org.entente.cascade;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void regularEndingsAreUndone() {
        assertTrue(Inflections.lemmas("signed").contains("sign"));
        assertTrue(Inflections.lemmas("Concluded").contains("conclude"));
        assertTrue(Inflections.lemmas("ratified").contains("ratify"));
        assertTrue(Inflections.lemmas("conferring").contains("confer"));
        assertTrue(Inflections.lemmas("initialled").contains("initial"));
        assertTrue(Inflections.lemmas("negotiations").contains("negotiation"));
        assertTrue(Inflections.lemmas("talks").contains("talk"));
        assertTrue(Inflections.lemmas("visiting").contains("visit"));
    }

    @Test
    void irregularFormsComeFromTheirList() {
        assertTrue(Inflections.lemmas("met").contains("meet"));
        assertTrue(Inflections.lemmas("held").contains("hold"));
    }

    @Test
    void theWordItselfIsAlwaysACandidate() {
        assertTrue(Inflections.lemmas("MoU").contains("mou"));
        assertFalse(Inflections.lemmas("weather").contains("weath"));
    }
}
