package org.openasn.commons.time;

import java.time.ZoneId;

/** Western Indonesian Time (WIB, UTC+7): the zone in which "today", a month and a TMT are reckoned. */
public final class Wib {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Wib() {
    }
}
