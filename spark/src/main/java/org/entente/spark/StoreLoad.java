package org.entente.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.entente.article.Article;
import org.entente.event.ArticleEvents;
import org.entente.store.ingest.Ingestor;

/**
 * Puts a job's output into the knowledge base: each article of {@code articles/} with its line of
 * {@code jsonl/}, stored by the store's own {@link Ingestor} (one transaction per article, actors resolved,
 * reports merged, articles stored already skipped), on the driver, sorted by origin, so that two loads of one
 * output merge reports in the same order.
 */
final class StoreLoad {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();   // plover, cameo are derived

    record Counts(long articles, long stored, long already, long events) {
    }

    private StoreLoad() {
    }

    static Counts load(SparkSession spark, String out, Ingestor ingestor) {
        Dataset<Row> articles = spark.read().parquet(out + "/articles");
        Dataset<Row> lines = spark.read().text(out + "/jsonl")
                .select(functions.get_json_object(functions.col("value"), "$.id").as("line_id"),
                        functions.col("value").as("line"));
        Dataset<Row> joined = articles.join(lines, articles.col("id").equalTo(lines.col("line_id")))
                .orderBy("origin");
        long n = 0;
        long stored = 0;
        long already = 0;
        long events = 0;
        for (Iterator<Row> it = joined.toLocalIterator(); it.hasNext(); ) {
            Row r = it.next();
            String published = r.getAs("published");
            Article a = new Article(r.getAs("id"), r.getAs("url"),
                    published == null ? null : LocalDate.parse(published), r.getAs("text"));
            ArticleEvents result = parse(r.getAs("line"));
            n++;
            if (ingestor.ingest(a, r.getAs("origin"), result) == Ingestor.Outcome.STORED) {
                stored++;
                events += result.events().size();
            } else {
                already++;
            }
        }
        return new Counts(n, stored, already, events);
    }

    static ArticleEvents parse(String line) {
        try {
            return JSON.readValue(line, ArticleEvents.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not an output line: " + e.getMessage(), e);
        }
    }
}
