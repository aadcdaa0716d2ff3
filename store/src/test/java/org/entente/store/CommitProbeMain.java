package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * <b>Test only</b>: the child process of {@link CommitDurabilityTest}. Opens the store given as {@code h2 DIR} or
 * {@code jdbc URL}, then commits transactions of {@value #ROWS} rows each into a table of its own, printing
 * {@value #COMMITTED}{@code N} (flushed) after the N-th commit has returned, until it is killed.
 */
public final class CommitProbeMain {

    static final String COMMITTED = "probe: committed ";
    static final int ROWS = 20;

    private CommitProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        StoreLocation location = args[0].equals("h2") ? StoreLocation.h2(Path.of(args[1]))
                : StoreLocation.jdbc(args[1], null, null);
        try (Store store = Store.open(location); Connection c = store.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE probe (id INT PRIMARY KEY, pad VARCHAR(2000))");
            }
            c.setAutoCommit(false);
            String pad = "x".repeat(1500);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO probe (id, pad) VALUES (?, ?)")) {
                for (int n = 1; ; n++) {
                    for (int i = 0; i < ROWS; i++) {
                        p.setInt(1, n * ROWS + i);
                        p.setString(2, pad);
                        p.executeUpdate();
                    }
                    store.commit(c);
                    System.out.println(COMMITTED + n);
                    System.out.flush();
                    Thread.sleep(2);
                }
            }
        }
    }
}
