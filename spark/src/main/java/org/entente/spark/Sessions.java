package org.entente.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: under {@code spark-submit} the master and resources it was given;
 * run directly (the {@code entente-spark} launcher, tests), the {@code --master} option, {@code local[*]}
 * by default.
 */
final class Sessions {
    private Sessions() {
    }

    static SparkSession open(String app, String master) {
        SparkConf conf = new SparkConf().setAppName(app);
        if (!conf.contains("spark.master")) {
            conf.setMaster(master == null ? "local[*]" : master);
        } else if (master != null) {
            conf.setMaster(master);
        }
        // Spark's web UI is of no use to a batch run started from a shell and would take a port
        conf.setIfMissing("spark.ui.enabled", "false");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
