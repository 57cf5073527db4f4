package dev.riskengine.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/** Who holds the reports lock: the content of {@code reports/.lock}, written once by the holder. */
public record LockHolder(long pid, String host, Instant startedAt) {

    static LockHolder current() {
        return new LockHolder(ProcessHandle.current().pid(), thisHost(), Instant.now());
    }

    String text() {
        return "pid=" + pid + "\nhost=" + host + "\nstarted=" + startedAt + "\n";
    }

    /** Empty when the text is not a complete lock (e.g. written by hand, or truncated). */
    static Optional<LockHolder> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new java.io.StringReader(text));
            return Optional.of(new LockHolder(Long.parseLong(properties.getProperty("pid", "").trim()),
                    properties.getProperty("host", "").trim(),
                    Instant.parse(properties.getProperty("started", "").trim())));
        } catch (java.io.IOException | NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * True only when the holder was on this host and its process is gone. A pid alive again but
     * started after the lock was taken belongs to another program (the pid was reused).
     */
    boolean isGoneFromThisHost() {
        if (!host.equals(thisHost())) {
            return false;
        }
        return ProcessHandle.of(pid)
                .map(process -> !process.isAlive() || process.info().startInstant()
                        .map(start -> start.isAfter(startedAt.plusSeconds(1))).orElse(false))
                .orElse(true);
    }

    String describe() {
        return "pid " + pid + " on " + host + " since " + startedAt;
    }

    static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String fromEnv = System.getenv("HOSTNAME");
            return fromEnv == null || fromEnv.isBlank() ? "unknown-host" : fromEnv;
        }
    }
}
