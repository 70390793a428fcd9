package org.tandem.matching.testkit;

import org.tandem.matching.spi.MatchingStrategy;

/** The vendor contract kit run on {@code FirstFitStrategy}. */
class VendorFirstFitStrategyContractTest extends MatchingStrategyContract {

    @Override
    protected MatchingStrategy strategy() {
        return new FirstFitStrategy();
    }
}
