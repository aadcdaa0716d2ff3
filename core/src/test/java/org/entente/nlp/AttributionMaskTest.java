package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttributionMaskTest {
    @Test
    void agencyCreditsAreBlankedKeepingOffsets() {
        String text = "The minister received the envoy of Chile, Caspian News reports citing the ministry's press office.";
        String masked = AttributionMask.mask(text);
        assertEquals(text.length(), masked.length());
        assertEquals("The minister received the envoy of Chile.", masked.replaceAll("\\s+\\.", ".").strip());
        assertEquals("Two banks signed a deal.", AttributionMask.mask("Two banks signed a deal, Kapital reports.")
                .replaceAll("\\s+\\.", "."));
        assertEquals("They met in Baku.", AttributionMask.mask("They met in Baku, Trend reports via the Ministry of Energy.")
                .replaceAll("\\s+\\.", "."));
    }

    @Test
    void reportsInsideAStoryStay() {
        String text = "The agency, which Reuters reported on, signed a memorandum with the bank.";
        assertEquals(text, AttributionMask.mask(text));
        String said = "The agreement covers energy, the minister said.";
        assertEquals(said, AttributionMask.mask(said));
    }
}
