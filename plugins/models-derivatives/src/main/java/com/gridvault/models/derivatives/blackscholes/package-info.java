/**
 * Black-Scholes-Merton pricing of European options on an underlying with a continuous dividend yield,
 * with the price and every first-order Greek plus gamma in one pass.
 */
package com.gridvault.models.derivatives.blackscholes;
