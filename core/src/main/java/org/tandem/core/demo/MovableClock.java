package org.tandem.core.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock the walkthrough moves from day to day through the academic year. */
final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    MovableClock(LocalDate start, ZoneId zone) {
        this.zone = zone;
        moveTo(start);
    }

    void moveTo(LocalDate day) {
        now = day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MovableClock clock = new MovableClock(today(), other);
        clock.now = now;
        return clock;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
