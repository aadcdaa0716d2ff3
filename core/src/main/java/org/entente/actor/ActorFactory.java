package org.entente.actor;

import java.util.Optional;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.geo.City;
import org.entente.geo.Country;
import org.entente.geo.Gazetteer;

/**
 * Turns a name found in text into an {@link Actor}: its country from a possessive, a demonym or a
 * country named inside it ("Central Bank of the Republic of Uzbekistan"), its kind from its head words.
 */
public final class ActorFactory {
    private final Gazetteer gazetteer;
    private final ActorKindClassifier kinds;

    public ActorFactory(Gazetteer gazetteer, ActorKindClassifier kinds) {
        this.gazetteer = gazetteer;
        this.kinds = kinds;
    }

    /**
     * An organisation.
     *
     * @param possessorCountry ISO-3 of "Turkey's" before the name, or null
     */
    public Actor organisation(String text, String possessorCountry) {
        String name = text.strip().replaceFirst("^(?i)the\\s+", "");
        ActorKind kind = kinds.kindOf(name);
        String country = possessorCountry != null ? possessorCountry : countryInName(name);
        if (kind == ActorKind.IGO) {
            country = null;
        }
        return new Actor(name, country, kind);
    }

    /** A country, from its name or its demonym ("Azerbaijani" gives Azerbaijan). */
    public Optional<Actor> country(String text) {
        String t = text.strip().replaceFirst("^(?i)the\\s+", "");
        // one canonical name per country, however the text spells it ("U.S.", "Azerbaijani", "the Republic of X")
        return gazetteer.country(t).map(c -> new Actor(c.name(), c.iso3(), ActorKind.COUNTRY));
    }

    /** True for a country's name or alias ("India", "U.S."), false for its demonym ("Indian"). */
    public boolean isCountryName(String text) {
        return gazetteer.isCountryName(text.strip());
    }

    /** A city or region; its country from the gazetteer (the most populous place of that name). */
    public Actor place(String name, String bareName) {
        String iso3 = gazetteer.city(bareName).map(City::iso3).orElse(null);
        return new Actor(name, iso3, ActorKind.CITY);
    }

    /** The country of an ISO-3 code, as an actor. */
    public Optional<Actor> countryByCode(String iso3) {
        return iso3 == null ? Optional.empty()
                : gazetteer.countryByCode(iso3).map(c -> new Actor(c.name(), c.iso3(), ActorKind.COUNTRY));
    }

    /** ISO-3 of a country or city name, or null. */
    public String countryOfPlace(String name) {
        return gazetteer.countryCodeOf(name).orElse(null);
    }

    private String countryInName(String name) {
        String[] words = name.split("[\\s,]+");
        for (int n = 3; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String w = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                    continue;
                }
                Optional<Country> c = gazetteer.country(w);
                if (c.isPresent()) {
                    return c.get().iso3();
                }
            }
        }
        return null;
    }
}
