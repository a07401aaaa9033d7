/** Statistics shared by the quant calculators: moments, correlation and the normal distribution. */
package com.gridvault.models.quant.stats;
