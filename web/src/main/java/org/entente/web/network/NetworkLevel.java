package org.entente.web.network;

/** What a node of the network stands for. */
public enum NetworkLevel {
    /** A canonical actor. */
    ACTOR,
    /** A country (ISO-3): all its actors together. */
    COUNTRY
}
