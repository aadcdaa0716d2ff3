package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.entente.store.Store;
import org.entente.store.StoreLocation;
import org.entente.store.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente compact}: a stored base compacted reads the same; no base, or a server database, is said so. */
class CompactCommandTest {

    @TempDir
    Path dir;

    private final StoreCommandRunner cli = new StoreCommandRunner(null);

    @Test
    void aCompactedBaseListsTheSameEvents() {
        try (Store store = Store.open(StoreLocation.h2(dir))) {
            Samples.ingestAll(store);
        }
        StoreCommandRunner.Run before = cli.runRaw("events", "--data", dir.toString());
        assertEquals(0, before.code(), before.err());

        StoreCommandRunner.Run r = cli.runRaw("compact", "--data", dir.toString());

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().matches("compacted .*entente\\.mv\\.db: [0-9,]+ KB -> [0-9,]+ KB in [0-9.]+ s; [0-9,]+ rows in "
                + "\\d+ tables, the same before and after\\n"), r.out());
        StoreCommandRunner.Run after = cli.runRaw("events", "--data", dir.toString());
        assertEquals(before.out(), after.out());
        assertEquals(5, after.lines().size(), after.out());
    }

    @Test
    void noBaseIsAnErrorAndAServerDatabaseAUsageError() {
        StoreCommandRunner.Run none = cli.runRaw("compact", "--data", dir.resolve("empty").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().startsWith("entente: no embedded database in "), none.err());

        StoreCommandRunner.Run server = cli.runRaw("compact", "--db", "jdbc:postgresql://localhost/entente");
        assertEquals(2, server.code());
        assertTrue(server.err().contains("not on --db"), server.err());
    }
}
