package org.entente.cli;

import java.util.List;
import java.util.Locale;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.entente.store.event.DateSpan;
import org.entente.store.query.EventFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The event filters of {@code entente events} and {@code entente export}, turned into an {@link EventFilter}. */
final class FilterOptions {

    @Option(names = "--actor", paramLabel = "NAME", description = "An actor one of whose names contains these words.")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "An actor of this country takes part.")
    String country;

    @Option(names = "--pair", paramLabel = "ISO3,ISO3", split = ",", hideParamSyntax = true,
            description = "Actors of both countries take part (two different parties).")
    List<String> pair;

    @Option(names = "--type", paramLabel = "TYPE", description = "AGREE, MEET or ATTEND.")
    String type;

    @Option(names = "--status", paramLabel = "STATUS", description = "done or planned.")
    String status;

    @Option(names = "--sphere", paramLabel = "SPHERE", description = "One of the spec's spheres (trade, energy, ...).")
    String sphere;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated events are left out.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this date (same forms).")
    String to;

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Words in the evidence, the instrument or the gathering's name.")
    String text;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
    int limit;

    /** The filter; a malformed value is a usage error. */
    EventFilter filter(CommandLine cl) {
        EventFilter f = EventFilter.none().withActor(actor).withCountry(country).withSphere(sphere).withText(text);
        if (limit < 0) {
            throw new CommandLine.ParameterException(cl, "--limit must not be negative");
        }
        f = f.withLimit(limit);
        if (pair != null) {
            if (pair.size() != 2) {
                throw new CommandLine.ParameterException(cl, "--pair takes two countries: --pair AZE,TUR");
            }
            f = f.withPair(pair.get(0), pair.get(1));
        }
        if (type != null) {
            f = f.withType(choice(cl, "--type", type, EventType.class));
        }
        if (status != null) {
            f = f.withStatus(choice(cl, "--status", status, Status.class));
        }
        if (from != null) {
            f = f.withFrom(span(cl, "--from", from).from());
        }
        if (to != null) {
            f = f.withTo(span(cl, "--to", to).to());
        }
        return f;
    }

    private static <E extends Enum<E>> E choice(CommandLine cl, String option, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, option + ": '" + value + "' is not one of "
                    + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
        }
    }

    private static DateSpan span(CommandLine cl, String option, String value) {
        return DateSpan.of(value).filter(s -> !value.contains("/")).orElseThrow(() ->
                new CommandLine.ParameterException(cl, option + ": '" + value
                        + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
    }
}
