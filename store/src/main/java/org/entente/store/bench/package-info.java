/**
 * The knowledge base's own benchmark: a synthetic corpus generated on the fly
 * ({@link org.entente.store.bench.SyntheticCorpus}), its events given by a
 * {@link org.entente.store.bench.SyntheticExtractor} (a stand-in that returns what the generator put in, not an
 * extraction from text), ingest throughput and the latency of every query ({@link
 * org.entente.store.bench.StoreBenchmark}). Real extraction is benchmarked by {@code entente bench}.
 */
package org.entente.store.bench;
