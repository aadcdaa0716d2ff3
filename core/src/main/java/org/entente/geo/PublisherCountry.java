package org.entente.geo;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The country an article's address belongs to by its country-code top-level domain: "azernews.az" is
 * Azerbaijani, "statehouse.gov.sl" Sierra Leonean. A national outlet writes from its country's point of view,
 * so an office it names without a country ("the Ministry of Agriculture") is most likely its own.
 */
public final class PublisherCountry {
    /** Country codes sold worldwide as generic names ("news.io", "stream.tv"): they say nothing of the outlet. */
    private static final Set<String> GENERIC_USE = Set.of("io", "tv", "co", "me", "fm", "ai", "ly", "cc", "ws",
            "to", "gg", "am", "la", "nu", "tk", "ml", "ga", "cf", "gq", "sh", "ac", "is", "it", "in", "so", "vc");

    private PublisherCountry() {
    }

    /** ISO-3 of the address's country-code domain, if it has one that names a country. */
    public static Optional<String> of(String url, Gazetteer gazetteer) {
        String host = ArticleAddress.parse(url).map(URI::getHost).orElse(null);
        if (host == null) {
            return Optional.empty();
        }
        String[] labels = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").split("\\.");
        String tld = labels[labels.length - 1];
        if (labels.length < 2 || tld.length() != 2 || GENERIC_USE.contains(tld)) {
            return Optional.empty();
        }
        // "co.uk" and "gov.uk": the United Kingdom's domain is "uk", ISO's code is "GB"
        String iso2 = tld.equals("uk") ? "gb" : tld;
        return Optional.ofNullable(gazetteer.iso3(iso2));
    }
}
