package com.gridvault.models.quant.series;

import com.gridvault.plugin.api.model.Doc;
import java.time.Instant;

/**
 * One OHLCV price bar, as sent by the caller (or converted by the server from a CSV upload).
 *
 * @param time when the bar closed; bars must be strictly increasing in time, gaps are allowed
 * @param open first traded price of the bar
 * @param high highest price of the bar
 * @param low lowest price of the bar
 * @param close last traded price of the bar
 * @param volume traded quantity during the bar
 */
@Doc("One OHLCV price bar. Timestamps must be strictly increasing; gaps (weekends, holidays) are allowed.")
public record Bar(
        @Doc("When the bar closed (ISO-8601 instant, UTC), e.g. 2024-01-02T21:00:00Z") Instant time,
        @Doc("Opening price, > 0 and within [low, high]") double open,
        @Doc("Highest price, > 0 and >= low") double high,
        @Doc("Lowest price, > 0") double low,
        @Doc("Closing price, > 0 and within [low, high]") double close,
        @Doc("Traded volume in units of the instrument, >= 0") double volume) {}
