package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente bench-store}: a small run kept with {@code --keep}, then {@code --queries-only} on it. */
class BenchStoreCommandTest {

    @TempDir
    Path dir;

    @Test
    void aKeptBaseIsQueriedAgain() {
        StoreCommandRunner cli = new StoreCommandRunner(null);
        Path kept = dir.resolve("kept");
        StoreCommandRunner.Run full = cli.runRaw("bench-store", "--articles", "300", "--repeat", "2", "--keep",
                kept.toString());
        assertEquals(0, full.code(), full.err());
        assertTrue(full.out().contains("ingest: 300 articles"), full.out());
        assertTrue(full.out().contains("p99 ms"), full.out());

        StoreCommandRunner.Run again = cli.runRaw("bench-store", "--queries-only", "--repeat", "3", "--keep",
                kept.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("bench-store --queries-only: 300 articles"), again.out());
        assertTrue(again.out().contains("events --pair AZE,TUR"), again.out());
        assertTrue(again.out().contains("      3"), "three runs each: " + again.out());
        assertTrue(!again.out().contains("ingest:"), "nothing ingested");

        StoreCommandRunner.Run nowhere = cli.runRaw("bench-store", "--queries-only");
        assertEquals(2, nowhere.code(), "needs --keep or --db");
        StoreCommandRunner.Run empty = cli.runRaw("bench-store", "--queries-only", "--keep",
                dir.resolve("empty").toString());
        assertEquals(1, empty.code());
        assertTrue(empty.err().contains("needs a filled database"), empty.err());
    }
}
