package org.entente.geo;

/**
 * A populated place of GeoNames.
 *
 * @param name        the GeoNames name, or the current English name where the curated aliases give
 *                    one ("Astana" for GeoNames' "Nur-Sultan", "Shusha" for "Shushi")
 * @param iso3        ISO 3166-1 alpha-3 code of its country
 * @param population  GeoNames population (0 when GeoNames does not know it)
 * @param featureCode GeoNames feature code: PPLC capital, PPLA/PPLA2 admin seat, PPL, PPLX section...
 */
public record City(String name, String iso3, int population, String featureCode) {

    /** A national capital (GeoNames PPLC). */
    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }
}
