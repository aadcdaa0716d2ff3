/**
 * Stored events as records: the spec's {@link org.entente.event.Event} rebuilt from rows, with its id and
 * sources ({@link org.entente.store.event.StoredEvent}), and the date spans that make date filters range queries.
 */
package org.entente.store.event;
