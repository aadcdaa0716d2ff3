/**
 * Actors across articles: {@link org.entente.store.actor.ActorResolver} keeps one canonical row per normalised
 * name and country and records every other surface form as an alias with its {@link
 * org.entente.store.actor.AliasReason}; {@link org.entente.store.actor.AliasFile} is the user's correction;
 * {@link org.entente.store.actor.ActorDirectory} answers who is who.
 */
package org.entente.store.actor;
