package org.entente.trigger;

import edu.stanford.nlp.ling.IndexedWord;
import org.entente.event.EventType;

/**
 * A word of a sentence that states a cooperation event.
 *
 * @param type  the event it states
 * @param word  the trigger word in the sentence's dependency graph
 * @param event for a light verb ("held talks"), the event noun it takes; otherwise the word itself
 */
public record Trigger(EventType type, IndexedWord word, IndexedWord event) {
}
