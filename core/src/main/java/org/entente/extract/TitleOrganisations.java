package org.entente.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.actor.ActorFactory;
import org.entente.event.Actor;
import org.entente.event.ActorKind;

/**
 * The body a title implies when the text names none: a "Minister of Agriculture" acts for the Ministry
 * of Agriculture, an ambassador or a president for their country, a mayor for their city.
 */
final class TitleOrganisations {
    private static final Pattern MINISTER_OF = Pattern.compile(
            "(?i)^(?:(?:first |deputy |vice )*)?(?:(\\p{Lu}\\w+) )?minister (?:of|for) (.+)$");
    private static final Pattern X_MINISTER = Pattern.compile(
            "(?i)^(?:(?:first |deputy |vice )*)?((?:\\p{Lu}[\\w-]* )*?)(\\p{Lu}[\\w-]*(?: (?:and|of) \\p{Lu}[\\w-]*)*) minister$");
    private static final Pattern COUNTRY_TITLE = Pattern.compile(
            "(?i)^(?:(?:former |first |deputy |vice |the )*)(.*?)\\s*(?:ambassador|president|prime minister|"
                    + "head of state|king|emir|chargé d'affaires|charge d'affaires|consul general|consul)"
                    + "(?:\\s+(?:of|to)\\s+(?:the\\s+)?(.+?))?(?:\\s+to\\s+.+)?$");
    private static final Pattern LOCAL_TITLE = Pattern.compile("(?i)^(?:.*?\\s)?(?:mayor|governor) of (.+)$");

    private TitleOrganisations() {
    }

    static Optional<Actor> organisationOfTitle(String title, ActorFactory factory) {
        String t = title.strip();
        Matcher m = MINISTER_OF.matcher(t);
        if (m.matches()) {
            String field = m.group(2).strip();
            Optional<Actor> demonym = m.group(1) == null ? Optional.empty() : factory.country(m.group(1));
            Actor org = factory.organisation("Ministry of " + field, demonym.map(Actor::country).orElse(null));
            return Optional.of(new Actor(org.name(), org.country(), ActorKind.GOV));
        }
        m = X_MINISTER.matcher(t);
        if (m.matches() && !m.group(2).equalsIgnoreCase("prime")) {
            String prefix = m.group(1).strip();
            String field = m.group(2).equalsIgnoreCase("foreign") ? "Foreign Affairs" : m.group(2);
            String country = prefix.isEmpty() ? null : factory.country(prefix).map(Actor::country).orElse(null);
            return Optional.of(new Actor("Ministry of " + field, country, ActorKind.GOV));
        }
        m = LOCAL_TITLE.matcher(t);
        if (m.matches()) {
            String place = m.group(1).strip();
            Optional<Actor> country = factory.country(place);
            return country.isPresent() ? country : Optional.of(factory.place(place, place));
        }
        m = COUNTRY_TITLE.matcher(t);
        if (m.matches()) {
            String before = m.group(1) == null ? "" : m.group(1).replaceAll("[’']s$", "").strip();
            String after = m.group(2);
            if (after != null && !after.isBlank()) {
                Optional<Actor> c = factory.country(after.strip());
                if (c.isPresent()) {
                    return c;
                }
            }
            if (!before.isBlank()) {
                return factory.country(before);
            }
        }
        return Optional.empty();
    }
}
