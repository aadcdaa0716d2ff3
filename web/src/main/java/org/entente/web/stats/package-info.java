/** Aggregates over a selection of events: per month and type, per country pair, the latest agreements. */
package org.entente.web.stats;
