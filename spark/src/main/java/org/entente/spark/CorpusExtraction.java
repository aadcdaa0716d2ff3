package org.entente.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The batch job: input files listed on the driver, read one per task, their records spread over
 * {@code partitions} tasks and extracted there (one extractor per executor JVM), then written under
 * {@code out}:
 * <ul>
 *   <li>{@code jsonl/}: the output lines of {@code entente extract} (text, one part file per task);</li>
 *   <li>{@code events/}: one Parquet row per event ({@link EventTable});</li>
 *   <li>{@code articles/}: Parquet of the articles read (id, url, published, origin, text), which the
 *       loader needs to store them with their events;</li>
 *   <li>{@code problems/}: JSON lines {@code {"origin","id","problem"}} of the records skipped.</li>
 * </ul>
 * Outcomes are computed once and kept (memory, then disk) for the four writes.
 */
final class CorpusExtraction {
    static final StructType ARTICLES = new StructType()
            .add("id", DataTypes.StringType).add("url", DataTypes.StringType)
            .add("published", DataTypes.StringType).add("origin", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    static final StructType PROBLEMS = new StructType()
            .add("origin", DataTypes.StringType).add("id", DataTypes.StringType)
            .add("problem", DataTypes.StringType);

    /** What a run did, for the driver's report. */
    record Summary(long articles, long events, long problems, List<String> firstProblems,
                   List<String> skippedFiles, List<String> missingInputs) {
    }

    private final SparkSession spark;

    CorpusExtraction(SparkSession spark) {
        this.spark = spark;
    }

    Summary run(List<String> inputs, String out, int partitions) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        InputListing.Listing listing = InputListing.list(inputs, conf);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFile> files = listing.files();
        if (files.isEmpty()) {
            return new Summary(0, 0, 0, List.of(), listing.skipped(), listing.missing());
        }
        int tasks = partitions > 0 ? partitions : jsc.defaultParallelism();
        // Hadoop's configuration is not serialisable; executors build theirs from their own classpath
        JavaRDD<InputRecord> records = jsc.parallelize(files, files.size())
                .flatMap(f -> FileArticles.read(f, new Configuration()).iterator());
        JavaRDD<ArticleOutcome> outcomes = records.repartition(tasks)
                .map(ExecutorExtraction::analyse)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JavaRDD<ArticleOutcome> good = outcomes.filter(o -> !o.isProblem());
            Dataset<String> lines = spark.createDataset(good.map(ArticleOutcome::line).rdd(), Encoders.STRING());
            lines.write().mode(SaveMode.Overwrite).text(out + "/jsonl");
            EventTable.fromLines(spark, lines).write().mode(SaveMode.Overwrite).parquet(out + "/events");
            spark.createDataFrame(good.map(o -> RowFactory.create(o.id(), o.url(), o.published(), o.origin(),
                    o.text())), ARTICLES).write().mode(SaveMode.Overwrite).parquet(out + "/articles");
            JavaRDD<Row> problems = outcomes.filter(ArticleOutcome::isProblem)
                    .map(o -> RowFactory.create(o.origin(), o.id(), o.problem()));
            spark.createDataFrame(problems, PROBLEMS).write().mode(SaveMode.Overwrite).json(out + "/problems");

            long articles = good.count();
            long events = good.map(o -> (long) o.events()).fold(0L, Long::sum);
            long problemCount = problems.count();
            List<String> first = new ArrayList<>();
            problems.take(20).forEach(r -> first.add(r.getString(0) + ": " + r.getString(2)));
            return new Summary(articles, events, problemCount, first, listing.skipped(), listing.missing());
        } finally {
            outcomes.unpersist(false);
        }
    }
}
