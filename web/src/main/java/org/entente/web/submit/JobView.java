package org.entente.web.submit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A job as the API shows it: {@code status} queued, running, done or failed; times as ISO-8601 instants; while
 * queued, how many submissions wait ({@code waiting}); once done, each article's outcome ({@code articles}); once
 * failed, the HTTP status and reason the request would have had ({@code error}, like every error body).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(long id, String status, String submitted, String started, String finished, Integer waiting,
        List<SubmittedArticle> articles, Error error) {

    /** Why a job failed. */
    public record Error(int status, String error) {
    }

    public static JobView of(SubmissionJob job, SubmissionQueue queue) {
        return new JobView(job.id(), job.state().name().toLowerCase(Locale.ROOT), text(job.submitted()),
                text(job.started()), text(job.finished()),
                job.state() == SubmissionJob.State.QUEUED ? queue.waiting() : null, job.articles(),
                job.state() == SubmissionJob.State.FAILED ? new Error(job.status(), job.error()) : null);
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
