/** Web archives (WARC, plain or gzip, as CC-NEWS ships them) as articles, one per HTML response (jwarc). */
package org.entente.article.warc;
