package org.entente.extract;

import java.util.List;
import java.util.Optional;
import org.entente.event.Event;
import org.entente.event.Place;
import org.entente.event.Status;
import org.entente.geo.Gazetteer;

/**
 * The last word on where an article's events happened, once the whole article has been read.
 *
 * <p>News names the town: "in Turkey" in one sentence is "in Istanbul" in the next, and a story whose
 * dateline or visit puts it in Dushanbe often says so only after its first sentence has reported the
 * signing. So an event placed in a country moves to the city of that country the article names most, and
 * an event with no place of its own happened where the article's story is first set.
 */
final class LocationRefiner {
    private final Gazetteer gazetteer;

    LocationRefiner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Event> refine(List<Event> events, Discourse discourse) {
        return events.stream().map(e -> {
            Place place = inWords(where(e, discourse));
            return place == e.location() ? e : e.withLocation(place);
        }).toList();
    }

    /**
     * A place written in capitals is written as a reader searches for it: a country's initials in full ("the UAE":
     * "United Arab Emirates"), a dateline's city as the gazetteer writes it in that country ("LIMA": "Lima"). A
     * name in words stays as the article wrote it ("Turkey", "Türkiye"), and so does a place the gazetteer does not
     * know there.
     */
    private Place inWords(Place place) {
        if (place == null || place.country() == null || !inCapitals(place.name())) {
            return place;
        }
        if (gazetteer.isCountryName(place.name())) {
            return gazetteer.countryByCode(place.country()).map(c -> new Place(c.name(), place.country())).orElse(place);
        }
        StringBuilder titled = new StringBuilder(place.name().length());
        boolean start = true;
        for (char c : place.name().toCharArray()) {
            titled.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return gazetteer.city(titled.toString(), place.country()).map(c -> new Place(c.name(), place.country()))
                .orElse(place);
    }

    private static boolean inCapitals(String name) {
        return name.chars().anyMatch(Character::isUpperCase) && name.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * A plan keeps the country it names ("a visit of experts to Azerbaijan"): only what happened is placed
     * in the article's city of that country.
     */
    private Place where(Event e, Discourse discourse) {
        if (e.location() == null) {
            Optional<Place> named = cityInName(e.eventName());
            if (named.isPresent()) {
                return named.get();
            }
            return discourse.firstScene().map(p -> inCity(p, discourse)).orElse(null);
        }
        return e.status() == Status.DONE ? inCity(e.location(), discourse) : e.location();
    }

    /** "Paris Air Show-2019", "the Tashkent International Investment Forum": the city a gathering is named after. */
    private Optional<Place> cityInName(String eventName) {
        if (eventName == null) {
            return Optional.empty();
        }
        for (String word : eventName.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !gazetteer.isCountryName(word)) {
                Optional<Place> city = gazetteer.city(word).map(c -> new Place(word, c.iso3()));
                if (city.isPresent()) {
                    return city;
                }
            }
        }
        return Optional.empty();
    }

    private Place inCity(Place place, Discourse discourse) {
        if (!gazetteer.isCountryName(place.name())) {
            return place;
        }
        return discourse.mainCityIn(place.country()).orElse(place);
    }
}
