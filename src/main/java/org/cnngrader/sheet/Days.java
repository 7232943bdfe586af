package org.cnngrader.sheet;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day written in a file's or folder's name, as TAs sort work by when it came and students date their versions:
 * {@code 2025-10-17}, {@code 2025_10_17}, {@code 17.10.2025}, with a time of the day or not ({@code 2025-10-19 23-59}).
 * Read as a key that sorts as the days do: {@code 20251019 235900}.
 */
public final class Days {

    /** A day with separators, year first or day first, and its time of the day. */
    private static final String DAY = "(?:(?<year>(?:19|20)\\d{2})(?<separator>[-_.])(?<month>0[1-9]|1[0-2])"
            + "\\k<separator>(?<day>0[1-9]|[12]\\d|3[01])|(?<dayFirst>0?[1-9]|[12]\\d|3[01])\\.(?<monthSecond>0?[1-9]"
            + "|1[0-2])\\.(?<yearLast>(?:19|20)\\d{2}))";

    private static final String TIME = "(?:[ T_-](?<hour>[01]\\d|2[0-3])[-:.h]?(?<minute>[0-5]\\d)"
            + "(?:[-:.]?(?<second>[0-5]\\d))?)?";

    private static final Pattern WHOLE = Pattern.compile(DAY + TIME);

    /**
     * A day at a name's end after a separator, with something before it that is not a day. Written without
     * separators ({@code hw2_20231015}) it is none: a student number may read as a day, and sheets named by their
     * students' numbers would be taken for versions of one.
     */
    private static final Pattern AT_END = Pattern.compile("(?<=[\\p{L}\\p{N}])[ ._-]+" + DAY + TIME + "$");

    private Days() {
    }

    /** A name's end that is a day: where it starts and the day's key. */
    public record Dated(int start, String key) {
    }

    /** Whether a whole name is a day ({@code 2025-10-17}, {@code 17.10.2025}, {@code 2025-10-19 23-59}). */
    public static boolean isDay(String name) {
        return WHOLE.matcher(name).matches();
    }

    /** The key of a whole name that is a day ({@link #isDay}). */
    public static Optional<String> key(String name) {
        Matcher day = WHOLE.matcher(name);
        return day.matches() ? Optional.of(key(day)) : Optional.empty();
    }

    /** The day a name ends with, after what it names ({@code answers_2025-10-17}, {@code hw2 17.10.2025}). */
    public static Optional<Dated> atEnd(String name) {
        Matcher day = AT_END.matcher(name);
        return day.find() ? Optional.of(new Dated(day.start(), key(day))) : Optional.empty();
    }

    private static String key(Matcher day) {
        String date = day.group("year") != null ? day.group("year") + day.group("month") + day.group("day")
                : day.group("yearLast") + twoDigits(day.group("monthSecond")) + twoDigits(day.group("dayFirst"));
        return day.group("hour") == null ? date : date + " " + day.group("hour") + day.group("minute")
                + (day.group("second") == null ? "00" : day.group("second"));
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
