package org.entente.store.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.entente.event.Status;

/**
 * Whether a report that something was done carries out an earlier plan: the plan and its execution stay two
 * events (they were two different statements about the world at two times), linked {@code fulfils}.
 *
 * <p>Same type and matching parties (the actor rules of {@link MergeRule}); the plan published first (an
 * article strictly before the done report's); the done date (or, undated, its article's day) on or after the
 * plan's article day and within {@link #WINDOW_DAYS} days of it; and when the plan gave a date, the done date
 * not more than {@link #WINDOW_DAYS} days away from it either (plans slip, but not by seasons).
 */
public final class FulfilmentRule {

    /** How long after it was announced a plan may be reported done. */
    public static final int WINDOW_DAYS = 120;

    private FulfilmentRule() {
    }

    /** Why {@code done} carries out {@code planned}, or empty. */
    public static Optional<String> fulfils(Report planned, Report done) {
        if (planned.status() != Status.PLANNED || done.status() != Status.DONE || planned.type() != done.type()
                || planned.reportedOn() == null || done.reportedOn() == null
                || !done.reportedOn().isAfter(planned.reportedOn())) {
            return Optional.empty();
        }
        Optional<String> actors = MergeRule.actors(planned.parties(), done.parties());
        if (actors.isEmpty()) {
            return Optional.empty();
        }
        LocalDate announced = planned.reportedOn();
        LocalDate from = done.date().map(d -> d.from()).orElse(done.reportedOn());
        LocalDate to = done.date().map(d -> d.to()).orElse(done.reportedOn());
        if (to.isBefore(announced) || from.isAfter(announced.plusDays(WINDOW_DAYS))) {
            return Optional.empty();
        }
        if (planned.date().isPresent()) {
            LocalDate pf = planned.date().get().from().minusDays(WINDOW_DAYS);
            LocalDate pt = planned.date().get().to().plusDays(WINDOW_DAYS);
            if (to.isBefore(pf) || from.isAfter(pt)) {
                return Optional.empty();
            }
        }
        long days = ChronoUnit.DAYS.between(announced, from.isBefore(announced) ? announced : from);
        return Optional.of("planned " + planned.type() + " announced " + announced + ", reported done "
                + done.date().map(d -> d.from() + (d.from().equals(d.to()) ? "" : "/" + d.to()))
                        .orElse("in an article of " + done.reportedOn())
                + " (" + days + " days later); " + actors.get());
    }
}
