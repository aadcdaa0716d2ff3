package org.entente.event;

/**
 * Where an event happened.
 *
 * @param name    place name as written
 * @param country ISO-3 code of its country, or null when unknown
 */
public record Place(String name, String country) {
}
