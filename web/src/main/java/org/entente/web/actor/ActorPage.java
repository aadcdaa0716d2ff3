package org.entente.web.actor;

import java.util.List;
import org.entente.store.actor.ActorProfile;
import org.entente.store.event.StoredEvent;
import org.entente.web.stats.MonthCount;

/**
 * Everything the actor page shows.
 *
 * @param profile      the actor with its aliases and why each names it
 * @param counterparts the actors it shares events with, most shared first
 * @param timeline     its events per month and type
 * @param events       its latest events, newest first (at most {@link ActorActivity#LATEST})
 */
public record ActorPage(ActorProfile profile, List<Counterpart> counterparts, List<MonthCount> timeline,
        List<StoredEvent> events) {
}
