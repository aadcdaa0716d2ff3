package org.entente.store.export;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.event.Event;
import org.entente.store.event.DateSpan;
import org.entente.store.event.Source;
import org.entente.store.event.StoredEvent;

/**
 * One CSV row per event: the spec's fields flattened. Lists are joined with {@code "; "}; an actor is written
 * {@code name [COUNTRY KIND]}, a person {@code name, title (for)}.
 */
final class CsvExport extends DelimitedExport {

    static final List<String> COLUMNS = Arrays.asList("event_id", "type", "status", "date", "date_from", "date_to",
            "actors", "countries", "instrument_kind", "instrument", "event_name", "location", "location_country",
            "spheres", "people", "confidence", "plover", "cameo", "source_count", "articles", "urls", "evidence");

    CsvExport() {
        super(DelimitedRow.csv(), COLUMNS);
    }

    @Override
    List<?> values(StoredEvent s) {
        Event e = s.event();
        var span = DateSpan.of(e.date());
        return Arrays.asList(s.id(), e.type(), e.status().json(), e.date(),
                span.map(DateSpan::from).orElse(null), span.map(DateSpan::to).orElse(null),
                e.actors().stream().map(a -> a.name() + " [" + (a.country() == null ? "-" : a.country()) + " "
                        + a.kind() + "]").collect(Collectors.joining("; ")),
                e.actors().stream().map(a -> a.country() == null ? "-" : a.country()).collect(Collectors.joining("; ")),
                e.instrument() == null || e.instrument().kind() == null ? null : e.instrument().kind().json(),
                e.instrument() == null ? null : e.instrument().text(), e.eventName(),
                e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
                String.join("; ", e.spheres()),
                e.people().stream().map(p -> (p.name() == null ? "" : p.name())
                        + (p.title() == null ? "" : ", " + p.title())
                        + (p.forActor() == null ? "" : " (" + p.forActor() + ")")).collect(Collectors.joining("; ")),
                e.confidence(), e.plover(), e.cameo(), s.sources().size(),
                s.sources().stream().map(Source::articleId).collect(Collectors.joining("; ")),
                s.sources().stream().map(Source::url).filter(u -> u != null).collect(Collectors.joining("; ")),
                e.evidence());
    }
}
