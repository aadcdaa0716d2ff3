package org.entente.store.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymFinderTest {

    private final AcronymFinder finder = new AcronymFinder();

    @Test
    void declared_after_or_before_the_name() {
        assertEquals(List.of(new AcronymFinder.Acronym("SMBDA", true)), finder.find(
                "The Small and Medium Business Development Agency (SMBDA) said so.",
                "Small and Medium Business Development Agency"));
        assertEquals(List.of(new AcronymFinder.Acronym("MUSIAD", true)), finder.find(
                "MUSIAD (Independent Industrialists and Businessmen Association) hosted it.",
                "Independent Industrialists and Businessmen Association"));
    }

    @Test
    void initials_standing_as_a_word() {
        assertEquals(List.of(new AcronymFinder.Acronym("CBA", false)),
                finder.find("CBA said the Central Bank of Azerbaijan would act.", "Central Bank of Azerbaijan"));
        assertEquals(List.of(), finder.find("CBAX and XCBA are other words.", "Central Bank of Azerbaijan"));
    }

    @Test
    void nothing_without_evidence() {
        assertEquals(List.of(), finder.find("The Ministry of Energy (in Baku) met.", "Ministry of Energy"));
        assertEquals(List.of(), finder.find("The Ministry of Energy (ME) met.", "Ministry of Energy")
                .stream().filter(a -> !a.declared()).toList());
        assertEquals(List.of(), finder.find(null, "X"));
    }
}
