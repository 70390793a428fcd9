package org.tandem.core.roadmap.rules;

import org.tandem.core.mentorship.ApprovalOrder;
import org.tandem.core.mentorship.Mentorship;

/** Wording about pairs and groups shared by the live-state rules. */
final class Pairs {

    private Pairs() {
    }

    /** "пара m-3" or "группа m-3", in the nominative. */
    static String ru(Mentorship mentorship) {
        return (mentorship.currentMentees().size() > 1 ? "группа " : "пара ") + mentorship.id().value();
    }

    static String en(Mentorship mentorship) {
        return (mentorship.currentMentees().size() > 1 ? "group " : "pair ") + mentorship.id().value();
    }

    static String ruOrder(ApprovalOrder order) {
        return "приказ № " + order.number() + " от " + Texts.ru(order.date());
    }

    static String enOrder(ApprovalOrder order) {
        return "order No. " + order.number() + " of " + Texts.en(order.date());
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
