package org.tandem.matching;

import org.tandem.core.shared.LocalizedText;

/** What kept a mentor from a mentee. The first eight are hard rules; the rest come from capacity and scores. */
public enum Blocker {
    NO_CONSENT("нет действующего согласия на обработку персональных данных", "no valid consent to personal-data processing"),
    NO_QUESTIONNAIRE("нет в базе или нет анкеты", "not in the base or no questionnaire"),
    FORM_MISMATCH("форма программы не подходит категории", "the program's form does not fit the category"),
    NO_NETWORK_AGREEMENT("разные организации без договора о сетевом наставничестве",
            "different organizations without a network agreement"),
    SELF_MENTORING("один и тот же человек", "the same person"),
    NOT_ENOUGH_EXPERIENCE("у наставника меньше стажа, чем требует положение",
            "the mentor has less experience than the policy asks"),
    NO_MENTOR_TRAINING("наставник не прошёл обучение наставников", "the mentor has not completed mentor training"),
    EXCLUDED_BY_CURATOR("куратор исключил эту пару", "the curator excluded this pair"),
    /** A hard rule a vendor added; the candidate names it. */
    VENDOR_RULE("правило поставщика", "a vendor's rule"),
    NO_CAPACITY_LEFT("у наставника нет свободных мест", "the mentor has no places left"),
    BELOW_THRESHOLD("совместимость ниже порога", "the score is below the threshold"),
    TAKEN_BY_OTHERS("места наставника заняты другими наставляемыми этого предложения",
            "the mentor's places went to other mentees of this proposal"),
    NOT_CHOSEN("стратегия не выбрала эту пару", "the strategy did not choose this pair");

    private final LocalizedText text;

    Blocker(String ru, String en) {
        this.text = LocalizedText.of(ru, en);
    }

    /** A short description of the blocker; candidates carry the specific words. */
    public LocalizedText text() {
        return text;
    }

    /** Whether the blocker is a hard rule, i.e. the pair is not allowed at all. */
    public boolean isHardRule() {
        return ordinal() <= VENDOR_RULE.ordinal();
    }
}
