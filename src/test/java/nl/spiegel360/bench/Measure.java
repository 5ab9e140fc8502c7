package nl.spiegel360.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Timing, statistics and the results file of the benchmarks. */
final class Measure {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Measure() {
    }

    /** Nanoseconds that an action took. */
    static long nanos(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return System.nanoTime() - started;
    }

    static double median(List<Long> values) {
        return percentile(values, 50);
    }

    /** The p-th percentile (nearest rank) of the values. */
    static double percentile(List<Long> values, double p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double ms(double nanos) {
        return nanos / 1e6;
    }

    /** Durations in whole milliseconds, comma-separated. */
    static String list(List<Long> nanos) {
        return String.join(", ", nanos.stream().map(n -> f("%.0f", ms(n))).toList());
    }

    /** Live heap after full collections, in bytes. */
    static long liveHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Bytes allocated by the calling thread so far. */
    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /**
     * Runs the action while a sampler reads the used heap every millisecond; returns the highest reading above
     * the live heap before it, in bytes.
     */
    static long peakHeapAbove(Runnable action) {
        long base = liveHeap();
        long[] peak = {0};
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], MEMORY.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            action.run();
        } finally {
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        peak[0] = Math.max(peak[0], MEMORY.getHeapMemoryUsage().getUsed());
        return peak[0] - base;
    }

    /**
     * The highest live heap above the live heap before, while {@code action} writes its output: each time another
     * {@code every} bytes have been written the heap is collected and what is still in use is read. Unlike
     * {@link #peakHeapAbove}, garbage not yet collected does not count: this is what the export holds on to.
     */
    static long peakLiveAbove(long every, java.util.function.Consumer<java.io.OutputStream> action) {
        long base = liveHeap();
        long[] peak = {0};
        long[] written = {0};
        long[] next = {every};
        Runnable sample = () -> {
            System.gc();
            peak[0] = Math.max(peak[0], MEMORY.getHeapMemoryUsage().getUsed() - base);
        };
        action.accept(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                count(1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count(len);
            }

            private void count(long n) {
                written[0] += n;
                if (written[0] >= next[0]) {
                    next[0] = written[0] + every;
                    sample.run();
                }
            }
        });
        sample.run();
        return peak[0];
    }

    static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** Lines of one benchmark's results, printed and written to target/benchmarks/{name}.md. */
    static final class Results {
        private final String name;
        private final List<String> lines = new ArrayList<>();

        Results(String name, String title) {
            this.name = name;
            lines.add("### " + title);
            lines.add("");
        }

        Results line(String pattern, Object... args) {
            lines.add(f(pattern, args));
            return this;
        }

        void write() {
            String text = String.join("\n", lines) + "\n";
            System.out.println();
            System.out.println(text);
            Path dir = Path.of(System.getProperty("spiegel360.bench.out", "target/benchmarks"));
            try {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(name + ".md"), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Figures of one benchmark at every size: per row its median in milliseconds at each size, its ratio to the
     * floor row it is compared with, and the growth from the smallest size to the largest.
     */
    static final class SizeTable {
        private record Row(String label, @org.jspecify.annotations.Nullable String floor,
                java.util.Map<String, Double> ms, java.util.Map<String, String> notes) {
        }

        private final List<String> sizes;
        private final java.util.Map<String, Row> rows = new java.util.LinkedHashMap<>();
        private final String noteHeader;
        private boolean megabytes;

        /** Sizes as they head the columns ("1k", "10k"); a note column (statements, rows) when its header is given. */
        SizeTable(List<String> sizes, String noteHeader) {
            this.sizes = sizes;
            this.noteHeader = noteHeader;
        }

        /** A row compared with the floor row of that label, or a floor itself when {@code floor} is null. */
        SizeTable row(String label, @org.jspecify.annotations.Nullable String floor) {
            rows.put(label, new Row(label, floor, new java.util.HashMap<>(), new java.util.HashMap<>()));
            return this;
        }

        /** Figures in megabytes instead of milliseconds. */
        SizeTable inMegabytes() {
            megabytes = true;
            return this;
        }

        boolean has(String label) {
            return rows.containsKey(label);
        }

        /** A row without a floor of its own (a detail of another row). */
        SizeTable plain(String label) {
            return row(label, "-");
        }

        void put(String label, String size, double ms) {
            rows.get(label).ms().put(size, ms);
        }

        void note(String label, String size, String note) {
            rows.get(label).notes().put(size, note);
        }

        double ms(String label, String size) {
            return rows.get(label).ms().getOrDefault(size, Double.NaN);
        }

        void writeTo(Results results) {
            StringBuilder head = new StringBuilder("| What |");
            StringBuilder rule = new StringBuilder("|---|");
            for (String size : sizes) {
                head.append(' ').append(size).append(" |").append(" to floor |");
                rule.append("---:|---:|");
                if (!noteHeader.isEmpty()) {
                    head.append(' ').append(noteHeader).append(" (").append(size).append(") |");
                    rule.append("---:|");
                }
            }
            if (sizes.size() > 1) {
                head.append(" Growth ").append(sizes.getFirst()).append(" to ").append(sizes.getLast()).append(" |");
                rule.append("---:|");
            }
            results.line("%s", head).line("%s", rule);
            for (Row row : rows.values()) {
                StringBuilder line = new StringBuilder("| ").append(row.label()).append(" |");
                for (String size : sizes) {
                    double value = row.ms().getOrDefault(size, Double.NaN);
                    line.append(' ').append(megabytes ? Double.isNaN(value) ? "" : f("%.0f MB", value)
                            : duration(value)).append(" |");
                    if (row.floor() == null) {
                        line.append(Double.isNaN(value) ? " |" : " 1.00 |");
                    } else if (row.floor().equals("-")) {
                        line.append(" |");
                    } else {
                        double floor = rows.get(row.floor()).ms().getOrDefault(size, Double.NaN);
                        line.append(Double.isNaN(value) || Double.isNaN(floor) ? " |" : f(" %.2f |", value / floor));
                    }
                    if (!noteHeader.isEmpty()) {
                        line.append(' ').append(row.notes().getOrDefault(size, "")).append(" |");
                    }
                }
                if (sizes.size() > 1) {
                    double first = row.ms().getOrDefault(sizes.getFirst(), Double.NaN);
                    double last = row.ms().getOrDefault(sizes.getLast(), Double.NaN);
                    line.append(Double.isNaN(first) || Double.isNaN(last) ? " |" : f(" %.1f× |", last / first));
                }
                results.line("%s", line);
            }
        }

        /** A duration in the unit a reader compares best: ms with decimals below 10 ms, whole above. */
        static String duration(double ms) {
            if (Double.isNaN(ms)) {
                return "";
            }
            return ms < 10 ? f("%.2f ms", ms) : ms < 10_000 ? f("%.0f ms", ms) : f("%.1f s", ms / 1000);
        }
    }

    /** The labels of the sizes this run measures ("1k", "10k"). */
    static List<String> sizeLabels() {
        return BenchData.SIZES.stream().map(n -> n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n)).toList();
    }

    /** The machine, for the results. */
    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return f("%d cores, %.1f GiB heap for the benchmark JVM, Java %s, %s", rt.availableProcessors(),
                rt.maxMemory() / 1024.0 / 1024 / 1024, Runtime.version(), System.getProperty("os.name"));
    }
}
