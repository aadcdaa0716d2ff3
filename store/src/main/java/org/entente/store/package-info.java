/**
 * The knowledge base: articles, the events they report and the actors those events name, in a database that
 * outlives one run. {@link org.entente.store.Store} opens (and migrates) it on H2 or PostgreSQL; the
 * sub-packages are named after what they handle: {@code article} (identity and read-back), {@code ingest}
 * (idempotent, one transaction per article), {@code actor} (canonical actors, aliases and why), {@code event}
 * (records rebuilt from rows), {@code query} (filters), {@code export} (jsonl, csv, PLOVER).
 */
package org.entente.store;
