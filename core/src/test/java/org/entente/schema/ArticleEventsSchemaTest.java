package org.entente.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
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
import org.junit.jupiter.api.Test;

/** The output schema accepts what the event model serialises to, and rejects what the spec forbids. */
class ArticleEventsSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Actor AGENCY = new Actor("Export Promotion Agency", "AZE", ActorKind.GOV);
    private static final Actor CHAMBER = new Actor("Chamber of Commerce of Lyon", "FRA", ActorKind.BUS);
    private static final Actor UNION = new Actor("European Union", null, ActorKind.IGO);

    static Event agree() {
        return new Event(EventType.AGREE, Status.DONE, List.of(AGENCY, CHAMBER),
                new Instrument("memorandum of understanding on trade", InstrumentKind.MOU), "Caspian Trade Fair 2021",
                List.of(new Person("Anna Example", "Director", AGENCY.name()),
                        new Person(null, "President", CHAMBER.name())),
                "2021-05-11/2021-05-13", new Place("Baku", "AZE"), List.of("trade", "investment"),
                "The agency and the chamber signed a memorandum of understanding on trade.", 0.82);
    }

    static Event meet() {
        return new Event(EventType.MEET, Status.PLANNED, List.of(UNION, CHAMBER), null, null, List.of(), "2022",
                null, List.of(), "Officials of the European Union will meet the chamber next year.", 0.4);
    }

    static Event attend() {
        return new Event(EventType.ATTEND, Status.DONE, List.of(AGENCY), null, "Caspian Trade Fair 2021", null,
                null, new Place("Baku", null), null, "The agency exhibited at the fair.", 1.0);
    }

    @Test
    void schemaIsValidDraft202012() throws Exception {
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ArticleEventsSchema.RESOURCE)) {
            schema = JSON.readTree(in);
        }
        assertEquals(List.of(), meta.validate(schema).stream().map(Object::toString).toList());
    }

    @Test
    void hand_built_events_conform() {
        ArticleEventsSchema.assertValid(new ArticleEvents("a-1", List.of(agree(), meet(), attend())));
        ArticleEventsSchema.assertValid(new ArticleEvents("a-2", List.of()));
    }

    @Test
    void nulls_are_written_not_omitted() throws Exception {
        JsonNode event = JSON.valueToTree(meet());
        for (String field : List.of("instrument", "event_name", "location")) {
            assertTrue(event.has(field) && event.get(field).isNull(), field + " must be written as null");
        }
        JsonNode actor = JSON.valueToTree(UNION);
        assertTrue(actor.has("country") && actor.get("country").isNull());
    }

    @Test
    void rejects_what_the_spec_forbids() {
        assertInvalid(e -> e.put("type", "SIGN"));
        assertInvalid(e -> e.put("status", "DONE"));
        assertInvalid(e -> e.remove("date"));
        assertInvalid(e -> e.put("date", "17 November 2022"));
        assertInvalid(e -> e.put("date", "2022-13"));
        assertInvalid(e -> e.put("date", "2022-11-17/"));
        assertInvalid(e -> e.put("confidence", 1.5));
        assertInvalid(e -> e.put("cameo", "040")); // an AGREE is 057
        assertInvalid(e -> e.put("plover", "CONSULT"));
        assertInvalid(e -> e.put("extra", 1));
        assertInvalid(e -> e.withArray("spheres").add("friendship"));
        assertInvalid(e -> e.withArray("spheres").add("trade")); // already there
        assertInvalid(e -> e.putArray("actors"));
        assertInvalid(e -> ((ObjectNode) e.get("actors").get(0)).put("country", "AZ"));
        assertInvalid(e -> ((ObjectNode) e.get("actors").get(0)).put("kind", "GOVERNMENT"));
        assertInvalid(e -> ((ObjectNode) e.get("actors").get(0)).remove("country"));
        assertInvalid(e -> ((ObjectNode) e.get("instrument")).put("kind", "MOU"));
        assertInvalid(e -> ((ObjectNode) e.get("people").get(0)).putNull("for"));
        assertInvalid(e -> ((ObjectNode) e.get("location")).put("country", "azerbaijan"));
        assertInvalid(e -> e.put("evidence", ""));
    }

    @Test
    void type_specific_rules() {
        ObjectNode attend = JSON.valueToTree(attend());
        attend.putNull("event_name");
        assertFalse(errorsOf(attend).isEmpty(), "an ATTEND names its gathering");
        ObjectNode meet = JSON.valueToTree(meet());
        meet.set("instrument", JSON.valueToTree(new Instrument("agreement", InstrumentKind.AGREEMENT)));
        assertFalse(errorsOf(meet).isEmpty(), "only an AGREE has an instrument");
    }

    @Test
    void helper_reports_line_and_reason() {
        assertFalse(ArticleEventsSchema.errors("{\"id\": \"x\"}").isEmpty());
        assertFalse(ArticleEventsSchema.errors("not json").isEmpty());
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArticleEventsSchema.assertValid("{\"id\": \"x\", \"events\": [{}]}"));
        assertTrue(e.getMessage().contains("type"), e.getMessage());
    }

    private static List<String> errorsOf(ObjectNode event) {
        ObjectNode line = JSON.createObjectNode().put("id", "x");
        line.putArray("events").add(event);
        return ArticleEventsSchema.errors(line);
    }

    private static void assertInvalid(Consumer<ObjectNode> change) {
        ObjectNode event = JSON.valueToTree(agree());
        assertTrue(errorsOf(event).isEmpty(), "the unchanged event conforms");
        change.accept(event);
        assertFalse(errorsOf(event).isEmpty(), "accepted: " + event);
    }
}
