package org.entente.store.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.event.ActorKind;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.event.DateSpan;

/**
 * What the merge rules compare of one stored report: its type, status, parties (canonical actors with their
 * country and kind), date span, place, and the day its article was published.
 *
 * @param eventId    the report's event row
 * @param articleId  its article's row
 * @param date       empty when the report gives no (usable) date
 * @param reportedOn the article's publication day, may be null
 * @param location   the place name, may be null
 */
public record Report(long eventId, long articleId, EventType type, Status status, List<Party> parties,
        Optional<DateSpan> date, LocalDate reportedOn, String location) {

    /** One party: the canonical actor row, its country (null for international bodies) and kind. */
    public record Party(long actorId, String country, ActorKind kind) {
    }

    public Report {
        parties = List.copyOf(parties);
    }

    /**
     * The key under which candidates are looked up: type, status and the sorted countries of the parties
     * ({@code -} for a party without one), e.g. {@code MEET|DONE|ARE,IND}. Reports that can merge always
     * share it, since both actor rules keep the countries.
     */
    public String partyKey() {
        return partyKey(type, status, parties);
    }

    static String partyKey(EventType type, Status status, List<Party> parties) {
        return type + "|" + status + "|" + parties.stream()
                .map(p -> p.country() == null ? "-" : p.country().toUpperCase(Locale.ROOT))
                .sorted().collect(Collectors.joining(","));
    }
}
