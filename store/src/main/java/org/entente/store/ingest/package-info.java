/**
 * Writing to the knowledge base: {@link org.entente.store.ingest.Ingestor} stores an article with all its
 * events in one transaction, or nothing, and never stores the same article twice.
 */
package org.entente.store.ingest;
