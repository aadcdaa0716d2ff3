package org.entente.spark;

import java.io.Serializable;
import java.util.Locale;

/**
 * One input file of the job, by its Hadoop path ({@code hdfs://}, {@code s3a://}, {@code file:}...), and how
 * it is read: JSON lines, or a WARC file (plain or gzip) whose HTML responses are articles.
 */
record InputFile(String path, Format format) implements Serializable {

    enum Format { JSONL, WARC }

    /** The format a file's name gives, or null when the job does not read such files. */
    static Format formatOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Format.WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        return null;
    }
}
