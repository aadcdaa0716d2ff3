package org.entente.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine's CPU time counters ({@code /proc/stat}'s first line, Linux only), so that a benchmark can say
 * what else the cores did while it ran: time stolen by the hypervisor for other virtual machines, and time
 * busy outside the benchmark. On a virtual machine with two cores, a pass during which the host took a
 * fifth of the CPU is no measure of scaling, and the report has to show it.
 *
 * <p>A reading holds the counters since boot; {@link #since} gives the ticks spent between two readings, whose
 * shares {@link #stealShare} and {@link #describe} report.
 */
record MachineTime(long busy, long idle, long steal) {
    private static final Path PROC_STAT = Path.of("/proc/stat");

    /** The counters now, or empty where the system does not expose them. */
    static Optional<MachineTime> now() {
        try (BufferedReader r = Files.newBufferedReader(PROC_STAT)) {
            String line = r.readLine();
            return line == null ? Optional.empty() : parse(line);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The aggregate line {@code cpu user nice system idle iowait irq softirq steal ...} in clock ticks; guest
     * time is already inside user time.
     */
    static Optional<MachineTime> parse(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 9 || !f[0].equals("cpu")) {
            return Optional.empty();
        }
        try {
            long user = Long.parseLong(f[1]);
            long nice = Long.parseLong(f[2]);
            long system = Long.parseLong(f[3]);
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long irq = Long.parseLong(f[6]) + Long.parseLong(f[7]);
            long steal = Long.parseLong(f[8]);
            return Optional.of(new MachineTime(user + nice + system + irq, idle, steal));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The ticks spent between an earlier reading and this one. */
    MachineTime since(MachineTime earlier) {
        return new MachineTime(busy - earlier.busy, idle - earlier.idle, steal - earlier.steal);
    }

    private long total() {
        return busy + idle + steal;
    }

    /** The stolen share of all cores' ticks, 0 to 1 (0 when no tick passed). */
    double stealShare() {
        return total() <= 0 ? 0 : (double) steal / total();
    }

    /** "steal 14%, cores busy 96%": the shares of all cores' ticks. */
    String describe() {
        if (total() <= 0) {
            return "steal -, cores busy -";
        }
        return String.format(Locale.ROOT, "steal %.0f%%, cores busy %.0f%%", 100.0 * steal / total(),
                100.0 * busy / total());
    }
}
