package org.entente.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (rate and ETA) that problem reports do not garble: a report clears the bar's line,
 * prints {@code entente: message}, and the bar redraws on its next tick. Thread-safe; without {@link #start}
 * it only reports.
 */
final class Progress {

    private final PrintWriter err;
    private final Object lock = new Object();
    private ProgressBar bar;

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** Shows the bar; the total is a hint (grown if more items come). */
    void start(String task, OptionalLong total) {
        DelegatingProgressBarConsumer consumer = new DelegatingProgressBarConsumer(rendered -> {
            synchronized (lock) {
                err.print('\r' + rendered + "\033[K");
                err.flush();
            }
        }, Terminals.columns() - 1);
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total.orElse(-1))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1)
                .showSpeed(new DecimalFormat("0.0"))
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(500)
                .continuousUpdate()
                .setConsumer(consumer)
                .build();
    }

    /** One item done. */
    void step() {
        ProgressBar b = bar;
        if (b != null) {
            b.step();
            if (b.getMax() > 0 && b.getCurrent() > b.getMax()) {
                b.maxHint(b.getCurrent());
            }
        }
    }

    /** A note after the bar (model loading). */
    void message(String m) {
        ProgressBar b = bar;
        if (b != null) {
            b.setExtraMessage(m);
        }
    }

    /** {@code entente: message} on its own line. */
    void report(String message) {
        synchronized (lock) {
            if (bar != null) {
                err.print("\r\033[K");
            }
            err.println("entente: " + message);
            err.flush();
        }
    }

    /** Removes the bar, leaving its last state on the line. */
    void stop() {
        if (bar != null) {
            bar.close();
            synchronized (lock) {
                err.println();
                err.flush();
            }
            bar = null;
        }
    }
}
