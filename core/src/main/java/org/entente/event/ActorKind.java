package org.entente.event;

/** What sort of body an actor is (spec: Actors). */
public enum ActorKind {
    COUNTRY, GOV, CITY, BUS, IGO, NGO, OTHER
}
