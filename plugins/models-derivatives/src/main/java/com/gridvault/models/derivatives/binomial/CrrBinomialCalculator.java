package com.gridvault.models.derivatives.binomial;

import com.gridvault.models.derivatives.common.ExerciseStyle;
import com.gridvault.models.derivatives.common.OptionType;

/**
 * Prices options on a Cox-Ross-Rubinstein (1979) recombining tree: u = exp(sigma sqrt(dt)), d = 1/u,
 * p = (exp((r - q) dt) - d) / (u - d). American options compare continuation with immediate exercise
 * at every node. Greeks follow Hull, Options, Futures and Other Derivatives, section 21.2.
 *
 * <p>Stateless; O(steps^2) time and O(steps) memory. Inputs are assumed valid (see {@link
 * BinomialInput#validate}).
 */
public final class CrrBinomialCalculator {

    /** The shared instance. */
    public static final CrrBinomialCalculator DEFAULT = new CrrBinomialCalculator();

    private CrrBinomialCalculator() {}

    /**
     * Prices an option on the tree.
     *
     * @param input a valid input
     * @return price, Greeks and tree parameters
     */
    public BinomialResult calculate(BinomialInput input) {
        int n = input.steps();
        CrrLattice lattice = CrrLattice.of(input);
        double dt = lattice.dt();
        double u = lattice.up();
        double d = 1.0 / u;
        double p = lattice.upProbability();
        double up = lattice.discount() * p;
        double down = lattice.discount() * (1 - p);
        double s0 = input.spot();
        double[] spots = new double[2 * n + 1]; // spots[k + n] = S0 u^k; node (i, j) has k = 2j - i
        for (int k = -n; k <= n; k++) {
            spots[k + n] = s0 * Math.pow(u, k);
        }
        boolean american = input.exercise() == ExerciseStyle.AMERICAN;
        Nodes tree = rollBack(input.type(), input.strike(), spots, n, up, down, american);
        double premium =
                american ? tree.f00 - rollBack(input.type(), input.strike(), spots, n, up, down, false).f00 : 0.0;

        double delta = (tree.f11 - tree.f10) / (s0 * u - s0 * d);
        double h = 0.5 * (s0 * u * u - s0 * d * d);
        double gamma = ((tree.f22 - tree.f21) / (s0 * u * u - s0) - (tree.f21 - tree.f20) / (s0 - s0 * d * d)) / h;
        double theta = (tree.f21 - tree.f00) / (2 * dt);
        return new BinomialResult(tree.f00, delta, gamma, theta, premium, n, u, p);
    }

    private static Nodes rollBack(
            OptionType type, double strike, double[] spots, int n, double up, double down, boolean american) {
        double[] v = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            v[j] = type.payoff(spots[2 * j], strike);
        }
        Nodes nodes = new Nodes();
        for (int i = n - 1; i >= 0; i--) {
            int offset = n - i;
            for (int j = 0; j <= i; j++) {
                double continuation = up * v[j + 1] + down * v[j];
                v[j] = american ? Math.max(continuation, type.payoff(spots[2 * j + offset], strike)) : continuation;
            }
            if (i == 2) {
                nodes.f20 = v[0];
                nodes.f21 = v[1];
                nodes.f22 = v[2];
            } else if (i == 1) {
                nodes.f10 = v[0];
                nodes.f11 = v[1];
            }
        }
        nodes.f00 = v[0];
        return nodes;
    }

    /** The option values at the first three levels of the tree, f(level)(up moves). */
    private static final class Nodes {
        double f00;
        double f10;
        double f11;
        double f20;
        double f21;
        double f22;
    }
}
