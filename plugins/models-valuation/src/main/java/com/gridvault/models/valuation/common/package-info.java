/** Helpers shared by the valuation models: input checks, centred sensitivity axes, compounding. */
package com.gridvault.models.valuation.common;
