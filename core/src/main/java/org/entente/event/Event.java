package org.entente.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One cooperation event as {@code spec/EVENTS.md} defines it.
 *
 * @param date ISO date, month, year or range "from/to", as precise as the text allows; null if unknown
 */
@JsonPropertyOrder({"type", "status", "actors", "instrument", "event_name", "people", "date", "location",
        "spheres", "evidence", "confidence", "plover", "cameo"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Event(
        EventType type,
        Status status,
        List<Actor> actors,
        Instrument instrument,
        @JsonProperty("event_name") String eventName,
        List<Person> people,
        String date,
        Place location,
        List<String> spheres,
        String evidence,
        double confidence) {

    public Event {
        actors = List.copyOf(actors);
        people = people == null ? List.of() : List.copyOf(people);
        spheres = spheres == null ? List.of() : List.copyOf(spheres);
    }

    /** This event with another date (the assembler's default for current news). */
    public Event withDate(String newDate) {
        return new Event(type, status, actors, instrument, eventName, people, newDate, location, spheres, evidence,
                confidence);
    }

    /** This event with another place (decided once the whole article is read). */
    public Event withLocation(Place newLocation) {
        return new Event(type, status, actors, instrument, eventName, people, date, newLocation, spheres, evidence,
                confidence);
    }

    /** PLOVER category of this event. */
    @JsonProperty("plover")
    public String plover() {
        return type.plover();
    }

    /** CAMEO code: a bilateral ATTEND is still multilateral consultation (043), a MEET is 040, AGREE 057. */
    @JsonProperty("cameo")
    public String cameo() {
        return type.cameo();
    }
}
