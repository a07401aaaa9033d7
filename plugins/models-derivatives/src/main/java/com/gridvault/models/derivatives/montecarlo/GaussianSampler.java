package com.gridvault.models.derivatives.montecarlo;

import java.util.SplittableRandom;

/**
 * Standard normal draws from one random stream by Marsaglia's polar method (Marsaglia and Bray, 1964).
 * Written out here, with {@link StrictMath}, rather than taken from the JDK so the sequence for a seed
 * cannot change with the JDK or the CPU. Not thread-safe: one per block.
 */
final class GaussianSampler {

    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    GaussianSampler(SplittableRandom random) {
        this.random = random;
    }

    /** Returns the next standard normal draw. */
    double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * random.nextDouble() - 1.0;
            v = 2.0 * random.nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double scale = StrictMath.sqrt(-2.0 * StrictMath.log(s) / s);
        spare = v * scale;
        hasSpare = true;
        return u * scale;
    }
}
