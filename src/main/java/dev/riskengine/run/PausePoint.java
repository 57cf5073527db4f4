package dev.riskengine.run;

/**
 * Test hook, off unless the system property {@code riskengine.pauseAt} names a point: the run then
 * prints {@code paused at NAME} to stderr and sleeps there, so a test can kill the process at a
 * known step ({@code AtomicRunKillTest}). Points: locked, reserved, written, published, indexed
 * (history.json and index.html replaced, reports/latest not yet).
 */
final class PausePoint {
    static final String PROPERTY = "riskengine.pauseAt";
    /** How long to pause, in milliseconds (default a minute: long enough to be killed). */
    static final String MILLIS_PROPERTY = "riskengine.pauseMillis";

    private PausePoint() { }

    static void reach(String name) {
        if (!name.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.err.println("paused at " + name);
        System.err.flush();
        try {
            Thread.sleep(Long.getLong(MILLIS_PROPERTY, 60_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
