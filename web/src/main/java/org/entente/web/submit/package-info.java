/** Articles posted to the API: read, extracted and stored like {@code entente ingest} does. */
package org.entente.web.submit;
