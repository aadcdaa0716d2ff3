package org.entente.cascade;

import static org.entente.cascade.TriggerGateTest.tokens;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.geo.CountryCounter;
import org.entente.geo.Gazetteer;
import org.junit.jupiter.api.Test;

/** Articles (as sentences of tokens) in, whether they are news of relations between parties out. */
class RelationsScreenTest {
    final RelationsScreen screen = RelationsScreen.shared();

    @Test
    void cooperationNewsSpeaksOfRelations() {
        assertTrue(screen.isRelationsNews(List.of(tokens("The two ministries signed a memorandum on tourism ."))));
        assertTrue(screen.isRelationsNews(List.of(tokens("Rain in Lima ."),
                tokens("The minister met her counterpart ."))));
        assertTrue(screen.isRelationsNews(List.of(tokens("The two sides held talks in Santiago ."))));
        assertTrue(screen.isRelationsNews(List.of(tokens("Chile took part in the Lima exhibition ."))));
    }

    @Test
    void anyCaseCounts() {
        assertTrue(screen.isRelationsNews(List.of(tokens("MINISTRIES SIGN MoU"))));
        assertTrue(screen.isRelationsNews(List.of(tokens("Ambassador Rojas arrived in Lima ."))));
    }

    @Test
    void twoCountriesNamedAreRelationsWithoutAnyOtherWord() {
        assertTrue(screen.isRelationsNews(List.of(
                tokens("Chilean Deputy Prime Minister Ana Rojas met Norwegian Vice Premier Ola Berg in Santiago ."))));
        assertTrue(screen.isRelationsNews(List.of(tokens("Kazakhstan and Kyrgyzstan reached consensus on water ."))));
        assertFalse(screen.isRelationsNews(List.of(tokens("The Chilean minister met the mayor of Valparaiso ."))),
                "one country, and nothing of relations");
    }

    @Test
    void domesticNewsWithTriggerWordsIsNot() {
        assertFalse(screen.isRelationsNews(List.of(tokens("Inspectors visited a bakery in the old town and closed it ."))));
        assertFalse(screen.isRelationsNews(List.of(tokens("The country 's school board held a meeting on fees ."),
                tokens("The firm must meet its sales targets , the manager said ."))));
        assertFalse(screen.isRelationsNews(List.of(tokens("The Peruvian team took part in the national championship ."))));
    }

    @Test
    void theWordListIsTheVocabulary() {
        RelationsScreen tiny = new RelationsScreen(Set.of("ties"), new CountryCounter(Gazetteer.shared()));
        assertTrue(tiny.isRelationsNews(List.of(tokens("Ties with the region grew ."))));
        assertFalse(tiny.isRelationsNews(List.of(tokens("The two ministries signed a memorandum ."))));
    }
}
