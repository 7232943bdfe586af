package org.cnngrader.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Days written in names, as TAs sort work by when it came and students date their versions. */
class DaysTest {

    @Test
    void aWholeNameIsADayInEachWayItIsWrittenAndItsKeySortsAsTheDaysDo() {
        assertThat(Days.key("2025-10-17")).contains("20251017");
        assertThat(Days.key("2025_10_17")).contains("20251017");
        assertThat(Days.key("17.10.2025")).contains("20251017");
        assertThat(Days.key("1.11.2025")).contains("20251101");
        assertThat(Days.key("2025-10-19 23-59")).contains("20251019 235900");
        List<String> sorted = Stream.of("2025-10-19 23-59", "1.11.2025", "2025-10-19", "17.10.2025")
                .map(name -> Days.key(name).orElseThrow()).sorted().toList();
        assertThat(sorted).containsExactly("20251017", "20251019", "20251019 235900", "20251101");
    }

    @Test
    void numbersThatAreNoDaysAreNone() {
        assertThat(Days.isDay("20251017")).as("without separators, a number alone").isFalse();
        assertThat(Days.isDay("2025-13-01")).isFalse();
        assertThat(Days.isDay("2025-10-17_answers")).isFalse();
        assertThat(Days.isDay("team-3")).isFalse();
    }

    @Test
    void aNameEndingWithADayGivesWhereItStarts() {
        assertThat(Days.atEnd("hw2_2025-10-18")).contains(new Days.Dated(3, "20251018"));
        assertThat(Days.atEnd("hw2_20231015")).as("without separators: a student's number, maybe").isEmpty();
        assertThat(Days.atEnd("answers 2025-10-18 0930")).contains(new Days.Dated(7, "20251018 093000"));
        assertThat(Days.atEnd("2025-10-18")).as("nothing named before it").isEmpty();
    }
}
