package org.entente.cascade;

import static org.entente.cascade.TriggerGateTest.tokens;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Articles (as sentences of tokens) in, whether they speak of relations between parties out. */
class RelationsVocabularyTest {
    final RelationsVocabulary vocabulary = RelationsVocabulary.shared();

    @Test
    void cooperationNewsSpeaksOfRelations() {
        assertTrue(vocabulary.spokenIn(List.of(tokens("Chile and Peru signed a memorandum on tourism ."))));
        assertTrue(vocabulary.spokenIn(List.of(tokens("Rain in Lima ."),
                tokens("The Chilean minister met her Peruvian counterpart ."))));
        assertTrue(vocabulary.spokenIn(List.of(tokens("The two sides held talks in Santiago ."))));
        assertTrue(vocabulary.spokenIn(List.of(tokens("Chile took part in the Lima exhibition ."))));
    }

    @Test
    void anyCaseCounts() {
        assertTrue(vocabulary.spokenIn(List.of(tokens("CHILE , PERU SIGN MoU"))));
        assertTrue(vocabulary.spokenIn(List.of(tokens("Ambassador Rojas arrived ."))));
    }

    @Test
    void domesticNewsWithTriggerWordsDoesNot() {
        assertFalse(vocabulary.spokenIn(List.of(tokens("Police visited an address in the suburb and arrested a man ."))));
        assertFalse(vocabulary.spokenIn(List.of(tokens("The country 's central bank held a board meeting on rates ."),
                tokens("The government must meet the demands of the drivers , the union said ."))));
        assertFalse(vocabulary.spokenIn(List.of(tokens("The team took part in the national championship ."))));
    }

    @Test
    void theWordListIsTheVocabulary() {
        RelationsVocabulary tiny = new RelationsVocabulary(Set.of("ties"));
        assertTrue(tiny.spokenIn(List.of(tokens("Ties with Peru grew ."))));
        assertFalse(tiny.spokenIn(List.of(tokens("Chile and Peru signed a memorandum ."))));
    }
}
