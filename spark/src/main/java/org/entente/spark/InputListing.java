package org.entente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files behind the job's {@code --in} arguments, listed on the driver: a file, a directory (read
 * recursively, hidden and {@code _}-prefixed entries skipped as Hadoop does) or a glob, on any file system
 * Hadoop knows. Files of other formats are left out, and said so.
 */
final class InputListing {
    private InputListing() {
    }

    record Listing(List<InputFile> files, List<String> skipped, List<String> missing) {
    }

    static Listing list(List<String> inputs, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try {
            for (String in : inputs) {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matched = fs.globStatus(p);
                if (matched == null || matched.length == 0) {
                    missing.add(in);
                    continue;
                }
                for (FileStatus st : matched) {
                    if (st.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                        while (it.hasNext()) {
                            Path f = it.next().getPath();
                            if (!hidden(f, st.getPath())) {
                                add(f, files, skipped);
                            }
                        }
                    } else {
                        add(st.getPath(), files, skipped);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input: " + e.getMessage(), e);
        }
        return new Listing(files, skipped, missing);
    }

    private static void add(Path f, List<InputFile> files, List<String> skipped) {
        InputFile.Format format = InputFile.formatOf(f.getName());
        if (format == null) {
            skipped.add(f.toString());
        } else {
            files.add(new InputFile(f.toString(), format));
        }
    }

    /** Hidden files and Hadoop's markers ({@code _SUCCESS}) anywhere below the listed directory. */
    private static boolean hidden(Path f, Path root) {
        for (Path p = f; p != null && !p.equals(root); p = p.getParent()) {
            String n = p.getName();
            if (n.startsWith(".") || n.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
