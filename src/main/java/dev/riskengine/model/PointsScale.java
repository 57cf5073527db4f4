package dev.riskengine.model;

/**
 * The factor by which the points of the rule now firing are multiplied as its {@link Contribution}
 * is made: 1 in every assessment. A sensitivity draw ({@code risk sensitivity}) sets a factor per
 * rule for the length of that rule's consequence, so rule authors' DRL stays as they wrote it and
 * every way a rule computes its points (a literal, a formula, a decision table's cell) is scaled
 * alike. Per thread: a session runs its consequences on the thread that fires it.
 */
public final class PointsScale {
    private static final ThreadLocal<double[]> FACTOR = ThreadLocal.withInitial(() -> new double[] {1.0});

    private PointsScale() { }

    /** The factor for contributions made now on this thread: 1 unless a sensitivity draw set one. */
    public static double current() {
        return FACTOR.get()[0];
    }

    /** @param factor finite and not negative: a factor cannot turn a rule's risk into mitigation */
    public static void set(double factor) {
        if (!Double.isFinite(factor) || factor < 0) {
            throw new IllegalArgumentException("a points factor must be finite and not negative, was " + factor);
        }
        FACTOR.get()[0] = factor;
    }

    /** Back to 1: the rule's consequence is over, or the session failed in it. */
    public static void reset() {
        FACTOR.get()[0] = 1.0;
    }
}
