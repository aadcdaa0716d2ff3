/**
 * Articles and how they are read: {@link org.entente.article.Article} is the input of extraction;
 * {@link org.entente.article.ArticleReader} streams articles out of JSON lines files, text files,
 * directories, standard input, HTML pages, RSS/Atom feeds, WARC files and http(s) URLs (the subpackages, one
 * per format behind {@link org.entente.article.ItemCursor}), turning every bad input into a
 * {@link org.entente.article.ReadItem.ReadProblem} with its origin ({@code FILE:LINE}) instead of an exception.
 */
package org.entente.article;
