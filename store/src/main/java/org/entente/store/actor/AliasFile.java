package org.entente.store.actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The user's aliases file: one rule per line, {@code alias<TAB>canonical name<TAB>country} (country ISO-3,
 * empty or left out for international bodies); blank lines and lines starting with {@code #} are ignored.
 * It is what a user edits when the automatic resolution misses a merge ("MUSIAD" for the Independent
 * Industrialists and Businessmen Association); ingest applies it to what is stored and to what comes.
 *
 * @param rules    the valid lines
 * @param problems one {@code FILE:LINE: message} per invalid line
 */
public record AliasFile(List<AliasRule> rules, List<String> problems) {

    /** The name the file has in a data directory. */
    public static final String NAME = "aliases.tsv";

    public AliasFile {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** No rules. */
    public static AliasFile empty() {
        return new AliasFile(List.of(), List.of());
    }

    /** Reads a file; a missing file is empty, an unreadable one is one problem. */
    public static AliasFile read(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new AliasFile(List.of(), List.of(file + ": cannot read: " + e.getMessage()));
        }
        List<AliasRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String origin = file + ":" + (i + 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String alias = cols[0].strip();
            String canonical = cols.length > 1 ? cols[1].strip() : "";
            String country = cols.length > 2 ? cols[2].strip().toUpperCase(Locale.ROOT) : "";
            if (cols.length < 2 || cols.length > 3 || alias.isEmpty() || canonical.isEmpty()) {
                problems.add(origin + ": expected 'alias<TAB>canonical name<TAB>country'");
            } else if (!country.isEmpty() && !country.matches("[A-Z]{3}")) {
                problems.add(origin + ": country '" + country + "' is not an ISO-3 code");
            } else {
                rules.add(new AliasRule(alias, canonical, country.isEmpty() ? null : country, origin));
            }
        }
        return new AliasFile(rules, problems);
    }
}
