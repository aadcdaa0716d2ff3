/**
 * Reports of the same interaction in different articles merged into one event ({@link
 * org.entente.store.merge.MergeRule}), and plans linked to the later reports that they were carried out
 * ({@link org.entente.store.merge.FulfilmentRule}); {@link org.entente.store.merge.EventMerger} applies both
 * as each article is stored, in its transaction, and writes down why.
 */
package org.entente.store.merge;
