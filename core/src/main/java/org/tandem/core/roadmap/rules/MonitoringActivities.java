package org.tandem.core.roadmap.rules;

import java.util.Locale;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.TargetModelStage;

/**
 * Which activities are monitoring and completion work. Such an activity that is late is reported by
 * {@link MonitoringNotDoneRule} and not by {@link OverdueActivityRule}, so that each late activity is reported
 * once, with the wording that fits it.
 */
final class MonitoringActivities {

    private MonitoringActivities() {
    }

    /**
     * Whether the activity belongs to the completion stage (monitoring, reports, rewarding), or, in any stage,
     * its title speaks of monitoring: municipal roadmaps often put "Мониторинг эффективности ..." under the
     * preparatory stage, and it is monitoring all the same.
     */
    static boolean isMonitoring(Activity activity) {
        if (activity.stage().filter(s -> s == TargetModelStage.COMPLETION).isPresent()) {
            return true;
        }
        String title = activity.title().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return title.contains("мониторинг");
    }
}
