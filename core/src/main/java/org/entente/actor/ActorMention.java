package org.entente.actor;

import org.entente.event.Actor;

/**
 * A stretch of a sentence that names an actor.
 *
 * @param begin first token (0-based, in the sentence)
 * @param end   one past the last token
 * @param actor the actor it names, already resolved to the article's canonical form
 * @param place true when the words name a place (city, region, country) rather than an organisation
 */
public record ActorMention(int begin, int end, Actor actor, boolean place) {
    public boolean covers(int tokenIndex) {
        return tokenIndex >= begin && tokenIndex < end;
    }
}
