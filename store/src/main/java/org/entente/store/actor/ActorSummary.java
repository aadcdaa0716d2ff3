package org.entente.store.actor;

import org.entente.event.ActorKind;

/**
 * A canonical actor with how much the knowledge base knows of it.
 *
 * @param events  events it takes part in
 * @param aliases surface forms that name it (its own name included)
 */
public record ActorSummary(long id, String name, String country, ActorKind kind, long events, long aliases) {
}
