package org.entente.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.entente.event.Event;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The three export formats over the sample events, on H2 and PostgreSQL. */
class EventExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private List<String> export(TestDatabase.Backend backend, ExportFormat format) {
        db = TestDatabase.create(backend, dir);
        Samples.ingestAll(db.store());
        EventExport export = EventExport.of(format);
        StringWriter out = new StringWriter();
        try {
            export.begin(out);
            new EventQuery(db.store()).forEach(EventFilter.none(), e -> {
                try {
                    export.write(out, e);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(out.toString().split("\n"));
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void jsonl_is_the_spec_record_with_id_and_sources(TestDatabase.Backend backend) throws IOException {
        List<String> lines = export(backend, ExportFormat.JSONL);
        assertEquals(5, lines.size());
        JsonNode agree = JSON.readTree(lines.get(0));
        assertTrue(agree.get("id").isNumber());
        JsonNode expected = JSON.valueToTree(Samples.BANKS_AGREE);
        expected.fieldNames().forEachRemaining(f -> assertEquals(expected.get(f), agree.get(f), f));
        assertEquals(List.of("id", "type", "status", "actors", "instrument", "event_name", "people", "date", "location",
                "spheres", "evidence", "confidence", "plover", "cameo", "sources"), fields(agree));
        JsonNode source = agree.get("sources").get(0);
        assertEquals("banks-1", source.get("article").asText());
        assertEquals(Samples.BANKS.url(), source.get("url").asText());
        assertEquals(Samples.BANKS_AGREE.evidence(), source.get("evidence").asText());
        Event tbilisi = JSON.treeToValue(withoutExtras(JSON.readTree(lines.get(1))), Event.class);
        assertEquals("Central Bank of Azerbaijan", tbilisi.actors().get(0).name());
        assertTrue(JSON.readTree(lines.get(1)).get("sources").get(0).get("url").isNull());
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void csv_has_a_header_and_one_quoted_row_per_event(TestDatabase.Backend backend) {
        List<String> lines = export(backend, ExportFormat.CSV);
        assertEquals(String.join(",", CsvExport.COLUMNS), lines.get(0));
        assertEquals(6, lines.size());
        String agree = lines.get(1);
        assertTrue(agree.matches("\\d+,AGREE,done,2023-03-12,2023-03-12,2023-03-12,"
                + "Central Bank of Azerbaijan \\[AZE GOV\\]; Capital Markets Board \\[TUR GOV\\],AZE; TUR,mou,.*"), agree);
        assertTrue(agree.contains(",\"Elnur Mammadli, Governor (Central Bank of Azerbaijan); Kerem Aydin, chairman "
                + "(Capital Markets Board)\","), "a field with commas is quoted: " + agree);
        assertTrue(agree.endsWith(",AGREE,057,1,banks-1,https://news.example/2023/03/banks,"
                + Samples.BANKS_AGREE.evidence()), agree);
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void plover_rows_name_actor_recipient_and_category(TestDatabase.Backend backend) {
        List<String> lines = export(backend, ExportFormat.PLOVER);
        assertEquals(String.join("\t", PloverExport.COLUMNS), lines.get(0));
        assertEquals(6, lines.size());
        String[] meet = lines.get(2).split("\t", -1);
        assertEquals(PloverExport.COLUMNS.size(), meet.length);
        assertEquals(List.of("2023-05", "CONSULT", "", "Central Bank of Azerbaijan", "AZE", "GOV",
                "National Bank of Georgia", "GEO", "GOV", "", "Tbilisi", "GEO", "finance;ict", "", "planned", "040", "1",
                ""), List.of(meet).subList(1, meet.length));
        String[] attend = lines.get(3).split("\t", -1);
        assertEquals("CONSULT", attend[2]);
        assertEquals("multilateral", attend[3]);
        assertEquals("Caspian Energy Forum 2023", attend[14]);
        assertEquals("043", attend[16]);
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode withoutExtras(JsonNode n) {
        com.fasterxml.jackson.databind.node.ObjectNode o = n.deepCopy();
        o.remove(List.of("id", "sources", "plover", "cameo"));
        return o;
    }
}
