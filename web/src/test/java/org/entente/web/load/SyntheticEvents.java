package org.entente.web.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.article.Article;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Instrument;
import org.entente.event.InstrumentKind;
import org.entente.event.Person;
import org.entente.event.Place;
import org.entente.event.Status;
import org.entente.store.Store;
import org.entente.store.actor.AliasFile;
import org.entente.store.ingest.Ingestor;

/**
 * SYNTHETIC data for the load test: articles and events generated from a fixed seed, stored through the real
 * {@link Ingestor} (so the tables, actors and aliases are exactly what ingest writes). Every article is marked:
 * its id starts with {@code synthetic-}, its address is under {@code https://synthetic.invalid/} and its text
 * with {@code [SYNTHETIC]}. Nothing here is news.
 */
public final class SyntheticEvents {

    static final String[] COUNTRIES = {"AZE", "TUR", "GEO", "KAZ", "UZB", "KEN", "FRA", "DEU", "ITA", "GBR", "USA",
        "CHN", "JPN", "KOR", "IND", "PAK", "IRN", "ARM", "UKR", "POL", "ROU", "HUN", "SRB", "EGY", "SAU", "ARE", "QAT",
        "BRA", "ARG", "MEX", "CAN", "AUS", "IDN", "MYS", "VNM", "THA", "NGA", "ZAF", "MAR", "ESP"};
    static final String[] BODIES = {"Ministry of Energy", "Ministry of Trade", "Ministry of Foreign Affairs",
        "Central Bank", "Ministry of Education", "Ministry of Health", "State Oil Company", "Investment Agency"};
    static final String[] SPHERES = {"energy", "trade", "finance", "education", "health", "transport", "ict",
        "agriculture", "defence", "culture"};
    static final String[] CITIES = {"Baku", "Ankara", "Tbilisi", "Astana", "Paris", "Berlin", "Rome", "London",
        "Beijing", "Tokyo", "Nairobi", "Cairo", "Doha", "Madrid", "Warsaw"};

    /** Events per synthetic article: a digest of the day, so that 100,000 events need 10,000 transactions. */
    public static final int EVENTS_PER_ARTICLE = 10;

    private SyntheticEvents() {
    }

    /**
     * Stores synthetic articles of {@value #EVENTS_PER_ARTICLE} events each until the knowledge base shows at least
     * {@code events} events: reports of one interaction (same day, type and parties) merge into one event, so a few
     * more reports than that are stored. The articles are the same, in the same order, on every run.
     *
     * @param progress called after each article with the reports stored so far (may be null)
     * @return the events shown
     */
    public static long fill(Store store, int events, java.util.function.LongConsumer progress) {
        Random random = new Random(20231126L);
        long stored = 0;
        long shown = 0;
        try (Ingestor ingestor = new Ingestor(store, AliasFile.empty())) {
            for (int a = 0; shown < events; a++) {
                List<Event> list = new ArrayList<>(EVENTS_PER_ARTICLE);
                StringBuilder text = new StringBuilder("[SYNTHETIC] Generated for the Entente load test; not news.");
                for (int i = 0; i < EVENTS_PER_ARTICLE; i++) {
                    Event e = event(random);
                    list.add(e);
                    text.append(' ').append(e.evidence());
                }
                LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3900));
                Article article = new Article("synthetic-" + a, "https://synthetic.invalid/" + a, published,
                        text.toString());
                ingestor.ingest(article, "synthetic", new ArticleEvents(article.id(), list));
                stored += list.size();
                if (stored >= events) {
                    shown = store.counts().distinctEvents(); // counted only near the end: a count reads every row
                }
                if (progress != null) {
                    progress.accept(stored);
                }
            }
        }
        return shown;
    }

    static Event event(Random r) {
        String c1 = COUNTRIES[r.nextInt(COUNTRIES.length)];
        String c2;
        do {
            c2 = COUNTRIES[r.nextInt(COUNTRIES.length)];
        } while (c2.equals(c1));
        Actor a = actor(r, c1);
        Actor b = actor(r, c2);
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3900));
        String city = CITIES[r.nextInt(CITIES.length)];
        List<String> spheres = List.of(SPHERES[r.nextInt(SPHERES.length)]);
        Status status = r.nextInt(5) == 0 ? Status.PLANNED : Status.DONE;
        int kind = r.nextInt(10);
        if (kind < 4) {
            String doc = "memorandum of understanding on " + spheres.get(0) + " cooperation";
            return new Event(EventType.AGREE, status, List.of(a, b), new Instrument(doc, InstrumentKind.MOU), null,
                    List.of(new Person("Synthetic Person " + r.nextInt(500), "Minister", a.name())), day.toString(),
                    new Place(city, null), spheres, "(synthetic) The " + a.name() + " of " + c1 + " and the "
                    + b.name() + " of " + c2 + " signed a " + doc + " in " + city + " on " + day + ".", 0.8);
        }
        if (kind < 8) {
            return new Event(EventType.MEET, status, List.of(a, b), null, null, List.of(), day.toString(),
                    new Place(city, null), spheres, "(synthetic) Officials of the " + a.name() + " of " + c1
                    + " met the " + b.name() + " of " + c2 + " in " + city + " on " + day + ".", 0.6);
        }
        String forum = city + " " + spheres.get(0) + " forum " + day.getYear();
        return new Event(EventType.ATTEND, status, List.of(a), null, forum, List.of(), day.toString(),
                new Place(city, null), spheres, "(synthetic) The " + a.name() + " of " + c1 + " took part in the "
                + forum + ".", 0.7);
    }

    private static Actor actor(Random r, String country) {
        int i = r.nextInt(BODIES.length + 1);
        return i == BODIES.length ? new Actor(country + " (synthetic country)", country, ActorKind.COUNTRY)
                : new Actor(BODIES[i] + " of " + country, country, ActorKind.GOV);
    }
}
