package org.entente.geo;

import java.net.URI;
import java.util.Optional;

/** An article's address as a URI, for what its parts tell ({@link PublisherCountry}, {@link HeadlineSlug}). */
final class ArticleAddress {
    private ArticleAddress() {
    }

    /** The address parsed, or empty when there is none or it is no URI. */
    static Optional<URI> parse(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
