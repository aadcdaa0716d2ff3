package org.entente.web.stats;

import java.util.List;
import org.entente.store.actor.ActorSummary;
import org.entente.store.event.StoredEvent;

/**
 * The dashboard's figures for a selection of events.
 *
 * @param total            events selected
 * @param monthly          events per month and type (dated events only), oldest month first
 * @param topPairs         the country pairs with most events
 * @param topActors        the most active actors of the whole base
 * @param latestAgreements the latest AGREE events of the selection
 */
public record Stats(long total, List<MonthCount> monthly, List<PairCount> topPairs, List<ActorSummary> topActors,
        List<StoredEvent> latestAgreements) {
}
