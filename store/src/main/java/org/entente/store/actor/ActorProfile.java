package org.entente.store.actor;

import java.util.List;

/** An actor with each of its aliases and the reason it was taken to name it. */
public record ActorProfile(ActorSummary actor, List<Alias> aliases) {

    public ActorProfile {
        aliases = List.copyOf(aliases);
    }

    /**
     * @param detail          the evidence in words (which file line, which article, which full name), or null
     * @param articleSourceId the input id of the article that showed it, or null
     */
    public record Alias(String alias, AliasReason reason, String detail, String articleSourceId) {
    }
}
