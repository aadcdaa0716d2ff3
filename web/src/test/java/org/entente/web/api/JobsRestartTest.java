package org.entente.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.entente.store.testing.TestDatabase;
import org.entente.web.submit.JobStore;
import org.entente.web.testing.WebFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The submission queue survives a restart of the server on the same knowledge base: finished jobs can still be
 * polled, a job that was waiting runs, a job that was running runs again (storing nothing twice), and a job the
 * server stopped during twice is failed, saying so.
 */
class JobsRestartTest {

    @TempDir
    Path dir;

    private static long post(WebFixture web, String id, String text) throws Exception {
        WebFixture.Response r = web.post("/api/articles", ArticlesApiTest.article(id, text), WebFixture.TOKEN);
        assertEquals(202, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    private static void awaitRunning(WebFixture web, long job) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!web.get("/api/jobs/" + job).json().get("status").asText().equals("running")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + job + " does not start: " + web.get("/api/jobs/" + job).body());
            }
            Thread.sleep(10);
        }
    }

    @Test
    void queuedAndRunningJobsResumeAfterARestartAndFinishedOnesAreStillThere() throws Exception {
        try (WebFixture web = WebFixture.start(TestDatabase.Backend.H2, dir)) {
            JsonNode first = web.submit(ArticlesApiTest.article("before", "Georgia's bank met the board before."));
            assertEquals("done", first.get("status").asText());
            long held = post(web, "held", "WAIT: the National Bank of Georgia met the board.");
            awaitRunning(web, held);
            long waiting = post(web, "waiting", "The Capital Markets Board met the bank on Friday.");
            assertEquals("queued", web.get("/api/jobs/" + waiting).json().get("status").asText());

            web.restart(); // the held job is still in the extractor, the other one waits
            web.gate.countDown();

            JsonNode again = web.get("/api/jobs/" + first.get("id").asLong()).json();
            assertEquals(first, again, "a finished job reads the same after the restart");
            JsonNode resumed = web.awaitJob(held);
            assertEquals("done", resumed.get("status").asText(), resumed.toString());
            assertEquals("stored", resumed.get("articles").get(0).get("outcome").asText(), "stored by the resumed run");
            assertEquals(1, resumed.get("articles").get(0).get("events").size(), resumed.toString());
            JsonNode ran = web.awaitJob(waiting);
            assertEquals("done", ran.get("status").asText(), ran.toString());
            assertEquals("stored", ran.get("articles").get(0).get("outcome").asText());
            // the three posted reports of the same meeting merge into one event
            assertEquals(6, web.get("/api/events").json().get("total").asInt(), "five samples and the posted meeting");
            long next = post(web, "after", "Nothing happened.");
            assertTrue(next > waiting, "numbers go on: " + next);
            assertEquals("done", web.awaitJob(next).get("status").asText());
        }
    }

    @Test
    void aJobTheServerStoppedDuringTwiceIsFailed() throws Exception {
        try (WebFixture web = WebFixture.start(TestDatabase.Backend.H2, dir)) {
            long job = post(web, "stuck", "WAIT forever");
            awaitRunning(web, job);
            for (int restart = 1; restart <= JobStore.MAX_ATTEMPTS; restart++) {
                    web.restart();
                if (restart < JobStore.MAX_ATTEMPTS) {
                    awaitRunning(web, job); // run again, and held again
                }
            }
            JsonNode failed = web.get("/api/jobs/" + job).json();
            assertEquals("failed", failed.get("status").asText(), failed.toString());
            assertEquals(500, failed.get("error").get("status").asInt());
            assertTrue(failed.get("error").get("error").asText().contains("server stopped"), failed.toString());
            assertEquals("done", web.submit(ArticlesApiTest.article("later", "Nothing happened.")).get("status")
                    .asText(), "the queue works on");
            web.gate.countDown();
        }
    }
}
