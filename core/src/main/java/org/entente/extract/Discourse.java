package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.actor.ActorRegistry;
import org.entente.event.Actor;
import org.entente.event.Place;
import org.entente.geo.PublisherCountry;

/**
 * What an article has established so far, for the references later sentences make: the actors, the
 * people and whom they act for, the parties of the last event ("the parties", "the sides"), the
 * gatherings with their dates and places, and the article's protagonist.
 */
final class Discourse {
    final ActorRegistry actors = new ActorRegistry();
    private final Map<String, Participant> people = new LinkedHashMap<>();
    private final Map<String, Gathering> gatherings = new LinkedHashMap<>();
    /** Mentions per actor, in order of first mention, so that ties go to the earliest (deterministic). */
    private final Map<Actor, Integer> salience = new LinkedHashMap<>();
    private List<Participant> lastParties = List.of();
    private Participant lastPerson;
    private final List<Participant> recentPeople = new ArrayList<>();
    private Actor firstEventActor;
    private Place scene;
    private Place firstScene;
    private final Map<String, Integer> articleCountries = new LinkedHashMap<>();
    /** Cities named as places, with how often, in order of first mention. */
    private final Map<Place, Integer> cities = new LinkedHashMap<>();
    private final java.util.Set<String> visitedCountries = new java.util.LinkedHashSet<>();
    private String publisherCountry;
    private final java.util.Set<String> headlineCountries = new java.util.LinkedHashSet<>();
    private String lastDay;
    private boolean wantsContext;

    /** A multi-party gathering named in the article. */
    record Gathering(String name, String date, Place location) {
        /**
         * "the exhibition" before the article has named any: a reference to a gathering of that kind the
         * article may name further on, settled once the whole article is read ({@link #settled}).
         */
        static Gathering unnamed(String kind) {
            return new Gathering(kind.toLowerCase(Locale.ROOT), null, null);
        }

        boolean isUnnamed() {
            return isUnnamed(name);
        }

        static boolean isUnnamed(String name) {
            return name.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isWhitespace(c));
        }
    }

    /** A gathering's name once the article is read: an unnamed reference becomes the gathering named later, or null. */
    String settled(String gatheringName) {
        if (gatheringName == null || !Gathering.isUnnamed(gatheringName)) {
            return gatheringName;
        }
        // the first of that kind the article names after the reference: it names it where it first says more
        String kind = key(gatheringName);
        return gatherings.entrySet().stream()
                .filter(e -> !e.getValue().isUnnamed() && e.getKey().endsWith(kind))
                .map(e -> e.getValue().name()).findFirst().orElse(null);
    }

    void person(Participant p) {
        if (p.person() == null || p.person().name() == null) {
            return;
        }
        people.put(surname(p.person().name()), p);
        lastPerson = p;
        recentPeople.removeIf(q -> surname(q.person().name()).equals(surname(p.person().name())));
        recentPeople.add(p);
    }

    /** A person met before, by full name, surname or "M.Mammadov". */
    Optional<Participant> person(String name) {
        return Optional.ofNullable(people.get(surname(name)));
    }

    Optional<Participant> lastPerson() {
        return Optional.ofNullable(lastPerson);
    }

    /** The person met most recently whose surname is none of {@code names} ("X called on him": not X). */
    Optional<Participant> lastPersonExcept(java.util.Collection<String> names) {
        java.util.Set<String> excluded = new java.util.HashSet<>();
        names.forEach(n -> excluded.add(surname(n)));
        for (int i = recentPeople.size() - 1; i >= 0; i--) {
            if (!excluded.contains(surname(recentPeople.get(i).person().name()))) {
                return Optional.of(recentPeople.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The last {@code count} people, acting for different bodies, whose title holds {@code titleWord}: whom
     * "both ministers" or "the two presidents" refer back to; empty when the article has not named that many.
     */
    List<Participant> lastPeopleTitled(String titleWord, int count) {
        String word = titleWord.toLowerCase(Locale.ROOT);
        List<Participant> out = new ArrayList<>();
        for (int i = recentPeople.size() - 1; i >= 0 && out.size() < count; i--) {
            Participant p = recentPeople.get(i);
            String title = p.person().title();
            if (title != null && title.toLowerCase(Locale.ROOT).contains(word)
                    && out.stream().noneMatch(q -> q.actor().equals(p.actor()))) {
                out.add(0, p);
            }
        }
        return out.size() == count ? out : List.of();
    }

    void parties(List<Participant> parties) {
        if (parties.size() >= 2) {
            lastParties = List.copyOf(parties);
        }
        if (firstEventActor == null && !parties.isEmpty() && anchored(parties.get(0).actor())) {
            firstEventActor = parties.get(0).actor();
        }
    }

    List<Participant> lastParties() {
        return lastParties;
    }

    void mentioned(Actor a, int weight) {
        salience.merge(actors.canonical(a), weight, Integer::sum);
    }

    /**
     * Whose story the article tells: the side an agentless "a meeting was held with X" belongs to. The
     * first party of the first event found, else the most mentioned organisation.
     */
    Optional<Actor> protagonist() {
        Optional<Actor> organisation = salience.entrySet().stream()
                .filter(e -> e.getKey().kind() != org.entente.event.ActorKind.CITY
                        && e.getKey().kind() != org.entente.event.ActorKind.COUNTRY && anchored(e.getKey())
                        && e.getValue() >= 4)
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(e -> actors.canonical(e.getKey()));
        if (organisation.isPresent()) {
            return organisation;
        }
        if (firstEventActor != null) {
            return Optional.of(actors.canonical(firstEventActor));
        }
        return salience.entrySet().stream()
                .filter(e -> e.getKey().kind() != org.entente.event.ActorKind.CITY && anchored(e.getKey()))
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(e -> actors.canonical(e.getKey()));
    }

    /**
     * Only an actor whose country is known (or an international body) can stand in for an unnamed side; not a
     * body of two countries ("the Chile-Peru Joint Commission"), the forum of both sides rather than one.
     */
    private static boolean anchored(Actor a) {
        return a.country() != null || a.kind() == org.entente.event.ActorKind.IGO && !org.entente.actor.MentionFinder.isJointBody(a);
    }

    void scene(Place place) {
        scene = place;
        if (firstScene == null) {
            firstScene = place;
        }
    }

    /** Where the article's story was first set: its dateline, the first visit's destination, the first venue. */
    Optional<Place> firstScene() {
        return Optional.ofNullable(firstScene);
    }

    /** How often the whole article names each country, by name or demonym; read before its sentences. */
    void countryCounts(Map<String, Integer> counts) {
        articleCountries.clear();
        articleCountries.putAll(counts);
    }

    /**
     * The country an untitled "President Tokayev" leads: of the article's countries, the most named one
     * the sentence does not already give to someone else, preferring a city's country the sentence names
     * ("met in Islamabad") and then the story's scene.
     */
    Optional<String> homeCountry(List<String> sentenceCities, java.util.Set<String> taken) {
        for (String c : sentenceCities) {
            if (c != null && !taken.contains(c)) {
                return Optional.of(c);
            }
        }
        if (scene != null && scene.country() != null && !taken.contains(scene.country())) {
            return Optional.of(scene.country());
        }
        return mostNamedCountry(taken);
    }

    /**
     * Whether an event was found that only the rest of the article can complete: attendance of a gathering
     * the sentences read so far have not named ("took part in the exhibition"), a party named by a pronoun
     * whose person they have not met ("his meeting with X").
     */
    boolean wantsContext() {
        return wantsContext;
    }

    void wantContext() {
        wantsContext = true;
    }

    /** The last full day ("2024-06-26") the article named, which "on the same day" repeats; null if none yet. */
    String lastDay() {
        return lastDay;
    }

    void dayNamed(String day) {
        lastDay = day;
    }

    /** The country of the outlet that published the article, when its address says ({@link PublisherCountry}). */
    void publisherCountry(String iso3) {
        publisherCountry = iso3;
    }

    /** The countries the headline in the article's address names ({@link org.entente.geo.HeadlineSlug}), in order. */
    void headlineCountries(java.util.Collection<String> iso3) {
        headlineCountries.addAll(iso3);
    }

    /**
     * The country an office named without one most likely belongs to: the publisher's, unless taken; else
     * the first the headline names that is not taken (the headline names both parties where the body may
     * name only the foreign one); else the most named of the article's countries not among {@code taken}.
     */
    Optional<String> likelyHomeOfOffice(java.util.Set<String> taken) {
        if (publisherCountry != null && !taken.contains(publisherCountry)) {
            return Optional.of(publisherCountry);
        }
        Optional<String> headline = headlineCountries.stream().filter(c -> !taken.contains(c)).findFirst();
        return headline.isPresent() ? headline : mostNamedCountry(taken);
    }

    /** Of the countries the article names, the most named one not among {@code taken} (ties to the earliest). */
    Optional<String> mostNamedCountry(java.util.Set<String> taken) {
        return articleCountries.entrySet().stream().filter(e -> !taken.contains(e.getKey()))
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
    }

    /** A country the story's visitors travelled to ("visited Poland and North Macedonia"). */
    void visited(String iso3) {
        if (iso3 != null) {
            visitedCountries.add(iso3);
        }
    }

    java.util.Set<String> visitedCountries() {
        return java.util.Collections.unmodifiableSet(visitedCountries);
    }

    void cityMentioned(Place city) {
        cities.merge(city, 1, Integer::sum);
    }

    /** The article's most named city in a country (ties to the earliest), for "in Turkey" when it said Istanbul. */
    Optional<Place> mainCityIn(String iso3) {
        return cities.entrySet().stream()
                .filter(e -> iso3 != null && iso3.equals(e.getKey().country()))
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }

    Optional<Place> scene() {
        return Optional.ofNullable(scene);
    }

    void gathering(Gathering g) {
        Gathering old = gatherings.get(key(g.name()));
        if (old != null) {
            g = new Gathering(old.name().length() >= g.name().length() ? old.name() : g.name(),
                    old.date() != null ? old.date() : g.date(),
                    old.location() != null ? old.location() : g.location());
        }
        gatherings.put(key(g.name()), g);
    }

    /** The gathering a phrase names: the same name, or "the exhibition" for the last one of that kind. */
    Optional<Gathering> gathering(String phrase) {
        String k = key(phrase);
        if (gatherings.containsKey(k)) {
            return Optional.of(gatherings.get(k));
        }
        List<Map.Entry<String, Gathering>> all = new ArrayList<>(gatherings.entrySet());
        for (int i = all.size() - 1; i >= 0; i--) {
            String name = all.get(i).getKey();
            if (name.contains(k) || k.contains(name) || name.endsWith(lastWord(k))) {
                return Optional.of(all.get(i).getValue());
            }
        }
        return Optional.empty();
    }

    /** "The International Defence Industry Exhibition 'IDEF-2023'": a description the gathering is also known by. */
    void gatheringAlias(String description, Gathering g) {
        gatherings.putIfAbsent(key(description), g);
    }

    Optional<Gathering> lastGathering() {
        return gatherings.values().stream().reduce((a, b) -> b);
    }

    private static String key(String s) {
        return org.entente.actor.ActorNames.key(s);
    }

    private static String lastWord(String k) {
        String[] w = k.split(" ");
        return w[w.length - 1];
    }

    private static String surname(String name) {
        String[] w = name.replace('.', ' ').strip().split("\\s+");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }
}
