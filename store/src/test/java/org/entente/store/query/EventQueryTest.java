package org.entente.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.event.Actor;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.event.Source;
import org.entente.store.event.StoredEvent;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every criterion of {@link EventFilter} over the sample events, on H2 and PostgreSQL. The five events, in
 * date order: AGREE/AZE-TUR (2023-03-12), MEET/AZE-GEO (planned, 2023-05), ATTEND/AZE and ATTEND/KEN
 * (2023-06-01/2023-06-03), MEET/AZE-KEN (undated, last).
 */
class EventQueryTest {

    @TempDir
    Path dir;

    private TestDatabase db;
    private EventQuery query;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private void open(TestDatabase.Backend backend) {
        db = TestDatabase.create(backend, dir);
        Samples.ingestAll(db.store());
        query = new EventQuery(db.store());
    }

    /** Type and the parties' countries: unique among the samples. */
    private List<String> find(EventFilter f) {
        return query.find(f).stream().map(s -> s.event().type() + "/"
                + s.event().actors().stream().map(Actor::country).collect(Collectors.joining("-"))).toList();
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void no_filter_gives_every_event_in_date_order_with_canonical_actors_and_sources(TestDatabase.Backend backend) {
        open(backend);
        assertEquals(List.of("AGREE/AZE-TUR", "MEET/AZE-GEO", "ATTEND/AZE", "ATTEND/KEN", "MEET/AZE-KEN"),
                find(EventFilter.none()));
        StoredEvent tbilisi = query.find(EventFilter.none()).get(1);
        assertEquals("Central Bank of Azerbaijan", tbilisi.event().actors().get(0).name(), "canonical, not 'CBA'");
        assertEquals(List.of(new Source("tbilisi-1", null, Samples.TBILISI_MEET.evidence())), tbilisi.sources());
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void by_actor_alias_or_words_of_its_name(TestDatabase.Backend backend) {
        open(backend);
        assertEquals(List.of("AGREE/AZE-TUR", "MEET/AZE-GEO", "MEET/AZE-KEN"), find(EventFilter.none().withActor("CBA")));
        assertEquals(find(EventFilter.none().withActor("CBA")),
                find(EventFilter.none().withActor("the Central Bank of Azerbaijan")));
        assertEquals(List.of("ATTEND/AZE", "ATTEND/KEN"), find(EventFilter.none().withActor("energy")));
        assertEquals(List.of("MEET/AZE-KEN"), find(EventFilter.none().withActor("Kenya")));
        assertEquals(List.of(), find(EventFilter.none().withActor("Bank of Japan")));
        assertEquals(List.of("AGREE/AZE-TUR", "MEET/AZE-GEO", "MEET/AZE-KEN"), find(EventFilter.none().withActor("bank")));
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void by_country_and_by_pair(TestDatabase.Backend backend) {
        open(backend);
        assertEquals(List.of("ATTEND/KEN", "MEET/AZE-KEN"), find(EventFilter.none().withCountry("KEN")));
        assertEquals(List.of("AGREE/AZE-TUR", "MEET/AZE-GEO", "ATTEND/AZE", "MEET/AZE-KEN"),
                find(EventFilter.none().withCountry("aze")));
        assertEquals(List.of("AGREE/AZE-TUR"), find(EventFilter.none().withPair("AZE", "TUR")));
        assertEquals(List.of("AGREE/AZE-TUR"), find(EventFilter.none().withPair("tur", "aze")));
        assertEquals(List.of("MEET/AZE-KEN"), find(EventFilter.none().withPair("AZE", "KEN")));
        assertEquals(List.of(), find(EventFilter.none().withPair("AZE", "AZE")), "two different parties");
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void by_type_status_and_sphere(TestDatabase.Backend backend) {
        open(backend);
        assertEquals(List.of("MEET/AZE-GEO", "MEET/AZE-KEN"), find(EventFilter.none().withType(EventType.MEET)));
        assertEquals(List.of("MEET/AZE-GEO"), find(EventFilter.none().withStatus(Status.PLANNED)));
        assertEquals(List.of("AGREE/AZE-TUR", "MEET/AZE-GEO", "MEET/AZE-KEN"),
                find(EventFilter.none().withSphere("finance")));
        assertEquals(List.of("MEET/AZE-GEO"), find(EventFilter.none().withSphere("ICT")));
        assertEquals(List.of("MEET/AZE-KEN"), find(EventFilter.none().withCountry("AZE").withType(EventType.MEET)
                .withStatus(Status.DONE)));
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void by_date_range_overlap(TestDatabase.Backend backend) {
        open(backend);
        assertEquals(List.of("MEET/AZE-GEO", "ATTEND/AZE", "ATTEND/KEN"),
                find(EventFilter.none().withFrom(LocalDate.of(2023, 5, 15))), "undated events are left out");
        assertEquals(List.of("AGREE/AZE-TUR", "MEET/AZE-GEO"), find(EventFilter.none().withTo(LocalDate.of(2023, 5, 1))));
        assertEquals(List.of("ATTEND/AZE", "ATTEND/KEN"), find(EventFilter.none()
                .withFrom(LocalDate.of(2023, 6, 2)).withTo(LocalDate.of(2023, 6, 2))));
        assertEquals(List.of(), find(EventFilter.none().withFrom(LocalDate.of(2024, 1, 1))));
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void by_text_and_limit(TestDatabase.Backend backend) {
        open(backend);
        assertEquals(List.of("MEET/AZE-KEN"), find(EventFilter.none().withText("Green Bonds")));
        assertEquals(List.of("AGREE/AZE-TUR"), find(EventFilter.none().withText("MEMORANDUM")));
        assertEquals(List.of("ATTEND/AZE", "ATTEND/KEN"), find(EventFilter.none().withText("caspian energy forum")));
        assertEquals(List.of(), find(EventFilter.none().withText("100%")), "wildcards are literal");
        assertEquals(List.of("AGREE/AZE-TUR", "MEET/AZE-GEO"), find(EventFilter.none().withLimit(2)));
    }
}
