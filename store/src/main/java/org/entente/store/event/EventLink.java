package org.entente.store.event;

/**
 * A relation between two stored events that are not the same event: a plan and the later report that it was
 * carried out ({@link org.entente.store.merge.FulfilmentRule}).
 *
 * @param relation {@code fulfils} on the done event (pointing at the plan), {@code planned_as} on the plan
 *                 (pointing at its execution)
 * @param eventId  the other event
 * @param reason   why they were linked, in words
 */
public record EventLink(String relation, long eventId, String reason) {
}
