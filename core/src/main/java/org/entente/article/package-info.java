/**
 * Articles and how they are read: {@link org.entente.article.Article} is the input of extraction;
 * {@link org.entente.article.ArticleReader} streams articles out of JSON lines files, text files,
 * directories and standard input, turning every bad input into a
 * {@link org.entente.article.ReadItem.ReadProblem} with its origin ({@code FILE:LINE}) instead of an exception.
 */
package org.entente.article;
