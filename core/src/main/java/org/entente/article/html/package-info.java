/** Web pages as articles: main text, title and publication date without the page's boilerplate (jsoup). */
package org.entente.article.html;
