package com.gridvault.models.quant.portfolio;

import com.gridvault.plugin.api.model.Doc;
import java.util.List;

/**
 * A holding and its price history.
 *
 * @param symbol a unique identifier
 * @param quantity units held; negative for a short position
 * @param prices prices at each observation, oldest first; the last is the current price
 */
@Doc("A holding and its price history")
public record AssetPosition(
        @Doc("Unique identifier, e.g. a ticker or ISIN") String symbol,
        @Doc("Units held now; negative = short") double quantity,
        @Doc("Prices at each observation, oldest first, > 0; all positions share the same observations and the"
                        + " last price is the current one")
                List<Double> prices) {}
