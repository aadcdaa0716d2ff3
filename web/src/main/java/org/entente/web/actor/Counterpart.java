package org.entente.web.actor;

/** Another actor that shares events with the one shown, and how many. */
public record Counterpart(long id, String name, String country, long events) {
}
