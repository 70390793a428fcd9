package org.tandem.core.roadmap.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.tandem.core.roadmap.deadline.DueWindow;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;
import org.tandem.core.shared.LocalizedText;

/** Formatting shared by the built-in rules' messages: Russian curators read dd.MM.yyyy, the English text ISO dates. */
final class Texts {

    private Texts() {
    }

    static String ru(LocalDate date) {
        return LocalizedText.russian(date);
    }

    static String en(LocalDate date) {
        return date.toString();
    }

    static String ru(DueWindow window) {
        return ru(window.from()) + "–" + ru(window.to());
    }

    static String en(DueWindow window) {
        return en(window.from()) + " to " + en(window.to());
    }

    static String ru(RoadmapPeriod period) {
        return ru(period.start()) + "–" + ru(period.end());
    }

    static String en(RoadmapPeriod period) {
        return en(period.start()) + " to " + en(period.end());
    }

    /** Window ends, the way a deadline is spoken of: "30.09.2023, 30.04.2024". */
    static String ruEnds(List<DueWindow> windows) {
        return windows.stream().map(w -> ru(w.to())).collect(Collectors.joining(", "));
    }

    static String enEnds(List<DueWindow> windows) {
        return windows.stream().map(w -> en(w.to())).collect(Collectors.joining(", "));
    }

    /** A title short enough for a message line. */
    static String shortTitle(String title) {
        String oneLine = title.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79).stripTrailing() + "…";
    }
}
