package org.entente.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ItemCursor;
import org.entente.article.ReadItem;
import org.entente.article.warc.WarcArticles;
import org.entente.extract.Extractor;

/**
 * Reads one input file on an executor, through Hadoop's file system, with the readers of {@code entente
 * extract}: the same articles, the same problems, the same origins (the Hadoop path for the file name).
 */
final class FileArticles {
    private FileArticles() {
    }

    static List<InputRecord> read(InputFile file, Configuration conf) {
        List<InputRecord> out = new ArrayList<>();
        Path path = new Path(file.path());
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            if (file.format() == InputFile.Format.WARC) {
                try (ItemCursor cursor = WarcArticles.open(in, file.path(), Extractor.MAX_CHARS)) {
                    for (ReadItem item; (item = cursor.next()) != null; ) {
                        out.add(record(item, file.path()));
                    }
                }
            } else {
                // the JSON-lines reader of the command line, fed the file as its standard input
                try (Stream<ReadItem> items = new ArticleReader(in, Extractor.MAX_CHARS).read(ArticleReader.STDIN)) {
                    items.forEach(item -> out.add(record(item, file.path())));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add(InputRecord.problem(file.path(), "cannot read: " + e));
        }
        return out;
    }

    private static InputRecord record(ReadItem item, String name) {
        String origin = item.origin().startsWith(ArticleReader.STDIN_ORIGIN)
                ? name + item.origin().substring(ArticleReader.STDIN_ORIGIN.length()) : item.origin();
        if (item instanceof ReadItem.ArticleRead a) {
            return InputRecord.of(withFileId(a.article(), item.origin(), name), origin);
        }
        return InputRecord.problem(origin, ((ReadItem.ReadProblem) item).message());
    }

    /**
     * A line without an id gets "STEM-LINE" from the reader, and the reader, fed the file as its standard
     * input, would say "stdin-LINE" for every file alike: the file's own stem instead, as the command line.
     */
    private static Article withFileId(Article a, String readerOrigin, String name) {
        String line = readerOrigin.substring(readerOrigin.lastIndexOf(':') + 1);
        if (!a.id().equals("stdin-" + line)) {
            return a;
        }
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return new Article(stem + "-" + line, a.url(), a.published(), a.text());
    }
}
