package org.entente.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
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

/**
 * A deterministic synthetic news corpus for benchmarks: article {@code i} of seed {@code s} is always the same,
 * generated on demand (nothing is held in memory, so the size is free).
 *
 * <p>About 30% of the articles report cooperation (one to four events: 45% meetings, 40% agreements, 15%
 * attendances; 80% done), the rest are unrelated local news. Countries are drawn with Zipf-like weights (a few
 * appear in most stories, as in real news), bodies per country from a fixed set (the state itself, ministries,
 * the central bank, the capital, chambers and companies), dates within a few weeks of the article's day over
 * ten years. One cooperation article in eight retells the story of an article a few hundred positions earlier,
 * as other outlets do, so merging is exercised at its real rate. The texts are generated from templates written
 * for this class.
 */
public final class SyntheticCorpus {

    /** ISO-3 codes with names and capitals, most frequent in the news first. */
    private static final String[][] COUNTRIES = {
        {"USA", "United States", "Washington"}, {"CHN", "China", "Beijing"}, {"RUS", "Russia", "Moscow"},
        {"GBR", "Britain", "London"}, {"IND", "India", "New Delhi"}, {"TUR", "Turkey", "Ankara"},
        {"AZE", "Azerbaijan", "Baku"}, {"DEU", "Germany", "Berlin"}, {"FRA", "France", "Paris"},
        {"JPN", "Japan", "Tokyo"}, {"ARE", "United Arab Emirates", "Abu Dhabi"}, {"KAZ", "Kazakhstan", "Astana"},
        {"UZB", "Uzbekistan", "Tashkent"}, {"GEO", "Georgia", "Tbilisi"}, {"ITA", "Italy", "Rome"},
        {"KOR", "South Korea", "Seoul"}, {"IRN", "Iran", "Tehran"}, {"PAK", "Pakistan", "Islamabad"},
        {"SAU", "Saudi Arabia", "Riyadh"}, {"BRA", "Brazil", "Brasilia"}, {"KEN", "Kenya", "Nairobi"},
        {"NGA", "Nigeria", "Abuja"}, {"EGY", "Egypt", "Cairo"}, {"ISR", "Israel", "Jerusalem"},
        {"UKR", "Ukraine", "Kyiv"}, {"POL", "Poland", "Warsaw"}, {"ESP", "Spain", "Madrid"},
        {"CAN", "Canada", "Ottawa"}, {"AUS", "Australia", "Canberra"}, {"IDN", "Indonesia", "Jakarta"},
        {"HUN", "Hungary", "Budapest"}, {"ROU", "Romania", "Bucharest"}, {"QAT", "Qatar", "Doha"},
        {"VNM", "Vietnam", "Hanoi"}, {"MEX", "Mexico", "Mexico City"}, {"ZAF", "South Africa", "Pretoria"},
        {"TKM", "Turkmenistan", "Ashgabat"}, {"KGZ", "Kyrgyzstan", "Bishkek"}, {"TJK", "Tajikistan", "Dushanbe"},
        {"MNG", "Mongolia", "Ulaanbaatar"}};
    private static final String[][] BODIES = {
        {"Ministry of Foreign Affairs", "GOV", "security"}, {"Ministry of Economy", "GOV", "economy"},
        {"Ministry of Energy", "GOV", "energy"}, {"Ministry of Defence", "GOV", "defense"},
        {"Ministry of Education", "GOV", "education"}, {"Ministry of Health", "GOV", "health"},
        {"Ministry of Transport", "GOV", "transport"}, {"Ministry of Agriculture", "GOV", "agriculture"},
        {"Central Bank", "GOV", "finance"}, {"Chamber of Commerce", "BUS", "trade"},
        {"State Oil Company", "BUS", "energy"}, {"National Railways", "BUS", "transport"},
        {"Tourism Board", "GOV", "tourism"}, {"Academy of Sciences", "OTHER", "science"}};
    private static final String[] GATHERINGS = {"International Energy Forum", "Trade Expo", "Global Security Summit",
        "Digital Week", "Agriculture Fair", "Investment Conference", "Tourism Exhibition", "Defence Show"};
    private static final String[] SURNAMES = {"Aliyev", "Smith", "Wang", "Ivanov", "Patel", "Yilmaz", "Muller",
        "Dubois", "Tanaka", "Haddad", "Karimov", "Beridze", "Rossi", "Kim", "Mwangi", "Okafor", "Nowak", "Garcia"};
    private static final String[] UNRELATED = {
        "Heavy rain is expected across the region this weekend, forecasters said.",
        "The city council approved a new budget for road repairs on Tuesday.",
        "The local football club won its third match in a row after a late goal.",
        "Prices of fresh vegetables rose slightly at the central market this week.",
        "A new museum exhibition on early photography opened to the public.",
        "Police reported fewer traffic accidents than in the same month last year.",
        "The university announced the names of this year's scholarship winners.",
        "Residents complained about noise from the construction site near the river.",
        "A popular singer will give a charity concert in the main square.",
        "Schools will close early on Friday for the regional holiday."};
    private static final LocalDate START = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 3650;
    private static final int RETELL_EVERY = 8;

    private final long seed;
    private final int size;
    private final double[] cumulative;

    /** @param size how many articles, at least 1 */
    public SyntheticCorpus(long seed, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a corpus needs at least one article: " + size);
        }
        this.seed = seed;
        this.size = size;
        cumulative = new double[COUNTRIES.length];
        double total = 0;
        for (int i = 0; i < COUNTRIES.length; i++) {
            total += 1.0 / Math.pow(i + 1, 0.9);
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
    }

    public int size() {
        return size;
    }

    /** The id of article {@code i}: {@code syn-SEED-I}, from which {@link SyntheticExtractor} recovers both. */
    public String id(int i) {
        return "syn-" + seed + "-" + i;
    }

    /** Article {@code i} (0-based). */
    public Article article(int i) {
        SplittableRandom r = random(i);
        LocalDate day = START.plusDays(r.nextInt(DAYS));
        StringBuilder text = new StringBuilder();
        List<Event> events = events(i);
        if (events.isEmpty()) {
            int n = 3 + r.nextInt(4);
            for (int k = 0; k < n; k++) {
                text.append(UNRELATED[r.nextInt(UNRELATED.length)]).append(' ');
            }
        } else {
            for (Event e : events) {
                text.append(e.evidence()).append(' ');
                text.append(UNRELATED[r.nextInt(UNRELATED.length)]).append(' ');
            }
            text.append("Officials said further steps would be discussed.");
        }
        return new Article(id(i), "https://synthetic.example/" + day.getYear() + "/" + seed + "/" + i,
                story(i).day, text.toString().strip() + " (" + id(i) + ")");
    }

    /** The events article {@code i} reports, as the generator made them. */
    public List<Event> events(int i) {
        Story s = story(i);
        if (!s.cooperation) {
            return List.of();
        }
        SplittableRandom r = random(s.source);
        int n = 1 + (r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(3));
        List<Event> out = new ArrayList<>();
        int a = country(r);
        int b = country(r);
        if (b == a) {
            b = (a + 1 + r.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
        }
        for (int k = 0; k < n; k++) {
            out.add(event(r, s.day, a, b));
        }
        return out;
    }

    /** The events of article {@code i} as one extractor result. */
    public ArticleEvents result(int i) {
        return new ArticleEvents(id(i), events(i));
    }

    /** Which article's story article {@code i} tells, on which day, and whether it is about cooperation. */
    private record Story(int source, LocalDate day, boolean cooperation) {
    }

    private Story story(int i) {
        SplittableRandom r = random(i);
        LocalDate day = START.plusDays(r.nextInt(DAYS));
        boolean coop = r.nextInt(100) < 30;
        if (coop && i >= 500 && r.nextInt(RETELL_EVERY) == 0) {
            int source = i - 1 - r.nextInt(400);
            Story earlier = story(source);
            if (earlier.cooperation && earlier.source == source) {
                return new Story(source, earlier.day.plusDays(r.nextInt(3)), true);
            }
        }
        return new Story(i, day, coop);
    }

    private Event event(SplittableRandom r, LocalDate day, int a, int b) {
        int t = r.nextInt(100);
        EventType type = t < 45 ? EventType.MEET : t < 85 ? EventType.AGREE : EventType.ATTEND;
        Status status = r.nextInt(10) < 8 ? Status.DONE : Status.PLANNED;
        Actor x = actor(r, a);
        Actor y = actor(r, b);
        String[] ca = COUNTRIES[a];
        String[] cb = COUNTRIES[b];
        LocalDate when = status == Status.DONE ? day.minusDays(r.nextInt(4)) : day.plusDays(7 + r.nextInt(60));
        String date = r.nextInt(10) < 2 ? null : r.nextInt(10) < 7 ? when.toString()
                : when.toString().substring(0, 7);
        Place place = new Place(r.nextBoolean() ? ca[2] : cb[2], r.nextBoolean() ? ca[0] : cb[0]);
        String sphere = BODIES[r.nextInt(BODIES.length)][2];
        String person = "Minister " + SURNAMES[r.nextInt(SURNAMES.length)];
        String on = date == null ? "" : " on " + date;
        return switch (type) {
            case AGREE -> {
                String doc = "memorandum of understanding on " + sphere + " cooperation";
                String verb = status == Status.DONE ? "signed" : "will sign";
                yield new Event(type, status, List.of(x, y), new Instrument(doc, InstrumentKind.MOU), null,
                        List.of(new Person(person, "Minister", x.name())), date, place, List.of(sphere),
                        ca[1] + "'s " + x.name() + " and " + cb[1] + "'s " + y.name() + " " + verb + " a " + doc
                                + " in " + place.name() + on + ".", 0.8);
            }
            case MEET -> {
                String verb = status == Status.DONE ? "held talks" : "will hold talks";
                yield new Event(type, status, List.of(x, y), null, null,
                        List.of(new Person(person, "Minister", x.name())), date, place, List.of(sphere),
                        "Officials of " + ca[1] + "'s " + x.name() + " " + verb + " with " + cb[1] + "'s " + y.name()
                                + " in " + place.name() + on + " on " + sphere + " ties.", 0.75);
            }
            case ATTEND -> {
                String g = GATHERINGS[r.nextInt(GATHERINGS.length)];
                String verb = status == Status.DONE ? "took part in" : "will take part in";
                yield new Event(type, status, List.of(x), null, g, List.of(), date, place, List.of(sphere),
                        "A delegation of " + ca[1] + "'s " + x.name() + " " + verb + " the " + g + " in "
                                + place.name() + on + ".", 0.7);
            }
        };
    }

    private static Actor actor(SplittableRandom r, int c) {
        String[] country = COUNTRIES[c];
        int k = r.nextInt(BODIES.length + 4);
        if (k >= BODIES.length) {
            return k == BODIES.length ? new Actor(country[2], country[0], ActorKind.CITY)
                    : new Actor(country[1], country[0], ActorKind.COUNTRY);
        }
        String[] body = BODIES[k];
        return new Actor(body[0], country[0], ActorKind.valueOf(body[1].toUpperCase(Locale.ROOT)));
    }

    private int country(SplittableRandom r) {
        double u = r.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u <= cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private SplittableRandom random(int i) {
        return new SplittableRandom(seed * 1_000_003L + i);
    }
}
