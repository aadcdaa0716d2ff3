package org.entente.geo;

/**
 * A country or territory of ISO 3166-1.
 *
 * @param iso3 alpha-3 code ("AZE"); Kosovo, which has none, is "XKX"
 * @param iso2 alpha-2 code ("AZ")
 * @param name common English name ("Azerbaijan", "Türkiye", "United States")
 */
public record Country(String iso3, String iso2, String name) {
}
