package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot be opened is one clear line, whatever the backend's exception looks like. */
class OpenFailureTest {

    @TempDir
    Path dir;

    private static void assertOneLine(String message) {
        assertFalse(message.contains("\n"), message);
        assertTrue(message.length() < 300, message);
    }

    @Test
    void a_data_directory_that_is_a_file() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(StoreLocation.h2(file)));
        assertTrue(e.getMessage().startsWith("cannot create the data directory " + file + ": "), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void a_database_file_that_is_not_a_database() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve(StoreLocation.H2_FILE + ".mv.db"), "this is no database, only text\n".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> Store.open(StoreLocation.h2(data)));
        assertTrue(e.getMessage().startsWith("cannot open the database jdbc:h2:file:"), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void an_unreachable_postgresql_names_the_place_without_the_password() {
        StoreException e = assertThrows(StoreException.class, () -> Store.open(StoreLocation.jdbc(
                "jdbc:postgresql://127.0.0.1:1/nowhere?user=u&password=secret", null, null)));
        assertTrue(e.getMessage().startsWith("cannot open the database jdbc:postgresql://127.0.0.1:1/nowhere"),
                e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void driver_messages_are_cut_to_their_first_line_without_codes() {
        assertEquals("The file is locked: /d/entente.mv.db", StoreException.firstLine(
                new java.sql.SQLException("The file is locked: /d/entente.mv.db [2.2.224/7]\nat ...")));
        assertEquals("Table \"X\" not found", StoreException.firstLine(
                new java.sql.SQLException("Table \"X\" not found; SQL statement:\nSELECT * FROM x [42102-224]")));
        assertEquals("RuntimeException", StoreException.firstLine(new RuntimeException()));
    }

    @Test
    void an_unknown_kind_of_database() {
        StoreException e = assertThrows(StoreException.class,
                () -> Store.open(StoreLocation.jdbc("jdbc:nosuchdb://x", null, null)));
        assertOneLine(e.getMessage());
    }
}
