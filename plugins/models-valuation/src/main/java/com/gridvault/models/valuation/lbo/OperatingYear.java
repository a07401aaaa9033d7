package com.gridvault.models.valuation.lbo;

/** The operating lines of one year, before financing. */
record OperatingYear(int year, double revenue, double ebitda, double da, double capex, double changeInNwc) {}
