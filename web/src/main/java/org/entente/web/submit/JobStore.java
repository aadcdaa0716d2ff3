package org.entente.web.submit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.store.Store;
import org.entente.store.StoreException;

/**
 * The submission jobs in the knowledge base's {@code submission_jobs} table (V6), so that a restart loses none: a
 * job queued when the server stopped runs after the next start, one that was running is run again (its articles
 * already stored are skipped, so nothing is stored twice) unless the server stopped during it twice already, and
 * finished jobs can still be polled. Each change of state is one statement in auto-commit.
 */
public final class JobStore {

    /** Runs started per job: a job the server stopped during this often is failed, not run again. */
    public static final int MAX_ATTEMPTS = 2;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<SubmittedArticle>> RESULT = new TypeReference<>() {
    };

    private final Store store;

    public JobStore(Store store) {
        this.store = store;
    }

    /** A job to run, with what it asks for. */
    public record Pending(SubmissionJob job, SubmissionRequest request) {
    }

    /** A new queued job. */
    public SubmissionJob insert(SubmissionRequest request) {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO submission_jobs "
                + "(state, request, submitted, attempts) VALUES (?, ?, ?, 0)", new String[] {"id"})) {
            s.setString(1, SubmissionJob.State.QUEUED.name());
            s.setString(2, request.toJson());
            s.setTimestamp(3, Timestamp.from(now));
            s.executeUpdate();
            long id;
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
            }
            store.persist(c); // the client is told 202 with this job: it must survive the server being killed
            return new SubmissionJob(id, SubmissionJob.State.QUEUED, now, null, null, null, 0, null);
        } catch (SQLException e) {
            throw new StoreException("cannot queue the submission: " + StoreException.firstLine(e), e);
        }
    }

    /** Records a change of state: running (one more attempt), done or failed. */
    public void save(SubmissionJob job) {
        boolean running = job.state() == SubmissionJob.State.RUNNING;
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("UPDATE submission_jobs SET "
                + "state = ?, started = ?, finished = ?, result = ?, http_status = ?, error = ?"
                + (running ? ", attempts = attempts + 1" : "") + " WHERE id = ?")) {
            s.setString(1, job.state().name());
            s.setTimestamp(2, time(job.started()));
            s.setTimestamp(3, time(job.finished()));
            s.setString(4, job.articles() == null ? null : JSON.writeValueAsString(job.articles()));
            if (job.state() == SubmissionJob.State.FAILED) {
                s.setInt(5, job.status());
            } else {
                s.setNull(5, Types.INTEGER);
            }
            s.setString(6, job.error());
            s.setLong(7, job.id());
            s.executeUpdate();
            store.persist(c);
        } catch (SQLException e) {
            throw new StoreException("cannot record job " + job.id() + ": " + StoreException.firstLine(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job by its id, if it is kept. */
    public Optional<SubmissionJob> find(long id) {
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement("SELECT id, state, submitted, "
                + "started, finished, result, http_status, error FROM submission_jobs WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(job(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read job " + id + ": " + StoreException.firstLine(e), e);
        }
    }

    /**
     * At start-up: the jobs a stopped server left. Those it stopped during {@link #MAX_ATTEMPTS} times are failed
     * (500, saying so); the other running ones are queued again; returns every queued job, oldest first.
     */
    public List<Pending> recover() {
        List<Pending> out = new ArrayList<>();
        try (Connection c = store.connect()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE submission_jobs SET state = ?, finished = ?, "
                    + "http_status = 500, error = ? WHERE state = ? AND attempts >= ?")) {
                s.setString(1, SubmissionJob.State.FAILED.name());
                s.setTimestamp(2, Timestamp.from(Instant.now()));
                s.setString(3, "the server stopped while this job ran, " + MAX_ATTEMPTS + " times; not run again");
                s.setString(4, SubmissionJob.State.RUNNING.name());
                s.setInt(5, MAX_ATTEMPTS);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE submission_jobs SET state = ?, started = NULL "
                    + "WHERE state = ?")) {
                s.setString(1, SubmissionJob.State.QUEUED.name());
                s.setString(2, SubmissionJob.State.RUNNING.name());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id, state, submitted, started, finished, result, "
                    + "http_status, error, request FROM submission_jobs WHERE state = ? ORDER BY id")) {
                s.setString(1, SubmissionJob.State.QUEUED.name());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Pending(job(r), SubmissionRequest.fromJson(r.getString(9))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the queued submissions: " + StoreException.firstLine(e), e);
        }
        return out;
    }

    /** Deletes the finished jobs numbered up to {@code id}. */
    public void forgetUpTo(long id) {
        try (Connection c = store.connect(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM submission_jobs WHERE id <= ? AND state IN (?, ?)")) {
            s.setLong(1, id);
            s.setString(2, SubmissionJob.State.DONE.name());
            s.setString(3, SubmissionJob.State.FAILED.name());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot forget old jobs: " + StoreException.firstLine(e), e);
        }
    }

    private static SubmissionJob job(ResultSet r) throws SQLException {
        List<SubmittedArticle> articles = null;
        if (r.getString(6) != null) {
            try {
                articles = JSON.readValue(r.getString(6), RESULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int status = r.getInt(7);
        return new SubmissionJob(r.getLong(1), SubmissionJob.State.valueOf(r.getString(2)), instant(r.getTimestamp(3)),
                instant(r.getTimestamp(4)), instant(r.getTimestamp(5)), articles, r.wasNull() ? 0 : status,
                r.getString(8));
    }

    private static Timestamp time(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
