package com.gridvault.models.valuation.accretion;

import com.gridvault.plugin.api.model.Doc;

/**
 * How the purchase equity value is paid; the fractions sum to 1.
 *
 * @param cashFraction share paid from the acquirer's cash
 * @param stockFraction share paid in new acquirer shares
 * @param debtFraction share paid from new debt
 */
@Doc("Consideration mix: fractions of the purchase equity value, each in [0, 1], summing to 1.")
public record ConsiderationMix(
        @Doc("Fraction paid from existing cash, decimal.") Double cashFraction,
        @Doc("Fraction paid in new acquirer shares issued at the acquirer's share price, decimal.")
                Double stockFraction,
        @Doc("Fraction paid from new debt, decimal.") Double debtFraction) {}
