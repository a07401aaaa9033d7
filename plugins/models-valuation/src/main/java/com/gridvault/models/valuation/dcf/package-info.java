/**
 * Discounted cash flow valuation: unlevered free cash flow from drivers or given directly, a WACC
 * from CAPM or given, Gordon-growth and exit-multiple terminal values with their implied
 * cross-metrics, the enterprise-to-equity bridge and a WACC x terminal-growth sensitivity grid.
 */
package com.gridvault.models.valuation.dcf;
