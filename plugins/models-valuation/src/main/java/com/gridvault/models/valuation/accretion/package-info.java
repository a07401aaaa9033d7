/**
 * M&amp;A accretion/dilution: offer price and premium, a cash / stock / new-debt consideration mix,
 * after-tax financing costs, new shares issued at the acquirer's price, phased synergies and
 * integration costs, pro forma EPS per year and the breakeven synergies in closed form.
 */
package com.gridvault.models.valuation.accretion;
