/** RSS and Atom feeds as articles, one per item (Rome). */
package org.entente.article.feed;
