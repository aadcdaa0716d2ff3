package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.store.testing.Samples;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code events}, {@code timeline}, {@code actors} and {@code export} over the stored samples, on H2 and
 * PostgreSQL. The five events in date order: AGREE AZE-TUR, MEET AZE-GEO (planned), ATTEND AZE, ATTEND KEN,
 * MEET AZE-KEN (undated).
 */
class QueryCommandsTest {

    @TempDir
    Path dir;

    private TestDatabase db;
    private StoreCommandRunner cli;

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private void open(TestDatabase.Backend backend) {
        db = TestDatabase.create(backend, dir);
        Samples.ingestAll(db.store());
        cli = new StoreCommandRunner(db);
    }

    /** The type column of each listed event. */
    private List<String> types(String... args) {
        StoreCommandRunner.Run r = cli.run("events", args);
        assertEquals(0, r.code(), r.err());
        return r.lines().stream().map(l -> l.split("\\s+")[2] + (l.contains("(TUR)") ? "-TUR" : "")
                + (l.contains("(GEO)") ? "-GEO" : "") + (l.contains("(KEN)") ? "-KEN" : "")).toList();
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void events_with_each_filter(TestDatabase.Backend backend) {
        open(backend);
        assertEquals(List.of("AGREE-TUR", "MEET-GEO", "ATTEND", "ATTEND-KEN", "MEET-KEN"), types());
        assertEquals(List.of("AGREE-TUR", "MEET-GEO", "MEET-KEN"), types("--actor", "CBA"));
        assertEquals(List.of("ATTEND-KEN", "MEET-KEN"), types("--country", "KEN"));
        assertEquals(List.of("AGREE-TUR"), types("--pair", "TUR,AZE"));
        assertEquals(List.of("ATTEND", "ATTEND-KEN"), types("--type", "attend"));
        assertEquals(List.of("MEET-GEO"), types("--status", "planned"));
        assertEquals(List.of("MEET-GEO"), types("--sphere", "ict"));
        assertEquals(List.of("MEET-GEO", "ATTEND", "ATTEND-KEN"), types("--from", "2023-05"));
        assertEquals(List.of("AGREE-TUR"), types("--to", "2023-04"));
        assertEquals(List.of("AGREE-TUR", "MEET-GEO", "ATTEND", "ATTEND-KEN"), types("--from", "2023", "--to", "2023"));
        assertEquals(List.of("MEET-KEN"), types("--text", "green bonds"));
        assertEquals(List.of("AGREE-TUR", "MEET-GEO"), types("--limit", "2"));
        assertEquals(List.of(), types("--actor", "Bank of Japan"));

        StoreCommandRunner.Run line = cli.run("events", "--type", "AGREE");
        assertTrue(line.out().matches("#\\d+\\s+2023-03-12\\s+AGREE\\s+done\\s+Central Bank of Azerbaijan \\(AZE\\) \\+ "
                + "Capital Markets Board \\(TUR\\)  \\| mou: memorandum of understanding on cooperation in banking "
                + "supervision  \\| at Baku, AZE  \\| 1 source\\n"), line.out());
        StoreCommandRunner.Run json = cli.run("events", "--json", "--status", "planned");
        JsonNode planned = read(json.lines().get(0));
        assertEquals("Central Bank of Azerbaijan", planned.get("actors").get(0).get("name").asText());
        assertEquals("tbilisi-1", planned.get("sources").get(0).get("article").asText());

        for (String[] bad : List.of(new String[] {"--type", "VISIT"}, new String[] {"--from", "May 2023"},
                new String[] {"--pair", "AZE"}, new String[] {"--status", "maybe"}, new String[] {"--limit", "-1"})) {
            StoreCommandRunner.Run r = cli.run("events", bad);
            assertEquals(2, r.code(), String.join(" ", bad));
            assertTrue(r.err().startsWith(bad[0]), r.err());
        }
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void timeline_actors_and_show(TestDatabase.Backend backend) {
        open(backend);
        StoreCommandRunner.Run t = cli.run("timeline", "CBA");
        assertEquals(0, t.code(), t.err());
        assertEquals("Central Bank of Azerbaijan (AZE), GOV: 3 events", t.lines().get(0));
        assertEquals("", t.lines().get(1));
        assertEquals(5, t.lines().size());
        assertTrue(t.lines().get(2).contains("2023-03-12"), t.out());
        assertTrue(t.lines().get(4).contains("Kenya (KEN)"), t.out());
        StoreCommandRunner.Run none = cli.run("timeline", "Bank of Japan");
        assertEquals(1, none.code());
        assertEquals("entente: no stored actor is named 'Bank of Japan'\n", none.err());

        StoreCommandRunner.Run actors = cli.run("actors");
        assertEquals(0, actors.code(), actors.err());
        assertEquals(7, actors.lines().size(), "a header and six actors: " + actors.out());
        assertTrue(actors.lines().get(1).matches("\\s+3\\s+3\\s+GOV\\s+AZE\\s+Central Bank of Azerbaijan"), actors.out());
        assertEquals(3, cli.run("actors", "--query", "bank").lines().size());

        StoreCommandRunner.Run show = cli.run("actors show", "cba");
        assertEquals(0, show.code(), show.err());
        List<String> lines = show.lines();
        assertTrue(lines.get(0).startsWith("Central Bank of Azerbaijan (AZE), GOV: 3 events (actor #"), show.out());
        assertTrue(lines.get(1).matches("  Central Bank of Azerbaijan\\s+its own name \\(article banks-1\\)"), show.out());
        assertTrue(lines.get(2).matches("  CBA\\s+acronym of: declared in brackets next to Central Bank of Azerbaijan "
                + "in article banks-1"), show.out());
        assertTrue(lines.get(3).matches("  THE CENTRAL BANK OF AZERBAIJAN\\s+same name: normalises to the same name as "
                + "'Central Bank of Azerbaijan' \\(article forum-1\\)"), show.out());
        assertEquals(1, cli.run("actors show", "nobody").code());
    }

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void export_each_format_to_stdout_or_a_file(TestDatabase.Backend backend) throws IOException {
        open(backend);
        StoreCommandRunner.Run jsonl = cli.run("export", "--format", "jsonl");
        assertEquals(0, jsonl.code(), jsonl.err());
        assertEquals(5, jsonl.lines().size());
        JsonNode agree = read(jsonl.lines().get(0));
        assertEquals("AGREE", agree.get("type").asText());
        assertEquals(Samples.BANKS.url(), agree.get("sources").get(0).get("url").asText());

        Path csv = dir.resolve("out/events.csv");
        Files.createDirectories(csv.getParent());
        StoreCommandRunner.Run toFile = cli.run("export", "--format", "CSV", "--out", csv.toString(), "--country", "KEN");
        assertEquals(0, toFile.code(), toFile.err());
        assertEquals("entente: 2 events written to " + csv + "\n", toFile.err());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("event_id,type,status,date,"), rows.get(0));

        StoreCommandRunner.Run plover = cli.run("export", "-f", "plover", "--type", "MEET");
        assertEquals(3, plover.lines().size());
        assertTrue(plover.lines().get(0).startsWith("event_id\tevent_date\tevent_type\t"), plover.out());
        assertEquals("CONSULT", plover.lines().get(1).split("\t")[2]);

        assertEquals(2, cli.run("export").code(), "--format is required");
        assertEquals(2, cli.run("export", "--format", "xml").code());
        StoreCommandRunner.Run unwritable = cli.run("export", "--format", "csv", "--out",
                dir.resolve("no/such/dir/x.csv").toString());
        assertEquals(1, unwritable.code());
        assertTrue(unwritable.err().startsWith("entente: cannot write " + dir.resolve("no/such/dir/x.csv")),
                unwritable.err());
    }

    private static JsonNode read(String line) {
        try {
            return StoreCommandRunner.JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
