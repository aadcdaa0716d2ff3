package org.entente.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A person named as signing or taking part.
 *
 * @param name     the person's name, or null when only a title is given
 * @param title    the title as the text gives it ("Board Chairman")
 * @param forActor name of the actor the person acts for
 */
public record Person(String name, String title, @JsonProperty("for") String forActor) {
}
