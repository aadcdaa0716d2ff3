package org.entente.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A data file of the classpath read as rows of tab-separated columns; '#' starts a comment line.
 * Lexicons live in files, not in code, so linguists can extend them without touching Java.
 */
public final class WordList {
    private final List<String[]> rows;

    private WordList(List<String[]> rows) {
        this.rows = rows;
    }

    /** Loads {@code /entente/lexicon/NAME} from the classpath. */
    public static WordList load(String name) {
        String path = "/entente/lexicon/" + name;
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + path);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.strip().split("\t"));
            }
            return new WordList(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    public List<String[]> rows() {
        return rows;
    }

    /** The first column of every row. */
    public Set<String> firstColumn() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r[0]));
        return Set.copyOf(out);
    }
}
