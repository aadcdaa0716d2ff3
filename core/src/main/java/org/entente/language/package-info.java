/**
 * Which articles Entente analyses: {@link org.entente.language.LanguageGuard} detects English text;
 * {@link org.entente.language.ArticleScreen} applies it together with the emptiness and size checks that
 * {@code Extractor.extract} starts with.
 */
package org.entente.language;
