package com.gridvault.models.quant.portfolio;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * Pearson correlations of the holdings' simple returns.
 *
 * @param symbols row and column labels
 * @param values the symmetric matrix, row by row
 */
@Doc("Correlation matrix of the holdings' simple returns")
public record CorrelationMatrix(
        @Doc("Row and column labels, in position order") List<String> symbols,
        @Doc("Rows of correlations in [-1, 1]; null where an asset's price never changes") List<List<Double>> values) {}
