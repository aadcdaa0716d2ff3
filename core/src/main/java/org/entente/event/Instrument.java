package org.entente.event;

/**
 * The document of an AGREE event.
 *
 * @param text the document's name as the text gives it
 * @param kind its kind
 */
public record Instrument(String text, InstrumentKind kind) {
}
