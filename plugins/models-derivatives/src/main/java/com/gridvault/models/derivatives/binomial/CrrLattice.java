package com.gridvault.models.derivatives.binomial;

/**
 * The per-step parameters of a Cox-Ross-Rubinstein tree (Hull, Options, Futures and Other Derivatives,
 * section 21.4): u = exp(sigma sqrt(dt)), d = 1/u, p = (exp((r - q) dt) - d) / (u - d).
 *
 * @param dt the step length in years
 * @param up the up factor u
 * @param upProbability the risk-neutral up probability p; a usable tree needs 0 &lt; p &lt; 1
 * @param discount the one-step discount factor exp(-r dt)
 */
public record CrrLattice(double dt, double up, double upProbability, double discount) {

    /**
     * Derives the tree parameters of an input whose fields are valid.
     *
     * @param input the input
     * @return the lattice parameters
     */
    public static CrrLattice of(BinomialInput input) {
        double dt = input.timeToExpiry() / input.steps();
        double u = Math.exp(input.volatility() * Math.sqrt(dt));
        double d = 1.0 / u;
        double p = (Math.exp((input.rate() - input.dividendYield()) * dt) - d) / (u - d);
        return new CrrLattice(dt, u, p, Math.exp(-input.rate() * dt));
    }

    /**
     * Tells whether p is a probability strictly inside (0, 1), i.e. sigma sqrt(dt) &gt; |r - q| dt.
     *
     * @return true when the tree is arbitrage-free
     */
    public boolean isValid() {
        return upProbability > 0 && upProbability < 1;
    }
}
