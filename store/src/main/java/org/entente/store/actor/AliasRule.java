package org.entente.store.actor;

/**
 * One line of the aliases file: {@code alias} names the actor {@code canonical} of {@code country}.
 *
 * @param country ISO-3, or null for an international body
 * @param origin  {@code FILE:LINE}, for the alias's recorded reason
 */
public record AliasRule(String alias, String canonical, String country, String origin) {
}
