/**
 * The reports folder as a run store: one run at a time ({@link dev.riskengine.store.RunLock}), a
 * run folder that appears whole or not at all ({@link dev.riskengine.store.RunFolder}), files
 * replaced in one rename, {@code latest}, {@code --keep}, the history of every run, and finding
 * and reading past runs ({@link dev.riskengine.store.PreviousRun}, through {@code report.json}).
 *
 * <p>It knows nothing of how a run is made: {@code run} reads, compiles, assesses and writes the
 * reports, then publishes them here.
 */
package dev.riskengine.store;
