package org.entente.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An organisation, city, region or country on whose behalf people act.
 *
 * @param name    fullest name used in the text, without a leading country possessive
 * @param country ISO 3166-1 alpha-3 code, or null for international bodies
 * @param kind    what sort of body it is
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Actor(String name, String country, ActorKind kind) {
}
