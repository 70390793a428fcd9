package org.tandem.matching;

import org.tandem.core.shared.LocalizedText;

/** Why a mentee got no mentor. */
public enum UnmatchedReason {
    /** Hard rules forbid every mentor of the base. */
    NO_ALLOWED_MENTOR("нет ни одного допустимого наставника", "no allowed mentor"),
    /** Allowed mentors exist, but all were full: before the run or with other mentees of this proposal. */
    ALL_ALLOWED_MENTORS_FULL("все допустимые наставники заняты", "all allowed mentors are full"),
    /** Allowed mentors with places exist, but every such pair scores below the knock-out threshold. */
    ALL_BELOW_THRESHOLD("все допустимые пары ниже порога совместимости", "all allowed pairs are below the threshold"),
    /** A mentor with a place was allowed, but the strategy left the mentee out. */
    LEFT_BY_STRATEGY("стратегия не назначила наставника", "the strategy assigned no mentor");

    private final LocalizedText text;

    UnmatchedReason(String ru, String en) {
        this.text = LocalizedText.of(ru, en);
    }

    public LocalizedText text() {
        return text;
    }
}
