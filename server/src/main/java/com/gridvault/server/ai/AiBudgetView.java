package com.gridvault.server.ai;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * An organization's monthly AI budget. Crossing a soft limit warns (on the answer and in the log);
 * reaching a hard limit refuses further calls until the month ends (429 with Retry-After).
 *
 * @param softTokens tokens per month that trigger a warning; 0 = none
 * @param hardTokens tokens per month that stop calls; 0 = none
 * @param softCost cost per month that triggers a warning (the configured prices' currency), or null
 * @param hardCost cost per month that stops calls, or null
 */
public record AiBudgetView(
        @PositiveOrZero long softTokens,
        @PositiveOrZero long hardTokens,
        @DecimalMin("0") BigDecimal softCost,
        @DecimalMin("0") BigDecimal hardCost) {}
