package org.openasn.personnel.employee.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.openasn.personnel.employee.persistence.Employee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Brings the denormalised "state today" of employees up to date when a future-dated mutation reaches its TMT
 * (every day just after midnight, and at start-up to catch up after downtime). The timeline itself needs no
 * job: every as-of read folds the mutation log.
 */
@ApplicationScoped
public class CurrentStateRefresher {

    private static final Logger LOG = Logger.getLogger(CurrentStateRefresher.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;
    @Inject
    EmployeeService employees;

    void atStartup(@Observes StartupEvent startup) {
        refresh();
        writeMissingPeriods();
    }

    @Scheduled(cron = "0 5 0 * * ?", timeZone = "${asn.personnel.time-zone:Asia/Jakarta}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        refresh();
    }

    /** Refreshes every employee with a mutation whose TMT falls after their state's date and by today; returns how many. */
    public int refresh() {
        LocalDate today = employees.today();
        int refreshed = 0;
        List<UUID> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<UUID> ids = em.createNativeQuery("""
                                SELECT DISTINCT e.id FROM employee e JOIN mutation m ON m.employee_id = e.id
                                WHERE m.voided_at IS NULL AND m.tmt <= :today AND (e.state_as_of IS NULL OR m.tmt > e.state_as_of)
                                LIMIT :batch""", UUID.class)
                        .setParameter("today", today).setParameter("batch", BATCH).getResultList();
                for (UUID id : ids) {
                    Employee employee = Employee.findById(id);
                    employees.refreshCurrentState(employee, employees.timeline(employee, null));
                }
                return ids;
            });
            refreshed += due.size();
        } while (due.size() == BATCH);
        if (refreshed > 0) {
            LOG.infof("refreshed today's state of %d employees whose future-dated mutations took effect", refreshed);
        }
        return refreshed;
    }

    /**
     * Writes the periods of employees recorded before {@code employee_period} existed, or before it kept each period's
     * cause (V11); returns how many.
     */
    public int writeMissingPeriods() {
        int written = 0;
        java.util.Set<UUID> done = new java.util.HashSet<>();
        List<UUID> missing;
        do {
            missing = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<UUID> ids = em.createNativeQuery("""
                                SELECT e.id FROM employee e WHERE NOT EXISTS (SELECT 1 FROM employee_period p WHERE p.employee_id = e.id)
                                AND EXISTS (SELECT 1 FROM mutation m WHERE m.employee_id = e.id)
                                UNION
                                SELECT DISTINCT employee_id FROM employee_period WHERE cause IS NULL
                                LIMIT :batch""", UUID.class)
                        .setParameter("batch", BATCH).getResultList();
                for (UUID id : ids) {
                    PeriodTable.replace(em, id, employees.timeline(Employee.<Employee>findById(id), null));
                }
                return ids;
            });
            written += missing.size();
        } while (missing.size() == BATCH && done.addAll(missing));   // an employee whose timeline is empty stays missing: stop
        if (written > 0) {
            LOG.infof("wrote the periods of %d employees recorded before the period table existed", written);
        }
        return written;
    }
}
