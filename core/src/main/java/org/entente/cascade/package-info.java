/**
 * The extraction cascade: a cheap pass over the word forms of an article (no tagger, no parser) decides
 * which sentences can state a cooperation event, so that the expensive analysis (NER, SUTime, dependencies)
 * runs on those alone and unrelated news costs almost nothing. An article whose trigger words are not news of
 * relations between parties, since it neither speaks of them nor names two countries ({@link org.entente.cascade.RelationsScreen}: inspectors "visited", a school board
 * "meeting") is dropped before any tagging.
 */
package org.entente.cascade;
