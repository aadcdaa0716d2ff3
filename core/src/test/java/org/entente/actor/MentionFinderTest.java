package org.entente.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.geo.Gazetteer;
import org.entente.nlp.Sentences;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private final MentionFinder finder = new MentionFinder(
            new ActorFactory(Gazetteer.shared(), ActorKindClassifier.shared()));

    private Map<String, Actor> actors(String sentence, ActorRegistry registry) {
        List<ActorMention> found = finder.find(Sentences.parse(sentence), registry);
        return found.stream().collect(Collectors.toMap(m -> m.actor().name(), ActorMention::actor, (a, b) -> a));
    }

    @Test
    void possessiveCountryIsStrippedAndKept() {
        Map<String, Actor> a = actors("Azerbaijan's Small and Medium Business Development Agency signed a memorandum.",
                new ActorRegistry());
        Actor agency = a.get("Small and Medium Business Development Agency");
        assertTrue(agency != null, a.keySet().toString());
        assertEquals("AZE", agency.country());
        assertEquals(ActorKind.GOV, agency.kind());
    }

    @Test
    void longNamesAreRegrownAndCoordinatedBodiesSplit() {
        Map<String, Actor> a = actors("The Ministry of Transport, Communications and High Technologies of Azerbaijan "
                + "and the Defense Ministry and Defense Industry Ministry of Mongolia held talks.", new ActorRegistry());
        assertTrue(a.containsKey("Ministry of Transport, Communications and High Technologies of Azerbaijan"),
                a.keySet().toString());
        assertTrue(a.containsKey("Defense Industry Ministry of Mongolia"), a.keySet().toString());
        assertTrue(a.containsKey("Defense Ministry of Mongolia"), a.keySet().toString());
    }

    @Test
    void aCountryAfterABracketedAcronymOrAtTheEndOfAClauseIsTheBodysCountry() {
        List<ActorMention> found = finder.find(Sentences.parse("It was signed between the Port Training Institute "
                + "(PTI) Chile and Lima Naval College, Peru."), new ActorRegistry());
        Map<String, String> countries = found.stream().collect(Collectors.toMap(m -> m.actor().name(),
                m -> String.valueOf(m.actor().country()), (a, b) -> a));
        assertEquals(Map.of("Port Training Institute", "CHL", "Lima Naval College", "PER"), countries);
    }

    @Test
    void aCountryFollowedByMoreOfAListIsAPartyOfItsOwn() {
        Map<String, Actor> a = actors("It was signed between Lima Naval College, Peru and Chile.", new ActorRegistry());
        assertTrue(a.containsKey("Peru"), a.keySet().toString());
    }

    @Test
    void personNamesAfterACountryAreNotPartOfTheBody() {
        Map<String, Actor> a = actors("Minister of Energy of Azerbaijan Parviz Shahbazov arrived.", new ActorRegistry());
        assertTrue(a.keySet().stream().noneMatch(n -> n.contains("Parviz")), a.keySet().toString());
    }

    @Test
    void shortReferencesResolveToTheFullName() {
        ActorRegistry registry = new ActorRegistry();
        actors("The Export Promotion Agency of Georgia (EPAG) opened an office.", registry);
        Map<String, Actor> later = actors("The agency and EPAG said so.", registry);
        assertTrue(later.containsKey("Export Promotion Agency of Georgia"), later.keySet().toString());
        assertEquals(1, later.size(), later.toString());
    }

    @Test
    void aFieldBeforeATitleIsTheTitlesNotTheBodys() {
        Map<String, Actor> a = actors("He met African Union Trade Commissioner Amara Diallo and Ghana Chamber of Commerce "
                + "Chairman Kofi Mensah in Accra.", new ActorRegistry());
        assertTrue(a.containsKey("African Union"), a.keySet().toString());
        assertTrue(a.containsKey("Ghana Chamber of Commerce"), a.keySet().toString());
    }
}
