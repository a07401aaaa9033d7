package com.gridvault.models.derivatives.montecarlo;

import com.gridvault.models.derivatives.common.OptionType;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Simulates blocks of risk-neutral GBM paths, ln S(t + dt) = ln S(t) + (r - q - sigma^2 / 2) dt + sigma
 * sqrt(dt) Z, and averages their payoffs. Immutable and shareable; each call to {@link #simulate} keeps
 * its state on its own stack.
 *
 * <p>{@link StrictMath} rather than {@link Math}: Math's intrinsics may differ by an ulp between CPUs,
 * which could flip a barrier hit and break bit-for-bit reruns on another machine.
 */
final class PathSimulator {

    private static final int CANCEL_POLL_MASK = 1023;

    private final OptionType type;
    private final PayoffType payoff;
    private final double strike;
    private final double logSpot;
    private final double drift;
    private final double diffusion;
    private final int steps;
    private final boolean antithetic;
    private final boolean barrierUp;
    private final boolean knockIn;
    private final double logBarrier;

    PathSimulator(MonteCarloInput input) {
        double dt = input.timeToExpiry() / input.steps();
        double vol = input.volatility();
        this.type = input.type();
        this.payoff = input.payoff();
        this.strike = input.strike();
        this.logSpot = StrictMath.log(input.spot());
        this.drift = (input.rate() - input.dividendYield() - 0.5 * vol * vol) * dt;
        this.diffusion = vol * StrictMath.sqrt(dt);
        this.steps = input.steps();
        this.antithetic = input.antithetic();
        Barrier barrier = payoff == PayoffType.BARRIER ? input.barrier() : null;
        this.barrierUp = barrier != null && barrier.type().isUp();
        this.knockIn = barrier != null && barrier.type().isKnockIn();
        this.logBarrier = barrier != null ? StrictMath.log(barrier.level()) : Double.NaN;
    }

    /**
     * Simulates one block.
     *
     * @param random the block's own stream
     * @param samples independent samples to draw (pairs when antithetic)
     * @param stop polled every 1024 samples; true aborts the block
     * @return the block's statistics of the undiscounted payoff
     * @throws CancellationException when {@code stop} turns true
     */
    BlockResult simulate(SplittableRandom random, long samples, BooleanSupplier stop) {
        if (samples == 0) {
            return BlockResult.EMPTY;
        }
        GaussianSampler gaussian = new GaussianSampler(random);
        double[] normals = new double[steps];
        long[] hits = new long[1];
        double mean = 0.0;
        double squares = 0.0;
        for (long i = 0; i < samples; i++) {
            if ((i & CANCEL_POLL_MASK) == 0 && stop.getAsBoolean()) {
                throw new CancellationException("The model run was cancelled");
            }
            for (int k = 0; k < steps; k++) {
                normals[k] = gaussian.next();
            }
            double sample = pathPayoff(normals, 1.0, hits);
            if (antithetic) {
                sample = 0.5 * (sample + pathPayoff(normals, -1.0, hits));
            }
            double delta = sample - mean; // Welford's update
            mean += delta / (i + 1);
            squares += delta * (sample - mean);
        }
        return new BlockResult(samples, mean, squares, hits[0]);
    }

    private double pathPayoff(double[] normals, double sign, long[] hits) {
        double x = logSpot;
        double sum = 0.0;
        boolean touched = false;
        double shock = sign * diffusion;
        for (int k = 0; k < steps; k++) {
            x += drift + shock * normals[k];
            if (payoff == PayoffType.ASIAN_ARITHMETIC) {
                sum += StrictMath.exp(x);
            } else if (payoff == PayoffType.BARRIER) {
                touched |= barrierUp ? x >= logBarrier : x <= logBarrier;
            }
        }
        double underlying = payoff == PayoffType.ASIAN_ARITHMETIC ? sum / steps : StrictMath.exp(x);
        double value = type.payoff(underlying, strike);
        if (payoff == PayoffType.BARRIER) {
            if (touched) {
                hits[0]++;
            }
            return touched == knockIn ? value : 0.0;
        }
        return value;
    }
}
