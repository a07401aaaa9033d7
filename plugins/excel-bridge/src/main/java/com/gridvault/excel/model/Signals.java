package com.gridvault.excel.model;

import static com.gridvault.excel.model.ModelType.COMPS;
import static com.gridvault.excel.model.ModelType.DCF;
import static com.gridvault.excel.model.ModelType.LBO;
import static com.gridvault.excel.model.ModelType.THREE_STATEMENT;

import java.util.List;

/**
 * The phrases and weights the detector looks for. Weights: 3-4 for phrases that nearly prove the
 * type ("Sponsor Equity", "Terminal Value"), 2 for strong hints, 1 or less for terms other types
 * use as well ("Enterprise Value", "Net Income").
 */
final class Signals {

    private Signals() {}

    static final List<Signal> ALL = List.of(
            Signal.of(DCF, "wacc", 3),
            Signal.of(DCF, "weighted average cost of capital", 3),
            Signal.of(DCF, "terminal value", 3),
            Signal.of(DCF, "terminal growth", 2),
            Signal.of(DCF, "perpetuity growth", 2),
            Signal.of(DCF, "unlevered free cash flow", 3),
            Signal.of(DCF, "free cash flow", 2),
            Signal.of(DCF, "ufcf", 2),
            Signal.of(DCF, "fcff", 2),
            Signal.of(DCF, "discount factor", 2),
            Signal.of(DCF, "present value", 1.5),
            Signal.of(DCF, "cost of equity", 1.5),
            Signal.of(DCF, "implied share price", 2),
            Signal.of(DCF, "mid-year convention", 2),
            Signal.of(DCF, "risk-free rate", 1),
            Signal.of(DCF, "equity risk premium", 1.5),
            Signal.of(DCF, "enterprise value", 1),
            Signal.of(DCF, "dcf", 4),
            Signal.of(LBO, "sponsor equity", 4),
            Signal.of(LBO, "moic", 3),
            Signal.of(LBO, "irr", 2),
            Signal.of(LBO, "cash-on-cash", 2),
            Signal.of(LBO, "sources and uses", 3),
            Signal.of(LBO, "entry multiple", 2),
            Signal.of(LBO, "exit multiple", 1.5),
            Signal.of(LBO, "senior debt", 2),
            Signal.of(LBO, "term loan", 2),
            Signal.of(LBO, "revolver", 1.5),
            Signal.of(LBO, "mezzanine", 2),
            Signal.of(LBO, "debt schedule", 1.5),
            Signal.of(LBO, "cash sweep", 2),
            Signal.of(LBO, "management rollover", 2),
            Signal.of(LBO, "lbo", 4),
            Signal.of(THREE_STATEMENT, "income statement", 3),
            Signal.of(THREE_STATEMENT, "balance sheet", 3),
            Signal.of(THREE_STATEMENT, "cash flow statement", 3),
            Signal.of(THREE_STATEMENT, "statement of cash flows", 3),
            Signal.of(THREE_STATEMENT, "total assets", 1.5),
            Signal.of(THREE_STATEMENT, "total liabilities", 1.5),
            Signal.of(THREE_STATEMENT, "retained earnings", 1.5),
            Signal.of(THREE_STATEMENT, "shareholders' equity", 1),
            Signal.of(THREE_STATEMENT, "cash from operations", 1.5),
            Signal.of(THREE_STATEMENT, "balance check", 2),
            Signal.of(THREE_STATEMENT, "working capital", 1),
            Signal.of(THREE_STATEMENT, "net income", 0.5),
            Signal.of(COMPS, "ev/ebitda", 3),
            Signal.of(COMPS, "ev/revenue", 3),
            Signal.of(COMPS, "ev/sales", 3),
            Signal.of(COMPS, "p/e", 2.5),
            Signal.of(COMPS, "comparable companies", 3),
            Signal.of(COMPS, "trading comps", 3),
            Signal.of(COMPS, "comps", 3),
            Signal.of(COMPS, "peer", 2),
            Signal.of(COMPS, "peers", 2),
            Signal.of(COMPS, "market cap", 1.5),
            Signal.of(COMPS, "ticker", 2),
            Signal.of(COMPS, "median", 1),
            Signal.of(COMPS, "75th percentile", 1.5));
}
