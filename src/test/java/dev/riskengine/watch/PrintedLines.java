package dev.riskengine.watch;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** What watch mode prints, line by line as it is flushed, for tests and the latency measurement to wait on. */
final class PrintedLines extends Writer {
    private final StringBuilder partial = new StringBuilder();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();

    PrintWriter writer() {
        return new PrintWriter(this, true);
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (chars[i] == '\n') {
                lines.add(partial.toString());
                partial.setLength(0);
            } else if (chars[i] != '\r') {
                partial.append(chars[i]);
            }
        }
    }

    @Override public void flush() { }
    @Override public void close() { }

    /** The lines up to and including the first that matches, or an AssertionError after the timeout. */
    List<String> until(Predicate<String> last, Duration timeout) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no matching line within " + timeout + "; printed so far:\n"
                        + String.join("\n", all));
            }
            seen.add(line);
            synchronized (all) {
                all.add(line);
            }
            if (last.test(line)) {
                return seen;
            }
        }
    }
}
