package org.entente.web.submit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.entente.article.Article;
import org.entente.store.StoreException;
import org.entente.web.http.ApiException;

/**
 * Posted articles waiting for extraction: a bounded queue in front of one worker thread, so that a request is
 * answered at once (202 with a job to poll) instead of after seconds of CoreNLP, and a burst of posts is refused
 * (503, come back later) instead of piling up threads and memory.
 *
 * <p>One worker because extraction already uses the cores and {@link ArticleSubmission} is one writer. Finished
 * jobs are kept for polling, the most recent {@link #KEPT_JOBS} of them.
 */
public final class SubmissionQueue implements AutoCloseable {

    /** Submissions that may wait at once by default. */
    public static final int DEFAULT_CAPACITY = 16;
    /** Finished jobs remembered for {@code GET /api/jobs/{id}}. */
    public static final int KEPT_JOBS = 1_000;
    /** What a submission is assumed to take before one has been timed, in milliseconds. */
    private static final long FIRST_GUESS_MILLIS = 10_000;

    private static final Logger LOG = Logger.getLogger(SubmissionQueue.class.getName());

    private final ArticleSubmission submission;
    private final ThreadPoolExecutor worker;
    private final Map<Long, SubmissionJob> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong lastMillis = new AtomicLong(FIRST_GUESS_MILLIS);

    /** A queue of {@code capacity} waiting submissions (the one being extracted not counted). */
    public SubmissionQueue(ArticleSubmission submission, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1: " + capacity);
        }
        this.submission = submission;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity), r -> {
            Thread t = new Thread(null, r, "entente-submissions", 64L << 20); // CoreNLP's parser recurses deeply
            t.setDaemon(true);
            return t;
        });
    }

    /** Thrown when the queue is full: try again after {@link #retryAfterSeconds()}. */
    public static final class Full extends RuntimeException {
        private final long retryAfterSeconds;

        Full(long retryAfterSeconds) {
            super("the submission queue is full", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /**
     * Queues a submission: {@code articles} is called on the worker (fetching addresses happens there too), then
     * its articles are extracted and stored.
     *
     * @throws Full when {@code capacity} submissions are waiting already
     */
    public SubmissionJob submit(Callable<List<Article>> articles) {
        SubmissionJob job = SubmissionJob.queued(ids.incrementAndGet());
        jobs.put(job.id(), job);
        try {
            worker.execute(() -> run(job, articles));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw new Full(retryAfterSeconds());
        }
        forgetOldJobs();
        return job;
    }

    /** A job by its id, while it is remembered. */
    public Optional<SubmissionJob> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** How many submissions wait (not counting the one being extracted). */
    public int waiting() {
        return worker.getQueue().size();
    }

    /** A fair wait before trying again: the queue's length times the last submission's duration. */
    long retryAfterSeconds() {
        return Math.max(1, (waiting() + 1) * lastMillis.get() / 1000);
    }

    private void run(SubmissionJob queued, Callable<List<Article>> articles) {
        SubmissionJob job = queued.running();
        jobs.put(job.id(), job);
        long t = System.nanoTime();
        try {
            jobs.put(job.id(), job.done(submission.submit(articles.call())));
        } catch (ApiException e) {
            jobs.put(job.id(), job.failed(e.status(), e.getMessage()));
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "knowledge base failure on submission " + job.id(), e);
            jobs.put(job.id(), job.failed(503, "the knowledge base is not available"));
        } catch (Exception | StackOverflowError e) {
            LOG.log(Level.SEVERE, "submission " + job.id() + " failed", e);
            jobs.put(job.id(), job.failed(500, "internal error"));
        } finally {
            lastMillis.set(Math.max(1, (System.nanoTime() - t) / 1_000_000));
        }
    }

    private void forgetOldJobs() {
        long oldest = ids.get() - KEPT_JOBS;
        if (oldest > 0) {
            jobs.entrySet().removeIf(e -> e.getKey() <= oldest && e.getValue().isOver());
        }
    }

    /** Stops taking submissions; the one being extracted may finish within a few seconds, waiting ones are dropped. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
