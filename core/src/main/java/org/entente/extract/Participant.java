package org.entente.extract;

import org.entente.event.Actor;
import org.entente.event.Person;

/**
 * Someone taking part in an event: the actor, and the person acting for it when the text names one.
 */
record Participant(Actor actor, Person person) {
}
