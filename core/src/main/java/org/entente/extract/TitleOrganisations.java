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
    /** "[Azerbaijani] [Defence Industry] Minister [of Agriculture [of Poland]]". */
    private static final Pattern MINISTER = Pattern.compile("(?i)^(.*?)\\s*\\bminister\\b(?:\\s+(?:of|for)\\s+(?:the\\s+)?(.+))?$");
    private static final Pattern COUNTRY_TITLE = Pattern.compile(
            "(?i)^(?:(?:former |first |deputy |vice |the )*)(.*?)\\s*(ambassador|president|prime minister|"
                    + "head of state|head of government|king|queen|emir|sultan|crown prince|chancellor|premier|"
                    + "counterpart|chargé d'affaires|charge d'affaires|consul general|consul|high commissioner|leader"
                    + "|envoy)(?:\\s+(of|to)\\s+(?:the\\s+)?(.+?))?(?:\\s+to\\s+.+)?$");
    private static final Pattern LOCAL_TITLE = Pattern.compile("(?i)^(?:.*?\\s)?(?:mayor|governor) of (.+)$");

    /** A rank inside a title ("Kazakh Deputy Prime Minister", "Chinese Vice Premier"): no part of the office. */
    private static final Pattern RANK = Pattern.compile("(?i)\\b(?:first|deputy|vice|acting|former)\\b[ -]*");

    /** Title words whose "to X" names where their holder is posted, not whom they act for: "the Ambassador to Korea". */
    static final java.util.Set<String> POSTED_TITLES = java.util.Set.of("ambassador", "envoy", "representative",
            "consul", "attaché", "attache", "commissioner");

    private TitleOrganisations() {
    }

    /** An envoy's office ("High Commissioner", "Consul General", "Chargé d'Affaires"): "to" X is its posting. */
    private static boolean isPostedOffice(String office) {
        String o = office.toLowerCase(java.util.Locale.ROOT);
        return o.matches("charg[ée] d'affaires") || java.util.Arrays.stream(o.split("\\s+")).anyMatch(POSTED_TITLES::contains);
    }

    private static final Pattern NATIONAL_OFFICE = Pattern.compile("(?i)^(?:(?:first|deputy|vice|acting|the)[ -])*"
            + "(?:president|prime minister|premier|head of state|head of government|king|queen|emir|sultan|"
            + "crown prince|chancellor)$");

    /**
     * "President", "Prime Minister", "Head of State" with no country: an office only a country has, whose
     * country the article must supply.
     */
    static boolean isNationalOffice(String title) {
        return title != null && NATIONAL_OFFICE.matcher(title.strip()).matches();
    }

    /**
     * "adviser to the Azerbaijani Ministry of Defense Industry": staff titled after the body they serve. Envoys
     * "to" a country or body are posted there and act for their own country, so they are not among these words.
     */
    private static final Pattern STAFF_OF_BODY = Pattern.compile(
            "(?i)^(?:senior\\s+|chief\\s+|special\\s+)?(?:adviser|advisor|assistant|aide|counsellor|counselor|consultant)"
                    + "\\s+to\\s+(?:the\\s+)?(.+)$");

    /** Offices that are government bodies in their own right: the "U.S. Trade Representative" is one. */
    private static final Pattern OFFICE_TITLE = Pattern.compile(
            "(?i)^(.+?)\\s+(trade representative|attorney general|solicitor general|auditor general|ombudsman)$");

    static Optional<Actor> organisationOfTitle(String title, ActorFactory factory) {
        String t = title.strip().replaceFirst("(?i)^(his|her|their|its|the)\\s+", "")
                .replaceFirst("(?i)^((first|deputy|vice|acting|former)[ -])+", "");
        Matcher office = OFFICE_TITLE.matcher(t);
        if (office.matches()) {
            Optional<Actor> country = factory.country(office.group(1).replaceAll("[’']s$", ""));
            if (country.isPresent()) {
                return Optional.of(new Actor(t, country.get().country(), ActorKind.GOV));
            }
        }
        Matcher m = MINISTER.matcher(t);
        if (m.matches() && !m.group(1).strip().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(prime|chief)$")) {
            // "Vice President of the Council and Minister of Trade": only the last office is the minister's
            String left = m.group(1).strip().replaceFirst("(?i)^.*(?:,|\\band\\b)\\s*", "");
            String right = m.group(2) == null ? "" : m.group(2).strip();
            // "the Minister of Foreign Affairs in Kenya" is Kenya's
            Matcher in = Pattern.compile("(?i)^(.+?)\\s+in\\s+(?:the\\s+)?(.+)$").matcher(right);
            if (in.matches() && factory.country(in.group(2)).isPresent()) {
                right = in.group(1) + " of " + factory.country(in.group(2)).get().name();
            }
            Optional<Actor> rightCountry = right.isEmpty() ? Optional.empty() : factory.country(right);
            String leftCountry = null;
            String field = left;
            String[] words = left.split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                Optional<Actor> c = factory.country(words[0].replaceAll("[’']s$", ""));
                if (c.isPresent()) {
                    leftCountry = c.get().country();
                    field = RANK.matcher(left.substring(words[0].length())).replaceAll("").strip();
                }
            }
            String country = rightCountry.map(Actor::country).orElse(leftCountry);
            if (right.toLowerCase(java.util.Locale.ROOT).startsWith("state for ")) {
                // a "Minister of State for Defence Affairs" is a junior office whose body varies by country
                int of = right.toLowerCase(java.util.Locale.ROOT).lastIndexOf(" of ");
                return of < 0 ? Optional.empty() : factory.country(right.substring(of + 4));
            }
            String name;
            if (!right.isEmpty() && rightCountry.isEmpty()) {
                name = "Ministry of " + right;                       // "Minister of Agriculture of Poland"
            } else if (!field.isEmpty()) {
                // "Defence Industry Minister" acts for the Ministry of Defence Industry
                name = "Ministry of " + (field.equalsIgnoreCase("foreign") ? "Foreign Affairs" : field);
                if (rightCountry.isPresent()) {
                    // "Defense Minister of Nigeria": the country is part of how the text names the body
                    name += " of " + rightCountry.get().name();
                }
            } else {
                return Optional.empty();
            }
            Actor org = factory.organisation(name, country);
            return Optional.of(new Actor(org.name(), org.country() != null ? org.country() : country, ActorKind.GOV));
        }
        m = STAFF_OF_BODY.matcher(t);
        if (m.matches()) {
            Actor body = factory.organisation(m.group(1).strip(), null);
            return body.kind() == ActorKind.GOV ? Optional.of(body) : Optional.empty();
        }
        m = LOCAL_TITLE.matcher(t);
        if (m.matches()) {
            String place = m.group(1).strip();
            Optional<Actor> country = factory.country(place);
            return country.isPresent() ? country : Optional.of(factory.place(place, place));
        }
        m = COUNTRY_TITLE.matcher(t);
        if (m.matches()) {
            String before = m.group(1) == null ? ""
                    : RANK.matcher(m.group(1)).replaceAll("").strip().replaceAll("[’']s$", "").strip();
            String after = m.group(4);
            boolean posted = "to".equalsIgnoreCase(m.group(3)) && isPostedOffice(m.group(2));
            if (after != null && !after.isBlank() && !posted) {
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
