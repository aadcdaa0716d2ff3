/**
 * Entente on Spark: {@code entente-spark extract} runs the core extractor over a corpus on a cluster (one
 * extractor per executor JVM, loaded once), and {@code entente-spark load} puts its output into the
 * knowledge base.
 */
package org.entente.spark;
