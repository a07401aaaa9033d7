/**
 * Corporate-finance valuation models contributed to Gridvault as {@code FinancialModel}
 * extensions: discounted cash flow ({@code dcf}), leveraged buyout ({@code lbo}) and M&amp;A
 * accretion/dilution ({@code accretion}). Each feature package holds immutable input/output records,
 * a validator, a stateless calculator with a {@code DEFAULT} instance and the thin extension that
 * ties them together.
 */
package com.gridvault.models.valuation;
