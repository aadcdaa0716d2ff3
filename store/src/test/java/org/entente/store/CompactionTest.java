package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Compaction} on a base whose file holds much dead space (rows written in small commits, most deleted): the
 * file shrinks, every table keeps its rows, the store opens and reads as before; a base another process has open
 * is refused and left as it was.
 */
class CompactionTest {

    @TempDir
    Path dir;

    @Test
    void shrinksTheFileAndKeepsEveryRow() throws Exception {
        try (Store store = Store.open(StoreLocation.h2(dir)); Connection c = store.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE pad (id INT PRIMARY KEY, text VARCHAR(2000))");
            }
            c.setAutoCommit(false);
            String text = "x".repeat(1500);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO pad (id, text) VALUES (?, ?)")) {
                for (int i = 0; i < 3000; i++) {
                    p.setInt(1, i);
                    p.setString(2, text + i);
                    p.executeUpdate();
                    if (i % 20 == 19) {
                        store.commit(c);
                    }
                }
            }
            store.commit(c);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM pad WHERE MOD(id, 10) <> 0");
            }
            store.commit(c);
        }
        long before = Files.size(Compaction.databaseFile(dir));

        Compaction.Result r = Compaction.compact(dir);

        assertEquals(before, r.bytesBefore());
        assertTrue(r.bytesAfter() < before / 2, r.bytesAfter() + " of " + before);
        assertEquals(r.bytesAfter(), Files.size(Compaction.databaseFile(dir)));
        assertEquals(300L, r.rows().get("PAD"));
        assertTrue(r.rows().containsKey("EVENTS"), "the application's tables are counted too: " + r.rows().keySet());
        assertFalse(Files.exists(dir.resolve("entente.mv.db" + Compaction.BACKUP_SUFFIX)), "the old file is let go");
        try (Store store = Store.open(StoreLocation.h2(dir)); Connection c = store.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(text) FROM pad")) {
            rs.next();
            assertEquals(300, rs.getInt(1));
            assertEquals("x".repeat(1500) + "0", rs.getString(2));
            assertEquals(0, store.counts().events());
        }
    }

    @Test
    void refusesABaseAnotherProcessHasOpen() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CommitProbeMain.class.getName(), "h2", dir.toString());
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && !Files.readString(log).contains(CommitProbeMain.COMMITTED)
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(child.isAlive(), Files.readString(log));
            long size = Files.size(Compaction.databaseFile(dir));

            StoreException e = assertThrows(StoreException.class, () -> Compaction.compact(dir));

            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
            assertTrue(child.isAlive(), "the holder goes on");
            assertTrue(Files.size(Compaction.databaseFile(dir)) >= size, "the file was not rewritten");
            assertFalse(Files.exists(dir.resolve("entente.mv.db" + Compaction.BACKUP_SUFFIX)));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void saysWhenThereIsNoBase() {
        StoreException e = assertThrows(StoreException.class, () -> Compaction.compact(dir.resolve("none")));
        assertTrue(e.getMessage().startsWith("no embedded database in "), e.getMessage());
    }
}
