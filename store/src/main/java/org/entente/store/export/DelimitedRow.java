package org.entente.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one row of a delimited file: CSV quoted as RFC 4180 (fields with a comma, quote or line break in
 * double quotes, quotes doubled), or TSV with tabs and line breaks in fields turned into spaces.
 */
final class DelimitedRow {

    private final char delimiter;

    private DelimitedRow(char delimiter) {
        this.delimiter = delimiter;
    }

    static DelimitedRow csv() {
        return new DelimitedRow(',');
    }

    static DelimitedRow tsv() {
        return new DelimitedRow('\t');
    }

    /** Writes the fields (null as empty) and a line feed. */
    void write(Writer out, List<?> fields) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            Object f = fields.get(i);
            b.append(f == null ? "" : escape(f.toString()));
        }
        out.write(b.append('\n').toString());
    }

    private String escape(String s) {
        if (delimiter == '\t') {
            return s.replaceAll("[\\t\\r\\n]+", " ");
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
