/**
 * Stored articles: what makes two inputs the same article ({@link org.entente.store.article.ArticleIdentity}),
 * and the round trip of what the extractor reported for one ({@link org.entente.store.article.ArticleArchive}).
 */
package org.entente.store.article;
