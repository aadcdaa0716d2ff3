package org.entente.store.testing;

import java.time.LocalDate;
import java.util.List;
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
 * Hand-built articles and the events an extractor would report for them, so that store and command-line tests
 * need no CoreNLP. The texts were written for these tests.
 */
public final class Samples {

    private Samples() {
    }

    public static final Actor CBA = new Actor("Central Bank of Azerbaijan", "AZE", ActorKind.GOV);
    public static final Actor CMB = new Actor("Capital Markets Board", "TUR", ActorKind.GOV);
    public static final Actor NBG = new Actor("National Bank of Georgia", "GEO", ActorKind.GOV);
    public static final Actor ENERGY_AZE = new Actor("Ministry of Energy", "AZE", ActorKind.GOV);
    public static final Actor ENERGY_KEN = new Actor("Ministry of Energy", "KEN", ActorKind.GOV);
    public static final Actor KENYA = new Actor("Kenya", "KEN", ActorKind.COUNTRY);
    public static final Actor BAKU = new Actor("Baku", "AZE", ActorKind.CITY);

    // ------------------------------------------------------------- article 1: an agreement, the acronym declared

    public static final String BANKS_TEXT = "The Central Bank of Azerbaijan (CBA) and Turkey's Capital Markets Board "
            + "signed a memorandum of understanding on cooperation in banking supervision in Baku on 12 March 2023. "
            + "The document was signed by CBA Governor Elnur Mammadli and the board's chairman Kerem Aydin. "
            + "The parties also agreed to exchange staff for training, a statement said.";

    public static final Article BANKS = new Article("banks-1", "https://news.example/2023/03/banks",
            LocalDate.of(2023, 3, 13), BANKS_TEXT);

    public static final Event BANKS_AGREE = new Event(EventType.AGREE, Status.DONE, List.of(CBA, CMB),
            new Instrument("memorandum of understanding on cooperation in banking supervision", InstrumentKind.MOU),
            null, List.of(new Person("Elnur Mammadli", "Governor", CBA.name()),
                    new Person("Kerem Aydin", "chairman", CMB.name())),
            "2023-03-12", new Place("Baku", "AZE"), List.of("finance"),
            "The Central Bank of Azerbaijan (CBA) and Turkey's Capital Markets Board signed a memorandum of "
                    + "understanding on cooperation in banking supervision in Baku on 12 March 2023.", 0.82);

    public static final ArticleEvents BANKS_EVENTS = new ArticleEvents(BANKS.id(), List.of(BANKS_AGREE));

    // ---------------------------------------------- article 2: no address, names the bank by its acronym alone

    public static final String TBILISI_TEXT = "CBA officials will meet the National Bank of Georgia in Tbilisi in "
            + "May to discuss payment systems, the Georgian side said on Friday. A title-only speaker was quoted.";

    public static final Article TBILISI = new Article("tbilisi-1", null, LocalDate.of(2023, 4, 21), TBILISI_TEXT);

    public static final Event TBILISI_MEET = new Event(EventType.MEET, Status.PLANNED,
            List.of(new Actor("CBA", "AZE", ActorKind.GOV), NBG), null, null,
            List.of(new Person(null, "spokesperson", NBG.name())), "2023-05", new Place("Tbilisi", "GEO"),
            List.of("finance", "ict"), "CBA officials will meet the National Bank of Georgia in Tbilisi in May to "
                    + "discuss payment systems, the Georgian side said on Friday.", 0.6);

    public static final ArticleEvents TBILISI_EVENTS = new ArticleEvents(TBILISI.id(), List.of(TBILISI_MEET));

    // ------------------------- article 3: a forum; two ministries of the same name; a spelling with "the"

    public static final String FORUM_TEXT = "Azerbaijan's Ministry of Energy and Kenya's Ministry of Energy took part "
            + "in the Caspian Energy Forum 2023 in Baku on June 1-3. On the sidelines, THE CENTRAL BANK OF AZERBAIJAN "
            + "met Kenya's delegation to discuss green bonds.";

    public static final Article FORUM = new Article("forum-1", "https://news.example/2023/06/forum",
            LocalDate.of(2023, 6, 4), FORUM_TEXT);

    public static final Event FORUM_ATTEND_AZE = new Event(EventType.ATTEND, Status.DONE, List.of(ENERGY_AZE), null,
            "Caspian Energy Forum 2023", List.of(), "2023-06-01/2023-06-03", new Place("Baku", "AZE"),
            List.of("energy"), "Azerbaijan's Ministry of Energy and Kenya's Ministry of Energy took part in the "
                    + "Caspian Energy Forum 2023 in Baku on June 1-3.", 0.7);

    public static final Event FORUM_ATTEND_KEN = new Event(EventType.ATTEND, Status.DONE, List.of(ENERGY_KEN), null,
            "Caspian Energy Forum 2023", List.of(), "2023-06-01/2023-06-03", new Place("Baku", "AZE"),
            List.of("energy"), FORUM_ATTEND_AZE.evidence(), 0.7);

    public static final Event FORUM_MEET = new Event(EventType.MEET, Status.DONE,
            List.of(new Actor("THE CENTRAL BANK OF AZERBAIJAN", "AZE", ActorKind.GOV), KENYA), null, null, List.of(),
            null, null, List.of("finance", "environment"), "On the sidelines, THE CENTRAL BANK OF AZERBAIJAN met "
                    + "Kenya's delegation to discuss green bonds.", 0.55);

    public static final ArticleEvents FORUM_EVENTS = new ArticleEvents(FORUM.id(),
            List.of(FORUM_ATTEND_AZE, FORUM_ATTEND_KEN, FORUM_MEET));

    // ------------------------------------------------------------------------------- article 4: no events

    public static final Article WEATHER = new Article("weather-1", "https://news.example/2023/06/rain",
            LocalDate.of(2023, 6, 5), "Heavy rain is expected in the north on Tuesday, forecasters said.");

    public static final ArticleEvents WEATHER_EVENTS = new ArticleEvents(WEATHER.id(), List.of());

    /** The four articles with their events, in order. */
    public static List<Pair> all() {
        return List.of(new Pair(BANKS, BANKS_EVENTS), new Pair(TBILISI, TBILISI_EVENTS),
                new Pair(FORUM, FORUM_EVENTS), new Pair(WEATHER, WEATHER_EVENTS));
    }

    /** Stores the four articles with a new ingestor (no aliases file). */
    public static void ingestAll(org.entente.store.Store store) {
        try (var ingestor = new org.entente.store.ingest.Ingestor(store, org.entente.store.actor.AliasFile.empty())) {
            for (Pair p : all()) {
                ingestor.ingest(p.article(), p.article().id(), p.events());
            }
        }
    }

    /** An article with what the extractor reports for it. */
    public record Pair(Article article, ArticleEvents events) {
    }
}
