/** Selecting stored events: {@link org.entente.store.query.EventFilter} says which, {@link org.entente.store.query.EventQuery} finds them. */
package org.entente.store.query;
