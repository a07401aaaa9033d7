package com.gridvault.excel.model;

/** The kinds of financial model the bridge recognizes. */
public enum ModelType {
    /** Discounted cash flow valuation: free cash flows, WACC, terminal value. */
    DCF,
    /** Leveraged buyout: sources and uses, debt schedule, sponsor returns (IRR, MOIC). */
    LBO,
    /** Linked income statement, balance sheet and cash flow statement. */
    THREE_STATEMENT,
    /** Trading comparables: a peer table of valuation multiples. */
    COMPS,
    /** Not enough evidence for any of the above. */
    UNKNOWN
}
