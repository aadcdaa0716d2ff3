package org.entente.web.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.article.Article;
import org.entente.store.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The submission jobs' table (V6) on H2 and PostgreSQL: states, recovery at start-up, forgetting old jobs. */
class JobStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.entente.store.testing.TestDatabase#backends")
    void jobsKeepTheirStateAndTheirRequestAndRecoverAtStart(TestDatabase.Backend backend) {
        try (TestDatabase db = TestDatabase.create(backend, dir)) {
            JobStore jobs = new JobStore(db.store());
            SubmissionRequest article = SubmissionRequest.of(new Article("a1", "https://x.example/a1",
                    LocalDate.of(2024, 2, 3), "Text \"quoted\" and\nlines."));
            SubmissionRequest urls = SubmissionRequest.ofUrls(List.of("https://x.example/1", "https://x.example/2"));
            SubmissionJob done = jobs.insert(article);
            SubmissionJob running = jobs.insert(urls);
            SubmissionJob twice = jobs.insert(article);
            SubmissionJob queued = jobs.insert(urls);
            assertEquals(done.id() + 3, queued.id());
            assertEquals(done, jobs.find(done.id()).orElseThrow(), "read back as written");

            SubmissionJob finished = done.running().done(List.of(new SubmittedArticle("a1", "https://x.example/a1",
                    "stored", List.of(4L, 5L))));
            jobs.save(done.running());
            jobs.save(finished);
            assertEquals(finished.articles(), jobs.find(done.id()).orElseThrow().articles());
            assertEquals(SubmissionJob.State.DONE, jobs.find(done.id()).orElseThrow().state());
            jobs.save(running.running());
            jobs.save(twice.running());
            jobs.save(twice.running()); // its second run: the server stopped during both

            List<JobStore.Pending> left = jobs.recover();
            assertEquals(List.of(running.id(), queued.id()), left.stream().map(p -> p.job().id()).toList(),
                    "the running job (once) and the queued one, in order");
            assertEquals(urls, left.get(0).request());
            assertEquals(SubmissionJob.State.QUEUED, left.get(0).job().state());
            SubmissionJob gaveUp = jobs.find(twice.id()).orElseThrow();
            assertEquals(SubmissionJob.State.FAILED, gaveUp.state());
            assertEquals(500, gaveUp.status());
            assertTrue(gaveUp.error().contains("server stopped"), gaveUp.error());
            assertEquals(article, SubmissionRequest.fromJson(article.toJson()));

            jobs.forgetUpTo(twice.id());
            assertTrue(jobs.find(done.id()).isEmpty(), "finished and old: forgotten");
            assertTrue(jobs.find(twice.id()).isEmpty());
            assertTrue(jobs.find(running.id()).isPresent(), "not finished: kept");
        }
    }
}
