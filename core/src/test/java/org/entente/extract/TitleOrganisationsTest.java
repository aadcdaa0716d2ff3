package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.actor.ActorFactory;
import org.entente.actor.ActorKindClassifier;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.geo.Gazetteer;
import org.junit.jupiter.api.Test;

class TitleOrganisationsTest {
    private final ActorFactory factory = new ActorFactory(Gazetteer.shared(), ActorKindClassifier.shared());

    private Actor of(String title) {
        return TitleOrganisations.organisationOfTitle(title, factory).orElseThrow(() -> new AssertionError(title));
    }

    @Test
    void ministerOfAFieldActsForItsMinistry() {
        Actor a = of("Minister of Energy of Azerbaijan");
        assertEquals("Ministry of Energy of Azerbaijan", a.name());
        assertEquals("AZE", a.country());
        assertEquals(ActorKind.GOV, a.kind());
    }

    @Test
    void demonymAndFieldBeforeMinister() {
        Actor a = of("Polish Foreign Minister");
        assertEquals("Ministry of Foreign Affairs", a.name());
        assertEquals("POL", a.country());
        assertEquals("Ministry of Defence Industry", of("Deputy Defence Industry Minister").name());
    }

    @Test
    void anAdviserToABodyActsForIt() {
        Actor a = of("adviser to the Azerbaijani Ministry of Defense Industry");
        assertEquals("AZE", a.country());
        assertEquals(ActorKind.GOV, a.kind());
        assertTrue(a.name().contains("Ministry of Defense Industry"), a.name());
        assertEquals("GOV", of("Senior Adviser to the Ministry of Economy").kind().name());
        assertTrue(TitleOrganisations.organisationOfTitle("adviser to the president", factory).isEmpty());
    }

    @Test
    void headsOfStateAndDiplomatsActForTheirCountry() {
        assertEquals("GBR", of("British Prime Minister").country());
        assertEquals(ActorKind.COUNTRY, of("British Prime Minister").kind());
        assertEquals("CHN", of("Chinese President").country());
        assertEquals("FRA", of("his French counterpart").country());
        assertEquals("KAZ", of("Deputy Prime Minister of Kazakhstan").country());
        assertEquals("ETH", of("Ambassador of Ethiopia to Pakistan").country());
    }

    @Test
    void aRankAfterTheDemonymIsNoPartOfTheCountryOrTheField() {
        assertEquals("KAZ", of("Kazakh Deputy Prime Minister").country());
        assertEquals(ActorKind.COUNTRY, of("Kazakh Deputy Prime Minister").kind());
        assertEquals("CHN", of("Chinese Vice Premier").country());
        assertEquals("CHN", of("Chinese Vice President").country());
        Actor deputy = of("Kazakh Deputy Foreign Minister");
        assertEquals("Ministry of Foreign Affairs", deputy.name());
        assertEquals("KAZ", deputy.country());
    }

    @Test
    void mayorsActForTheirCity() {
        Actor a = of("Mayor of Bishkek");
        assertEquals(ActorKind.CITY, a.kind());
        assertEquals("KGZ", a.country());
    }

    @Test
    void titlesWithoutABodyGiveNothing() {
        assertTrue(TitleOrganisations.organisationOfTitle("Chief Executive", factory).isEmpty());
        assertTrue(TitleOrganisations.organisationOfTitle("Prime Minister", factory).isEmpty());
    }

    @Test
    void aCountryAfterTheOfficeStaysInTheMinistrysName() {
        Actor a = of("Defense Minister of the Federal Republic of Nigeria");
        assertEquals("Ministry of Defense of Nigeria", a.name());
        assertEquals("NGA", a.country());
        assertEquals("Ministry of Trade of Peru", of("Vice President of the Council and Minister of Trade of Peru").name());
    }

    @Test
    void aMinisterOfStateActsForTheCountry() {
        Actor a = of("Minister of State for Defence Affairs of the United Arab Emirates");
        assertEquals(ActorKind.COUNTRY, a.kind());
        assertEquals("ARE", a.country());
    }

    @Test
    void someOfficesAreBodiesOfTheirOwn() {
        Actor a = of("U.S. Trade Representative");
        assertEquals("U.S. Trade Representative", a.name());
        assertEquals("USA", a.country());
        assertEquals(ActorKind.GOV, a.kind());
    }
}
