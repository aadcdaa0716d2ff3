package org.entente.web.submit;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
 * <p>The jobs live in the knowledge base ({@link JobStore}): {@link #start} runs those a stopped server left
 * queued or running (see {@link JobStore#recover}), and a job is polled from the table, also after a restart.
 * One worker because extraction already uses the cores and {@link ArticleSubmission} is one writer. Finished jobs
 * are kept for polling, the most recent {@link #KEPT_JOBS} of them.
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
    private final JobStore jobs;
    private final Function<SubmissionRequest, List<Article>> reader;
    private final int capacity;
    private final ThreadPoolExecutor worker;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong lastMillis = new AtomicLong(FIRST_GUESS_MILLIS);
    private volatile boolean closed;

    /**
     * A queue of {@code capacity} waiting submissions (the one being extracted not counted).
     *
     * @param reader the articles of a request (fetching addresses happens there), called on the worker
     */
    public SubmissionQueue(ArticleSubmission submission, JobStore jobs, Function<SubmissionRequest, List<Article>> reader,
            int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1: " + capacity);
        }
        this.submission = submission;
        this.jobs = jobs;
        this.reader = reader;
        this.capacity = capacity;
        // unbounded here: new submissions are bounded by submit(), while those recovered at start all run
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(null, r, "entente-submissions", 64L << 20); // CoreNLP's parser recurses deeply
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs the jobs a stopped server left, in order (see {@link JobStore#recover}).
     *
     * @return how many were queued again
     */
    public int start() {
        List<JobStore.Pending> left = jobs.recover();
        for (JobStore.Pending p : left) {
            enqueue(p.job(), p.request());
        }
        if (!left.isEmpty()) {
            LOG.info("resuming " + left.size() + " submission(s) left by the last run, from job " + left.get(0).job().id());
        }
        return left.size();
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
     * Queues a submission, recorded in the knowledge base first: its articles are read on the worker, then
     * extracted and stored.
     *
     * @throws Full when {@code capacity} submissions are waiting already
     */
    public synchronized SubmissionJob submit(SubmissionRequest request) {
        if (waiting.get() >= capacity) {
            throw new Full(retryAfterSeconds());
        }
        SubmissionJob job = jobs.insert(request);
        enqueue(job, request);
        if (job.id() > KEPT_JOBS) {
            jobs.forgetUpTo(job.id() - KEPT_JOBS);
        }
        return job;
    }

    private void enqueue(SubmissionJob job, SubmissionRequest request) {
        waiting.incrementAndGet();
        worker.execute(() -> run(job, request));
    }

    /** A job by its id, while it is remembered. */
    public Optional<SubmissionJob> job(long id) {
        return jobs.find(id);
    }

    /** How many submissions wait (not counting the one being extracted). */
    public int waiting() {
        return waiting.get();
    }

    /** A fair wait before trying again: the queue's length times the last submission's duration. */
    long retryAfterSeconds() {
        return Math.max(1, (waiting() + 1) * lastMillis.get() / 1000);
    }

    private void run(SubmissionJob queued, SubmissionRequest request) {
        waiting.decrementAndGet();
        if (closed) {
            return; // stays queued in the table: the next start runs it
        }
        SubmissionJob job = queued.running();
        long t = System.nanoTime();
        SubmissionJob outcome;
        try {
            jobs.save(job);
            outcome = job.done(submission.submit(reader.apply(request)));
        } catch (ApiException e) {
            outcome = job.failed(e.status(), e.getMessage());
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "knowledge base failure on submission " + job.id(), e);
            outcome = job.failed(503, "the knowledge base is not available");
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, "submission " + job.id() + " failed", e);
            outcome = job.failed(500, "internal error");
        } finally {
            lastMillis.set(Math.max(1, (System.nanoTime() - t) / 1_000_000));
        }
        if (closed) {
            return; // the server stopped meanwhile: the job stays running in the table and runs again on the next start
        }
        try {
            jobs.save(outcome);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "cannot record the outcome of submission " + job.id(), e);
        }
    }

    /**
     * Stops taking submissions. Waiting ones stay queued in the knowledge base and the one being extracted stays
     * running there (its outcome is not recorded: the store may be closing): the next start runs both, and the
     * articles the interrupted run stored already are then reported {@code already_stored}.
     */
    @Override
    public void close() {
        closed = true;
        // not interrupted: an interrupt during the embedded database's file I/O would close its file; the waiting
        // tasks return at once, the running one is left to finish (unrecorded) or to die with the process
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
