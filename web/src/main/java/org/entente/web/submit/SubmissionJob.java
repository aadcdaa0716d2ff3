package org.entente.web.submit;

import java.time.Instant;
import java.util.List;

/**
 * One posted submission as the queue tracks it: waiting, being extracted, done with each article's outcome, or
 * failed with the HTTP status and reason the request would have had (a refused article: 422; an address that
 * could not be fetched: 502; the database: 503). Immutable: each change of state is a new value.
 *
 * @param id       the job's number, from 1, in order of submission
 * @param state    where it is
 * @param articles each article's outcome, once done
 * @param status   the failure's HTTP status, once failed (else 0)
 * @param error    the failure's reason, once failed
 */
public record SubmissionJob(long id, State state, Instant submitted, Instant started, Instant finished,
        List<SubmittedArticle> articles, int status, String error) {

    /** Where a job is. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public SubmissionJob {
        articles = articles == null ? null : List.copyOf(articles);
    }

    static SubmissionJob queued(long id) {
        return new SubmissionJob(id, State.QUEUED, Instant.now(), null, null, null, 0, null);
    }

    SubmissionJob running() {
        return new SubmissionJob(id, State.RUNNING, submitted, Instant.now(), null, null, 0, null);
    }

    SubmissionJob done(List<SubmittedArticle> result) {
        return new SubmissionJob(id, State.DONE, submitted, started, Instant.now(), result, 0, null);
    }

    SubmissionJob failed(int httpStatus, String reason) {
        return new SubmissionJob(id, State.FAILED, submitted, started, Instant.now(), null, httpStatus, reason);
    }

    /** Whether it will not change any more. */
    public boolean isOver() {
        return state == State.DONE || state == State.FAILED;
    }
}
