package org.entente.store.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.actor.ActorNames;

/**
 * Acronyms an article uses for a full name it also gives. The extractor reports each body once under its
 * fullest name; the short form it read is lost, so the store looks for it in the text: the later articles
 * that name only "SMBDA" then resolve to the same actor.
 *
 * <p>Two kinds of evidence, the first strong, the second weaker:
 * <ul>
 *   <li><b>declared</b>: {@code Full Name (ACR)} or {@code ACR (Full Name)};</li>
 *   <li><b>initials</b>: the initials of the name's capitalised words ("Central Bank of Azerbaijan": CBA),
 *       at least three letters, standing as a word in the text.</li>
 * </ul>
 */
public final class AcronymFinder {

    private static final String ACRONYM = "([A-Z][A-Za-z0-9&.\\-]{1,14})";

    /** An acronym and how it was found. */
    public record Acronym(String acronym, boolean declared) {
        /** The alias's detail in words. */
        public String explain(String fullName) {
            return (declared ? "declared in brackets next to " : "initials of ") + fullName;
        }
    }

    /** The acronyms of {@code name} in {@code text}, declared ones first, without repeats. */
    public List<Acronym> find(String text, String name) {
        if (text == null || name == null || name.isBlank()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Acronym> out = new ArrayList<>();
        String quoted = Pattern.quote(name.strip());
        Matcher after = Pattern.compile(quoted + "\\s*\\(\\s*" + ACRONYM + "\\s*\\)").matcher(text);
        while (after.find()) {
            add(after.group(1), true, name, seen, out);
        }
        Matcher before = Pattern.compile("\\b" + ACRONYM + "\\s*\\(\\s*(?:the\\s+)?" + quoted + "\\s*\\)").matcher(text);
        while (before.find()) {
            add(before.group(1), true, name, seen, out);
        }
        String initials = ActorNames.initials(name);
        if (initials.length() >= 3 && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(initials)
                + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
            add(initials, false, name, seen, out);
        }
        return out;
    }

    private static void add(String candidate, boolean declared, String name, Set<String> seen, List<Acronym> out) {
        String a = candidate.replaceAll("[.\\-]+$", "");
        long capitals = a.chars().filter(Character::isUpperCase).count();
        if (capitals < 2 || ActorNames.key(a).equals(ActorNames.key(name)) || !seen.add(a)) {
            return;
        }
        out.add(new Acronym(a, declared));
    }
}
