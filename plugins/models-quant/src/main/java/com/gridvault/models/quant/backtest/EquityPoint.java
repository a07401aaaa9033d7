package com.gridvault.models.quant.backtest;

import com.gridvault.plugin.api.model.Doc;
import java.time.Instant;

/**
 * Account state at a bar's close.
 *
 * @param time the bar time
 * @param equity cash plus position marked at the close
 * @param position signed units held (negative when short)
 */
@Doc("Equity and position at one bar's close")
public record EquityPoint(
        @Doc("Bar time") Instant time,
        @Doc("Cash plus position marked at the close, account currency") double equity,
        @Doc("Signed units held after the bar (negative = short)") double position) {}
