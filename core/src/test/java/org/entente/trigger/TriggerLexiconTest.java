package org.entente.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.entente.event.EventType;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {
    private final TriggerLexicon lexicon = TriggerLexicon.shared();

    @Test
    void verbsAndNounsMapToTheirEvent() {
        assertEquals(Optional.of(EventType.AGREE), lexicon.typeOf("sign", "VBD"));
        assertEquals(Optional.of(EventType.AGREE), lexicon.typeOf("signing", "NN"));
        assertEquals(Optional.of(EventType.MEET), lexicon.typeOf("meet", "VBD"));
        assertEquals(Optional.of(EventType.MEET), lexicon.typeOf("talk", "NNS"));
        assertEquals(Optional.of(EventType.ATTEND), lexicon.typeOf("participate", "VBD"));
        assertEquals(Optional.of(EventType.ATTEND), lexicon.typeOf("participation", "NN"));
    }

    @Test
    void partOfSpeechMatters() {
        assertEquals(Optional.empty(), lexicon.typeOf("sign", "NN"), "a road sign is no signing");
        assertEquals(Optional.empty(), lexicon.typeOf("attend", "NN"));
    }

    @Test
    void lightVerbsNeedAnEventNoun() {
        assertTrue(lexicon.isLightVerb("hold"));
        assertTrue(lexicon.isLightVerb("reach"));
        assertFalse(lexicon.isLightVerb("sign"));
        assertTrue(lexicon.mayTrigger("meeting"));
        assertFalse(lexicon.mayTrigger("weather"));
    }

    @Test
    void showingVerbsArePassiveOnlyAndStillAttendances() {
        assertTrue(lexicon.isPassiveOnly("represent"));
        assertTrue(lexicon.isPassiveOnly("Showcase"));
        assertEquals(Optional.of(EventType.ATTEND), lexicon.typeOf("present", "VBN"));
        assertFalse(lexicon.isPassiveOnly("exhibit"));
        assertFalse(lexicon.isPassiveOnly("attend"));
    }
}
