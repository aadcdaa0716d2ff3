/** One event as its page shows it: the record with each source article's text and where its evidence lies. */
package org.entente.web.event;
