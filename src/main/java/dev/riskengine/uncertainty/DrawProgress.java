package dev.riskengine.uncertainty;

/** Told as Monte Carlo draws complete, from any thread; the command line shows it as a progress bar. */
public interface DrawProgress {
    DrawProgress NONE = new DrawProgress() {
        @Override public void started(int draws) { }
        @Override public void drawn() { }
        @Override public void finished() { }
    };

    void started(int draws);

    void drawn();

    void finished();
}
