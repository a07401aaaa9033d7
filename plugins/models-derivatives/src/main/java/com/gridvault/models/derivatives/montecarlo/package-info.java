/**
 * Monte Carlo pricing under geometric Brownian motion: European, arithmetic-average Asian and
 * discretely monitored barrier options, with antithetic variates and a 95% confidence interval.
 *
 * <p>Results depend only on the input, never on the number of threads: paths are split into a fixed
 * number of blocks, each with its own random stream split deterministically from the seed, and the
 * block statistics are merged in block order.
 */
package com.gridvault.models.derivatives.montecarlo;
