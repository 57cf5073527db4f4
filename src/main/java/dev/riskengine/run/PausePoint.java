package dev.riskengine.run;

/**
 * Test hook, off unless the system property {@code riskengine.pauseAt} names a point: the run then
 * prints {@code paused at NAME} to stderr and sleeps there, so a test can kill the process at a
 * known step ({@code AtomicRunKillTest}). Points: locked, reserved, written, published, indexed
 * (history.json and index.html replaced, reports/latest not yet).
 */
final class PausePoint {
    static final String PROPERTY = "riskengine.pauseAt";

    private PausePoint() { }

    static void reach(String name) {
        if (!name.equals(System.getProperty(PROPERTY))) {
            return;
        }
        System.err.println("paused at " + name);
        System.err.flush();
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
