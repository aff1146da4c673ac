package org.openasn.retirement.forecast.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openasn.retirement.projection.RetirementProjection;

import java.time.LocalDate;
import java.util.List;

/** Who retires when, employee by employee: the nominative list (daftar nominatif) and the overdue list. */
@ApplicationScoped
public class NominativeListService {

    /**
     * Employees whose TMT pensiun falls in {@code [from, to]}, by TMT pensiun then name, with the filters of
     * {@code query} (its months are not used). Counted as of {@code from}: an employee who left before it is not
     * listed; one who retired (or left) since is.
     */
    @Transactional
    public List<RetirementProjection> retiring(ForecastQuery query, LocalDate from, LocalDate to, int limit) {
        StringBuilder where = new StringBuilder("instansi = :instansi and tmtPensiun >= :from and tmtPensiun <= :to "
                + "and (employed = true or separatedOn >= :from)");
        Parameters parameters = Parameters.with("instansi", query.instansi()).and("from", from).and("to", to);
        if (query.unitId() != null) {
            where.append(" and unitId = :unit");
            parameters.and("unit", query.unitId());
        }
        if (query.golongan() != null) {
            GolonganFilter golongan = GolonganFilter.of(query.golongan());
            where.append(" and ").append(golongan.condition("golongan")).append(":golongan");
            parameters.and("golongan", golongan.parameter());
        }
        if (query.jenisJabatan() != null) {
            where.append(" and jenisJabatan = :jenis");
            parameters.and("jenis", query.jenisJabatan());
        }
        if (query.kind() != null) {
            where.append(" and kind in :kinds");
            parameters.and("kinds", query.kind().kinds());
        }
        return RetirementProjection.<RetirementProjection>find(where + " order by tmtPensiun, name, nip", parameters).page(0, limit).list();
    }

    /** Employees past TMT pensiun on {@code today} but still employed: retirements not recorded. */
    @Transactional
    public List<RetirementProjection> overdue(String instansi, LocalDate today) {
        // in service today: not separated, or only from a later day (a move or resignation recorded ahead)
        return RetirementProjection.<RetirementProjection>find("instansi = ?1 and (separatedOn is null or separatedOn > ?2) and tmtPensiun <= ?2 "
                + "order by tmtPensiun, name", instansi, today).list();
    }
}
