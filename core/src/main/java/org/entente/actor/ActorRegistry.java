package org.entente.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.event.Actor;
import org.entente.event.ActorKind;

/**
 * The actors one article has named so far, so that short forms ("the Agency", "CBA", "USAID") and later
 * spellings resolve to the fullest name the article used.
 */
public final class ActorRegistry {
    private final List<Actor> actors = new ArrayList<>();
    private final Map<String, Actor> acronyms = new HashMap<>();

    /** Records an actor and returns its canonical form: an earlier, fuller name of the same body wins. */
    public Actor register(Actor a) {
        Actor known = find(a);
        if (known != null) {
            if (isShouted(known.name()) && !isShouted(a.name()) && ActorNames.key(a.name()).equals(ActorNames.key(known.name()))) {
                // "LAHTI" in a dateline, "Lahti" in the text: keep the ordinary spelling
                Actor respelled = new Actor(a.name(), firstNonNull(known.country(), a.country()), known.kind());
                replace(known, respelled);
                return respelled;
            }
            if (a.name().length() > known.name().length() && ActorNames.contains(a.name(), known.name())
                    && compatible(a, known)) {
                Actor merged = new Actor(a.name(), firstNonNull(a.country(), known.country()), a.kind());
                replace(known, merged);
                return merged;
            }
            if (known.country() == null && a.country() != null) {
                Actor merged = new Actor(known.name(), a.country(), known.kind());
                replace(known, merged);
                return merged;
            }
            return known;
        }
        actors.add(a);
        return a;
    }

    /** The canonical form of an actor met earlier (it may have since gained a fuller name). */
    public Actor canonical(Actor a) {
        Actor known = find(a);
        return known == null ? a : known;
    }

    /** Declares "ACR" an abbreviation of an actor, as in "Agency for International Development (USAID)". */
    public void acronym(String acronym, Actor full) {
        acronyms.put(acronym.toUpperCase(Locale.ROOT), full);
    }

    /** An organisation an all-capitals word abbreviates, by declaration or by its capital letters. */
    public Optional<Actor> byAcronym(String word) {
        String w = word.replace(".", "").toUpperCase(Locale.ROOT);
        Actor declared = acronyms.get(w);
        if (declared != null) {
            return Optional.of(canonical(declared));
        }
        for (int i = actors.size() - 1; i >= 0; i--) {
            Actor a = actors.get(i);
            if (a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.CITY) {
                continue;
            }
            String caps = a.name().replaceAll("[^\\p{Lu}]", "");
            if (w.length() >= 2 && (caps.equals(w) || ActorNames.initials(a.name()).equals(w))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The most recent organisation that a short common-noun reference names: "the Agency", "the ministry",
     * "the Central Bank". The words must appear in the organisation's name.
     */
    public Optional<Actor> byReference(String phrase, String countryHint) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            Actor a = actors.get(i);
            if (a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.CITY) {
                continue;
            }
            if (countryHint != null && a.country() != null && !countryHint.equals(a.country())) {
                continue;
            }
            if (ActorNames.contains(a.name(), phrase) || ActorNames.contains(a.name(), singular(phrase))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Organisations (not places) named so far, in order of first mention. */
    public List<Actor> organisations() {
        return actors.stream().filter(a -> a.kind() != ActorKind.COUNTRY && a.kind() != ActorKind.CITY).toList();
    }

    public List<Actor> all() {
        return List.copyOf(actors);
    }

    private Actor find(Actor a) {
        String key = ActorNames.key(a.name());
        for (Actor k : actors) {
            // "Chile's Ministry of Trade and Peru's Ministry of Trade" are two ministries
            if (ActorNames.key(k.name()).equals(key) && (k.country() == null || a.country() == null
                    || k.country().equals(a.country()))) {
                return k;
            }
        }
        if (a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.CITY) {
            return null;
        }
        // a shorter or longer spelling of the same organisation: word containment in the same country
        for (int i = actors.size() - 1; i >= 0; i--) {
            Actor k = actors.get(i);
            if (k.kind() == ActorKind.COUNTRY || k.kind() == ActorKind.CITY || !compatible(a, k)) {
                continue;
            }
            if (words(a.name()) >= 2 && words(k.name()) >= 2
                    && (ActorNames.contains(k.name(), a.name()) || ActorNames.contains(a.name(), k.name()))
                    && sameBodyLikely(a, k)) {
                return k;
            }
        }
        return null;
    }

    /**
     * Containment alone does not make one body: "Ministry of Foreign Affairs" of one country is not the
     * "Ministry of Foreign Affairs and Worship" of another. Without two known countries, the longer name may
     * only add a few words at either end ("U.S. Agency for ...", "... of Azerbaijan").
     */
    public static boolean sameBodyLikely(Actor a, Actor b) {
        if (a.country() != null && b.country() != null) {
            return a.country().equals(b.country());
        }
        String x = ActorNames.key(a.name());
        String y = ActorNames.key(b.name());
        String longer = x.length() >= y.length() ? x : y;
        String shorter = x.length() >= y.length() ? y : x;
        if (!longer.startsWith(shorter) && !longer.endsWith(shorter)) {
            return false;
        }
        String extra = longer.replace(shorter, " ").strip();
        return extra.isEmpty() || extra.split(" ").length <= 3;
    }

    private void replace(Actor old, Actor now) {
        actors.set(actors.indexOf(old), now);
        acronyms.replaceAll((k, v) -> v.equals(old) ? now : v);
    }

    private static boolean compatible(Actor a, Actor b) {
        return a.country() == null || b.country() == null || a.country().equals(b.country());
    }

    private static boolean isShouted(String name) {
        return name.length() > 3 && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                && !name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static int words(String s) {
        return ActorNames.key(s).split(" ").length;
    }

    private static String singular(String s) {
        return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
