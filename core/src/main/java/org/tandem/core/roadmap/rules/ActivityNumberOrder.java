package org.tandem.core.roadmap.rules;

import java.util.Comparator;

/**
 * Orders activity numbers as a reader does: "2.3" before "2.10", "1.6" before "1.6.1". Parts that are not
 * numbers compare as text, after numeric ones, so that any string still has a place.
 */
public final class ActivityNumberOrder implements Comparator<String> {

    /** The single instance; the order is stateless. */
    public static final ActivityNumberOrder INSTANCE = new ActivityNumberOrder();

    private ActivityNumberOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = comparePart(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        int byLength = Integer.compare(left.length, right.length);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int comparePart(String a, String b) {
        boolean aNumeric = isNumber(a);
        boolean bNumeric = isNumber(b);
        if (aNumeric && bNumeric) {
            // Compare by length first so that numbers of any size never overflow.
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        if (aNumeric != bNumeric) {
            return aNumeric ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
