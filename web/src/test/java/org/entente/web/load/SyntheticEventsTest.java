package org.entente.web.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.entente.store.query.EventFilter;
import org.entente.store.query.EventQuery;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load test's generator stores at least the events asked for, every record marked synthetic. */
class SyntheticEventsTest {

    @Test
    void storesArticlesUntilAtLeastTheRequestedNumberOfEventsIsShown(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Backend.H2, dir)) {
            long shown = SyntheticEvents.fill(db.store(), 95, null);
            assertEquals(shown, db.store().counts().distinctEvents());
            assertTrue(shown >= 95 && shown <= 100, "whole articles of 10 events, few merged: " + shown);
            assertEquals(10, db.store().counts().articles());
            assertEquals(100, db.store().counts().events());
            new EventQuery(db.store()).find(EventFilter.none()).forEach(e -> {
                assertTrue(e.event().evidence().startsWith("(synthetic)"), e.event().evidence());
                assertTrue(e.sources().get(0).url().startsWith("https://synthetic.invalid/"));
            });
        }
    }
}
