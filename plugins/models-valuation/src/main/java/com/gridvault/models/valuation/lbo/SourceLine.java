package com.gridvault.models.valuation.lbo;

import com.gridvault.plugin.api.model.Doc;

/**
 * One line of the sources of funds.
 *
 * @param name the tranche name, or "Sponsor equity"
 * @param amount the amount raised
 */
@Doc("One source of funds at close.")
public record SourceLine(
        @Doc("Tranche name, or \"Sponsor equity\".") String name,
        @Doc("Amount raised at close, currency units.") double amount) {}
