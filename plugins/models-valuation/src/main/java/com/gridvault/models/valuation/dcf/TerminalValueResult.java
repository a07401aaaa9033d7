package com.gridvault.models.valuation.dcf;

import com.gridvault.plugin.api.model.Doc;

/**
 * A valuation closed by one terminal-value method.
 *
 * @param terminalValue value at the end of the final year of all later cash flows
 * @param discountFactor the factor bringing the terminal value to today
 * @param presentValue the terminal value today
 * @param enterpriseValue PV of explicit flows plus PV of terminal value
 * @param equityValue enterprise value through the equity bridge
 * @param valuePerShare equity value per diluted share
 * @param terminalShareOfEnterpriseValue PV of terminal value / enterprise value
 */
@Doc("Valuation closed by one terminal-value method.")
public record TerminalValueResult(
        @Doc("Terminal value at the end of the final year N, currency units.") double terminalValue,
        @Doc("Discount factor applied to the terminal value, 1 / (1 + WACC)^N.") double discountFactor,
        @Doc("Present value of the terminal value, currency units.") double presentValue,
        @Doc("Enterprise value = PV of explicit UFCF + PV of terminal value, currency units.") double enterpriseValue,
        @Doc("Equity value = EV - net debt - minorities - preferred + non-operating assets, currency units.")
                double equityValue,
        @Doc("Equity value per diluted share, currency units per share.") double valuePerShare,
        @Doc("PV of terminal value / enterprise value, decimal.") double terminalShareOfEnterpriseValue) {}
