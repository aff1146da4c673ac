package org.openasn.retirement.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openasn.commons.outbox.Outbox;
import org.openasn.commons.time.Wib;
import org.openasn.events.EventTypes;
import org.openasn.events.retirement.RetirementDue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Every day just after midnight (WIB), and at start-up, emits {@code RetirementDue} for each employee whose TMT
 * pensiun has come, through the outbox. Days missed while the service was down are caught up, within a window:
 * an employee whose TMT pensiun is older than that is reported as past BUP (a data-quality finding), not
 * retired automatically. An employee who becomes due between two runs (imported, or registered, with a TMT pensiun
 * already come within the window) is announced at once, when the projection is made ({@link #announceIfDue}). A table of
 * emitted (employee, TMT, agency) marks makes sure nothing is emitted twice; an employee announced under an agency they
 * have just left (a move to another agency around their TMT pensiun, which personnel-service then ignores) is announced
 * again under the new one when the move reaches the projection.
 */
@ApplicationScoped
public class RetirementDueJob {

    private static final Logger LOG = Logger.getLogger(RetirementDueJob.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    /** How many days back a missed TMT pensiun is still announced. */
    @ConfigProperty(name = "asn.retirement-due.catch-up-days", defaultValue = "31")
    int catchUpDays;

    void atStartup(@Observes StartupEvent startup) {
        emitDue();
    }

    @Scheduled(cron = "0 10 0 * * ?", timeZone = "Asia/Jakarta", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        emitDue();
    }

    /** The TMT pensiun dates announced today: today's and those of the catch-up days before it. */
    private record DueWindow(LocalDate first, LocalDate last) {
        boolean contains(LocalDate tmtPensiun) {
            return tmtPensiun != null && !tmtPensiun.isBefore(first) && !tmtPensiun.isAfter(last);
        }
    }

    private DueWindow dueWindow() {
        LocalDate today = Wib.today(clock);
        return new DueWindow(today.minusDays(catchUpDays), today);
    }

    /** Emits what is due today or was missed within the catch-up window; returns how many were emitted. */
    public int emitDue() {
        DueWindow window = dueWindow();
        int emitted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                // the outer columns are qualified: unqualified inside the subquery they would name d's own columns
                List<RetirementProjection> due = RetirementProjection.<RetirementProjection>find("""
                                from RetirementProjection p where (p.separatedOn is null or p.separatedOn > p.tmtPensiun)
                                and p.tmtPensiun between ?1 and ?2 and not exists (
                                    select 1 from RetirementDueEmitted d where d.employeeId = p.employeeId and d.tmtPensiun = p.tmtPensiun
                                    and d.instansi = p.instansi)""",
                                window.first(), window.last())
                        .page(0, BATCH).list();
                due.forEach(this::emit);
                return due.size();
            });
            emitted += batch;
        } while (batch == BATCH);
        if (emitted > 0) {
            LOG.infof("emitted RetirementDue for %d employees", emitted);
        }
        return emitted;
    }

    /**
     * Announces, in the caller's transaction, the retirement of an employee whose projection was just made, when its TMT
     * pensiun has come within the catch-up window: an employee imported after today's run would otherwise stay in service
     * until the next one (the night, or a restart).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceIfDue(RetirementProjection p) {
        if (dueWindow().contains(p.tmtPensiun) && p.inServiceOn(p.tmtPensiun)) {
            emit(p);
        }
    }

    /**
     * Emits the employee's RetirementDue unless it was emitted for this TMT pensiun and agency already: the mark is inserted first, so
     * that the daily run and a projection made at the same time cannot both emit it.
     */
    private void emit(RetirementProjection p) {
        int marked = em.createNativeQuery("""
                        INSERT INTO retirement_due_emitted (employee_id, tmt_pensiun, instansi, emitted_at) VALUES (:employee, :tmt, :instansi, :at)
                        ON CONFLICT DO NOTHING""")
                .setParameter("employee", p.employeeId).setParameter("tmt", p.tmtPensiun).setParameter("instansi", p.instansi)
                .setParameter("at", clock.instant()).executeUpdate();
        if (marked == 1) {
            outbox.publish(EventTypes.RETIREMENT_DUE_V1, p.employeeId.toString(), p.instansi,
                    new RetirementDue(p.employeeId, p.instansi, p.nip, p.tmtPensiun, p.bupAge, p.bupCategory, p.ruleSetId, p.legalBasis));
        }
    }
}
