/** Articles fetched over http(s), read by their content type with the other formats' readers. */
package org.entente.article.web;
