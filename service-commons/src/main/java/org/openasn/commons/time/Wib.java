package org.openasn.commons.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Western Indonesian Time (WIB, UTC+7): the zone in which "today", a month and a TMT are reckoned. */
public final class Wib {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Wib() {
    }

    /** Today's date in WIB by {@code clock}, whatever the clock's own zone (the services' clock is UTC). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
