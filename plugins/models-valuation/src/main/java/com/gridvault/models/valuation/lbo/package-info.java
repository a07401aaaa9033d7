/**
 * Leveraged buyout: sources and uses, an operating projection, a debt schedule with an amortising
 * term loan, bullet notes and a revolver, interest on average balances solved by fixed-point
 * iteration, exit by multiple, sponsor IRR and MOIC, and an entry x exit multiple returns grid.
 */
package com.gridvault.models.valuation.lbo;
