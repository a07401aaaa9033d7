package com.gridvault.models.quant.indicators;

import com.gridvault.models.quant.series.Bar;
import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * Input of {@code quant.indicators}.
 *
 * @param bars the price bars
 * @param indicators the indicators to compute
 * @param barsPerYear bars per year, used to annualise VOLATILITY
 */
@Doc("Bars and the indicators to compute over them")
public record IndicatorsInput(
        @Doc("OHLCV bars, strictly increasing in time (gaps allowed), at least 2") List<Bar> bars,
        @Doc("Indicators to compute, at least 1") List<IndicatorSpec> indicators,
        @Doc("Bars per year for annualisation, default 252 (daily bars)") Integer barsPerYear) {}
