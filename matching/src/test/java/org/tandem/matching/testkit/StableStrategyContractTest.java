package org.tandem.matching.testkit;

import org.tandem.matching.spi.MatchingStrategy;

/** The vendor contract kit run on {@code StableStrategy}. */
class StableStrategyContractTest extends MatchingStrategyContract {

    @Override
    protected MatchingStrategy strategy() {
        return new org.tandem.matching.strategy.StableStrategy();
    }
}
