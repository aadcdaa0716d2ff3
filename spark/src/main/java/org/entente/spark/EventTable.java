package org.entente.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The event records as a table: one row per event with the spec's fields (nested as in the JSON: actors,
 * people and location are structs) and the article it comes from. The schema is written down rather than
 * inferred, so every run and every empty corpus writes the same Parquet columns.
 */
final class EventTable {
    private EventTable() {
    }

    static final StructType ACTOR = new StructType()
            .add("name", DataTypes.StringType).add("country", DataTypes.StringType).add("kind", DataTypes.StringType);
    static final StructType EVENT = new StructType()
            .add("type", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("actors", new ArrayType(ACTOR, true))
            .add("instrument", new StructType().add("text", DataTypes.StringType).add("kind", DataTypes.StringType))
            .add("event_name", DataTypes.StringType)
            .add("people", new ArrayType(new StructType().add("name", DataTypes.StringType)
                    .add("title", DataTypes.StringType).add("for", DataTypes.StringType), true))
            .add("date", DataTypes.StringType)
            .add("location", new StructType().add("name", DataTypes.StringType).add("country", DataTypes.StringType))
            .add("spheres", new ArrayType(DataTypes.StringType, true))
            .add("evidence", DataTypes.StringType)
            .add("confidence", DataTypes.DoubleType)
            .add("plover", DataTypes.StringType)
            .add("cameo", DataTypes.StringType);
    /** An output line of {@code entente extract}: the article's id and its events. */
    static final StructType LINE = new StructType()
            .add("id", DataTypes.StringType)
            .add("events", new ArrayType(EVENT, true));

    /** One row per event, from the output lines: {@code article_id}, then the event's fields. */
    static Dataset<Row> fromLines(SparkSession spark, Dataset<String> lines) {
        Dataset<Row> articles = spark.read().schema(LINE).option("mode", "FAILFAST").json(lines);
        return articles.select(functions.col("id").as("article_id"), functions.explode(functions.col("events")).as("e"))
                .select(functions.col("article_id"), functions.col("e.*"));
    }
}
