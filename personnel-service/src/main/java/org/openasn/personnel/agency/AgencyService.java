package org.openasn.personnel.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.openasn.commons.problem.ConflictProblem;
import org.openasn.commons.problem.NotFoundProblem;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Registers agencies and keeps their details; the code never changes, since every record carries it. */
@ApplicationScoped
public class AgencyService {

    @Inject
    Clock clock;

    @Transactional
    public Agency register(@NotNull @Valid AgencyDetails details, String instansi, String recordedBy) {
        if (Agency.of(instansi).isPresent()) {
            throw new ConflictProblem("agency-exists", "Agency " + instansi + " is already registered.");
        }
        requireSiasnIdFree(details.siasnInstansiId(), instansi);
        Agency agency = new Agency();
        agency.instansi = instansi;
        agency.recordedAt = clock.instant();
        agency.recordedBy = recordedBy;
        apply(agency, details);
        agency.persist();
        return agency;
    }

    @Transactional
    public Agency update(String instansi, @NotNull @Valid AgencyDetails details, String updatedBy) {
        Agency agency = get(instansi);
        requireSiasnIdFree(details.siasnInstansiId(), instansi);
        apply(agency, details);
        agency.updatedAt = clock.instant();
        agency.updatedBy = updatedBy;
        return agency;
    }

    public Agency get(String instansi) {
        return Agency.of(instansi).orElseThrow(() -> new NotFoundProblem("No agency " + instansi + " in the register."));
    }

    public Optional<Agency> find(String instansi) {
        return Agency.of(instansi);
    }

    public List<Agency> list() {
        return Agency.listAll(io.quarkus.panache.common.Sort.by("instansi"));
    }

    private static void requireSiasnIdFree(String siasnInstansiId, String instansi) {
        if (siasnInstansiId != null && Agency.count("siasnInstansiId = ?1 and instansi <> ?2", siasnInstansiId, instansi) > 0) {
            throw new ConflictProblem("siasn-id-taken", "Another agency is registered with SIASN instansi id " + siasnInstansiId + ".");
        }
    }

    private static void apply(Agency agency, AgencyDetails details) {
        agency.name = details.name().strip();
        agency.level = details.level();
        agency.regionCode = details.regionCode();
        agency.siasnInstansiId = details.siasnInstansiId() == null ? null : details.siasnInstansiId().toUpperCase();
    }
}
