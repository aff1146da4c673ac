package org.openasn.personnel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.openasn.personnel.employee.MutationPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Settings of personnel-service's rules. */
@ConfigMapping(prefix = "asn.personnel")
public interface PersonnelConfig {

    /** The zone whose calendar decides "today" for TMTs (WIB by default). */
    @WithDefault("Asia/Jakarta")
    ZoneId timeZone();

    /** Today's date in {@link #timeZone()} by {@code clock} (the services' clock is UTC). */
    default LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), timeZone());
    }

    /** A golongan outside its eselon's or functional jenjang's range: WARN (recorded with the mutation) or REFUSE. */
    @WithDefault("WARN")
    MutationPolicy.RankRangeCheck rankRangeCheck();

    /** Where uploaded SIASN files wait while they are imported (an import interrupted by a restart resumes from it). */
    @WithDefault("${java.io.tmpdir}/openasn-imports")
    java.nio.file.Path importDirectory();

    /**
     * Batches of an import written at once, each in its own transaction and database connection: while one batch is
     * validated in Java, the others are written by PostgreSQL (decision 10). 2 suits a machine of 2 cores.
     */
    @WithDefault("2")
    @Min(1)
    @Max(16)
    int importWorkers();
}
