package org.openasn.personnel.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.openasn.commons.problem.ProblemException;
import org.openasn.personnel.agency.Agency;
import org.openasn.personnel.config.PersonnelConfig;
import org.openasn.personnel.employee.Finding;
import org.openasn.personnel.employee.MutationPolicy;
import org.openasn.personnel.employee.Period;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.personnel.employee.persistence.EmployeePeriodRow;
import org.openasn.personnel.employee.service.EmployeeService;
import org.openasn.personnel.employee.service.RegistrationWriter;
import org.openasn.personnel.employee.service.MutationRequest;
import org.openasn.personnel.siasn.ImportedEmployee;
import org.openasn.personnel.siasn.ParsedRow;
import org.openasn.personnel.siasn.RowIssue;
import org.openasn.personnel.siasn.SiasnCsvReader;
import org.openasn.personnel.siasn.SiasnFormatException;
import org.openasn.personnel.siasn.SiasnRow;
import org.openasn.personnel.siasn.SiasnRowParser;
import org.openasn.personnel.unit.Unit;
import org.openasn.personnel.unit.service.RegisterUnit;
import org.openasn.personnel.unit.service.UnitService;
import org.openasn.reference.person.EmployeeKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Imports SIASN CSV files, one job at a time, in batches of rows per transaction, several batches at once
 * ({@code asn.personnel.import-workers}, 2 by default: while one batch's rows are validated in Java, the other's are
 * written by PostgreSQL; a machine with more cores can write more at once). A row is validated whole
 * before anything is written; when a batch fails to commit it is replayed row by row, so one bad row never takes
 * good ones with it and never leaves half an employee. Re-importing an unchanged row does nothing.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    /**
     * Rows per transaction once an import is under way. Two batches of 1,000 in flight outlived several young collections
     * and filled the old generation, so G1 marked it again and again (decision 35).
     */
    static final int BATCH = 500;
    /**
     * Rows of an import's first transaction; each next one holds twice as many, up to {@link #BATCH} and up to a
     * {@value #PROGRESS_STEPS}th of the file's rows (estimated from its size), so that a small file's progress moves
     * in steps and a large one soon runs at the full batch.
     */
    static final int FIRST_BATCH = 125;
    private static final int PROGRESS_STEPS = 20;
    /** Units of an import that SIASN knows but this agency has not registered yet start at this date. */
    private static final LocalDate UNKNOWN_UNIT_START = LocalDate.of(1950, 1, 1);

    @Inject
    EmployeeService employees;
    @Inject
    UnitService units;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    ImportFiles files;
    @Inject
    RegistrationWriter registrations;
    @Inject
    PersonnelConfig config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "siasn-import");
        thread.setDaemon(true);
        return thread;
    });
    private ExecutorService batchWorkers;

    private enum Outcome { ACCEPTED, UNCHANGED, REJECTED }

    /** A row's outcome and how many warnings it raised. */
    private record RowResult(Outcome outcome, int warnings) {
    }

    @PostConstruct
    void startBatchWorkers() {
        batchWorkers = Executors.newFixedThreadPool(config.importWorkers(), r -> {
            Thread thread = new Thread(r, "siasn-import-batch");
            thread.setDaemon(true);
            return thread;
        });
    }

    void resumeInterrupted(@Observes StartupEvent startup) {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>list("status in ?1",
                List.of(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING)).stream().map(j -> j.id).toList());
        pending.forEach(this::submit);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
        batchWorkers.shutdownNow();
    }

    public void submit(UUID jobId) {
        worker.submit(() -> run(jobId));
    }

    private void run(UUID jobId) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob j = ImportJob.findById(jobId);
            j.status = ImportJob.Status.RUNNING;
            j.startedAt = clock.instant();
            j.rowsDone = j.rowsAccepted = j.rowsUnchanged = j.rowsRejected = j.warnings = j.bytesDone = 0;
            ImportIssue.delete("jobId", jobId);
            return j;
        });
        Path file = files.of(jobId);
        JobContext context = new JobContext(job, QuarkusTransaction.requiringNew().call(() ->
                Agency.of(job.instansi).map(a -> a.siasnInstansiId).orElse(null)));
        Deque<Future<?>> inFlight = new ArrayDeque<>();
        try (InputStream in = Files.newInputStream(file); SiasnCsvReader reader = new SiasnCsvReader(in)) {
            long fileSize = Files.size(file);
            int batchSize = FIRST_BATCH;
            List<SiasnRow> batch = new ArrayList<>(batchSize);
            SiasnRow row;
            while ((row = reader.next()) != null) {
                batch.add(row);
                if (batch.size() == batchSize) {
                    submitBatch(context, batch, reader.bytesRead(), inFlight);
                    batchSize = nextBatchSize(batchSize, row.rowNumber(), reader.bytesRead(), fileSize);
                    batch = new ArrayList<>(batchSize);
                }
            }
            submitBatch(context, batch, reader.bytesRead(), inFlight);
            while (!inFlight.isEmpty()) {
                awaitOldest(inFlight);
            }
            finish(jobId, ImportJob.Status.DONE, null);
            files.delete(jobId);
        } catch (SiasnFormatException e) {
            awaitQuietly(inFlight);
            fileProblem(jobId, e.getMessage());
            finish(jobId, ImportJob.Status.FAILED, e.getMessage());
            files.delete(jobId);
        } catch (IOException | RuntimeException e) {
            awaitQuietly(inFlight);
            finish(jobId, ImportJob.Status.FAILED, "The import stopped: " + StoreFailures.reason(e, jobId)
                    + ". Rows before it were imported; import the file again (unchanged rows are skipped).");
        }
    }

    /** Twice {@code batchSize}, at most {@link #BATCH} and a {@value #PROGRESS_STEPS}th of the rows the file holds at the rate read so far. */
    static int nextBatchSize(int batchSize, long rowsRead, long bytesRead, long fileSize) {
        long estimatedRows = bytesRead == 0 ? 0 : rowsRead * fileSize / bytesRead;
        return (int) Math.min(Math.min(BATCH, batchSize * 2L), Math.max(batchSize, estimatedRows / PROGRESS_STEPS));
    }

    /**
     * Hands a batch to a batch worker once fewer than {@link PersonnelConfig#importWorkers} are in flight (so at most that many batches are
     * in memory); a batch worker's failure fails the job.
     */
    private void submitBatch(JobContext context, List<SiasnRow> rows, long bytesRead, Deque<Future<?>> inFlight) {
        if (inFlight.size() >= config.importWorkers()) {
            awaitOldest(inFlight);
        }
        inFlight.add(batchWorkers.submit(() -> importBatch(context, rows, bytesRead)));
    }

    private static void awaitOldest(Deque<Future<?>> inFlight) {
        try {
            inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Lets the batches still running end before the job is marked failed; their own failures are already reported. */
    private static void awaitQuietly(Deque<Future<?>> inFlight) {
        while (!inFlight.isEmpty()) {
            try {
                awaitOldest(inFlight);
            } catch (RuntimeException alreadyFailing) {
                LOG.debugf(alreadyFailing, "a batch failed while the import was stopping");
            }
        }
    }

    private void importBatch(JobContext context, List<SiasnRow> rows, long bytesRead) {
        List<RowResult> results;
        try {
            results = QuarkusTransaction.requiringNew().call(() -> importTogether(context, rows));
        } catch (RuntimeException batchFailure) {
            // nothing of the batch was stored (units are registered in their own transactions); replay row by row
            results = new ArrayList<>(rows.size());
            for (SiasnRow row : rows) {
                results.add(importAlone(context, row));
            }
        }
        context.progress(results, bytesRead);
    }

    /** One row in its own transaction; if it cannot be stored, it is rejected with the reason. */
    private RowResult importAlone(JobContext context, SiasnRow row) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> importTogether(context, List.of(row)).get(0));
        } catch (RuntimeException e) {
            String reason = e instanceof ProblemException ? e.getMessage() : "could not be stored: " + StoreFailures.reason(e, context.job.id);
            return QuarkusTransaction.requiringNew().call(() -> {
                List<ImportIssue> issues = new ArrayList<>(1);
                issue(issues, context, row.rowNumber(), nipOf(row), null, null, reason, RowIssue.Severity.ERROR);
                ImportIssue.insert(issues);
                return new RowResult(Outcome.REJECTED, 0);
            });
        }
    }

    /**
     * Rows in one transaction, set-based where it counts: the rows' NIPs are looked up at once, new employees
     * (nearly every row of a first import) are written together with COPY, unchanged rows are marked in one
     * statement; a changed row of a known employee becomes the mutations that explain it.
     */
    private List<RowResult> importTogether(JobContext context, List<SiasnRow> rows) {
        List<ParsedRow> parsed = rows.stream().map(context.parser::parse).toList();
        Map<String, ImportFingerprint.Known> known = ImportFingerprint.known(parsed.stream()
                .filter(p -> p instanceof ParsedRow.Accepted).map(p -> ((ParsedRow.Accepted) p).value().nip()).toList());
        Batch batch = new Batch();
        List<RowResult> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            results.add(importRow(context, batch, rows.get(i), parsed.get(i), known));
        }
        registrations.write(batch.registrations);
        ImportFingerprint.insert(batch.newFingerprints);
        ImportFingerprint.markImported(batch.unchanged, context.job.id);
        ImportIssue.insert(batch.issues);
        return results;
    }

    /** What a transaction's rows write together at its end. */
    private static final class Batch {
        final List<EmployeeService.Registration> registrations = new ArrayList<>();
        final List<ImportFingerprint> newFingerprints = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final Set<String> nips = new HashSet<>();
        /** Issues raised by the batch's rows, written with it. */
        final List<ImportIssue> issues = new ArrayList<>();
    }

    private RowResult importRow(JobContext context, Batch batch, SiasnRow row, ParsedRow parsed, Map<String, ImportFingerprint.Known> known) {
        if (parsed instanceof ParsedRow.Rejected rejected) {
            rejected.issues().forEach(i -> issue(batch.issues, context, row.rowNumber(), nipOf(row), i.column(), i.value(), i.reason(), i.severity()));
            return new RowResult(Outcome.REJECTED, 0);
        }
        ParsedRow.Accepted accepted = (ParsedRow.Accepted) parsed;
        ImportedEmployee employee = accepted.value();
        ImportFingerprint.Known seen = known.get(employee.nip());
        String rejection = crossRowProblem(context, batch, employee, seen);
        if (rejection != null) {
            issue(batch.issues, context, row.rowNumber(), employee.nip(), rejection.startsWith("NIP") ? "NIP BARU" : "INSTANSI KERJA ID", null, rejection,
                    RowIssue.Severity.ERROR);
            return new RowResult(Outcome.REJECTED, 0);
        }
        boolean arriving = seen != null && seen.instansi() != null && !seen.instansi().equals(context.job.instansi);
        Period left = arriving ? employees.transferredOut(employee.nip()).orElse(null) : null;
        if (arriving) {
            String refusal = arrivalRefusal(employee, context.job.instansi, seen.instansi(), left);
            if (refusal != null) {
                issue(batch.issues, context, row.rowNumber(), employee.nip(), "NIP BARU", employee.nip(), refusal, RowIssue.Severity.ERROR);
                return new RowResult(Outcome.REJECTED, 0);
            }
        }
        String hash = employee.contentHash();
        if (!arriving && seen != null && hash.equals(seen.contentHash())) {
            batch.unchanged.add(employee.nip());
            return new RowResult(Outcome.UNCHANGED, 0);
        }
        String provenance = "import:" + context.job.fileName + "#" + row.rowNumber();
        UUID unitId = unit(context, employee);
        LocalDate today = employees.today();
        int warnings = accepted.warnings().size();
        if (arriving) {
            warnings += transferIn(context, batch, row, employee, left, unitId, today, provenance);
        } else if (seen == null || seen.instansi() == null) {
            EmployeeService.Registration registration;
            try {
                registration = employees.prepareRegistration(context.job.instansi, RegistrationFacts.person(employee), employee.educationMajor(),
                        employee.educationYear(), employee.npwp(), RegistrationFacts.of(employee, unitId, today, context.job.fileName), provenance);
            } catch (ProblemException refused) {
                issue(batch.issues, context, row.rowNumber(), employee.nip(), null, null, refused.getMessage(), RowIssue.Severity.ERROR);
                return new RowResult(Outcome.REJECTED, 0);
            }
            batch.registrations.add(registration);
            warnings += reportRegistrationWarnings(context, batch, row, employee, registration);
        } else {
            warnings += applyChanges(context, batch, row, employee, seen, unitId, today, provenance);
        }
        accepted.warnings().forEach(w -> issue(batch.issues, context, row.rowNumber(), employee.nip(), w.column(), w.value(), w.reason(), w.severity()));
        ImportFingerprint fingerprint = seen == null || seen.contentHash() == null ? null : ImportFingerprint.findById(employee.nip());
        if (fingerprint == null) {
            fingerprint = new ImportFingerprint();
            fingerprint.nip = employee.nip();
            batch.newFingerprints.add(fingerprint);
        }
        fingerprint.contentHash = hash;
        fingerprint.snapshot = write(employee);
        fingerprint.jobId = context.job.id;
        fingerprint.importedAt = clock.instant();
        return new RowResult(Outcome.ACCEPTED, warnings);
    }

    /**
     * A changed row of a recorded employee: the mutations that explain the change, recorded one by one;
     * returns the number of warnings raised.
     */
    private int applyChanges(JobContext context, Batch batch, SiasnRow row, ImportedEmployee employee, ImportFingerprint.Known seen, UUID unitId,
                             LocalDate today, String provenance) {
        ImportFingerprint fingerprint = ImportFingerprint.findById(employee.nip());
        ImportedEmployee before = fingerprint == null ? null : read(fingerprint.snapshot);
        if (before == null) {
            issue(batch.issues, context, row.rowNumber(), employee.nip(), "NIP BARU", employee.nip(),
                    "the employee was recorded outside imports; the row was compared with nothing and not applied", RowIssue.Severity.WARNING);
            return 1;
        }
        return apply(context, batch, row, employee, RowChanges.between(before, employee, unitId, today, context.job.fileName),
                RowChanges.personChanged(before, employee), today, provenance);
    }

    /**
     * Why the row of an employee recorded in another agency of the platform cannot be their arrival here, or
     * {@code null} when it can: that agency must have recorded them as transferred out ({@code left}), and the row must
     * be of a PNS (only a PNS moves between agencies) whose position says what a position needs. A row of an agency the
     * employee has moved away from (an old file imported again) is refused as such.
     */
    private static String arrivalRefusal(ImportedEmployee employee, String importingAgency, String otherAgency, Period left) {
        if (left == null) {
            boolean movedFromHere = Employee.findByNip(employee.nip()).map(e -> EmployeePeriodRow.anyWith(e.id, importingAgency)).orElse(false);
            return movedFromHere
                    ? "NIP " + employee.nip() + " has moved from this agency to agency " + otherAgency + ", which keeps their record now;"
                            + " this agency's row does not change it"
                    : "NIP " + employee.nip() + " belongs to agency " + otherAgency + ", which has not recorded them as transferred out;"
                            + " once it has, importing this row records their transfer in here";
        }
        if (employee.kind() != EmployeeKind.PNS) {
            return "NIP " + employee.nip() + " transferred out of agency " + otherAgency + " on " + left.validFrom() + ", but only a PNS"
                    + " transfers in from another agency and this row is of a " + employee.kind();
        }
        if (RegistrationFacts.position(employee) == null) {
            return "NIP " + employee.nip() + " transferred out of agency " + otherAgency + " on " + left.validFrom() + ", but the row's"
                    + " position lacks what a position needs (jenjang) to record the transfer in";
        }
        return null;
    }

    /**
     * The arrival of an employee who transferred out of another agency of the platform ({@code left}): a transfer in on
     * the transfer out's TMT as the row was then, followed by the mutations that explain what the row says changed since
     * (a later promotion, a status); returns the number of warnings raised.
     */
    private int transferIn(JobContext context, Batch batch, SiasnRow row, ImportedEmployee employee, Period left, UUID unitId, LocalDate today,
                           String provenance) {
        ImportedEmployee arrival = RegistrationFacts.onArrival(employee, left.state(), left.validFrom());
        employees.appoint(context.job.instansi, RegistrationFacts.transferIn(arrival, RegistrationFacts.position(arrival), unitId, left.validFrom(),
                context.job.fileName), provenance);
        return apply(context, batch, row, employee, RowChanges.between(arrival, employee, unitId, today, context.job.fileName), false, today,
                provenance);
    }

    /**
     * Reports what the rules doubt in the history a row tells (a PPPK contract beyond BUP); returns how many. Not a golongan
     * outside the eselon's or jenjang's range: the history gives the current position from TMT JABATAN together with the
     * golongan of that time, often the GOL AWAL, so it fires on past states nobody can act on; the data-quality indicator
     * rank-outside-range reports it on the state in force.
     */
    private static int reportRegistrationWarnings(JobContext context, Batch batch, SiasnRow row, ImportedEmployee employee,
                                                  EmployeeService.Registration registration) {
        List<Finding> reported = registration.warnings().stream().filter(w -> !MutationPolicy.RANK_OUTSIDE_RANGE.equals(w.code())).toList();
        reported.forEach(w -> issue(batch.issues, context, row.rowNumber(), employee.nip(), null, null, w.message(), RowIssue.Severity.WARNING));
        return reported.size();
    }

    /** Records a row's mutations and, when the person changed, a correction; reports what is left unexplained. */
    private int apply(JobContext context, Batch batch, SiasnRow row, ImportedEmployee employee, RowChanges.Plan plan, boolean personChanged,
                      LocalDate today, String provenance) {
        int warnings = 0;
        for (MutationRequest mutation : plan.mutations()) {
            Employee current = Employee.findByNip(employee.nip()).orElseThrow();
            employees.mutate(employee.nip(), current.version, mutation, provenance, agency -> true);
        }
        if (personChanged) {
            Employee current = Employee.findByNip(employee.nip()).orElseThrow();
            employees.mutate(employee.nip(), current.version, new MutationRequest("data-corrected", "Import " + context.job.fileName,
                    today, today, "Imported from " + context.job.fileName, null, null, null, null, null, null, null, null, null, null,
                    null, null, RegistrationFacts.person(employee)), provenance, agency -> true);
        }
        Employee.findByNip(employee.nip()).ifPresent(current -> current.npwp = employee.npwp());
        for (String difference : plan.unexplained()) {
            issue(batch.issues, context, row.rowNumber(), employee.nip(), null, null, "not applied, record it as a mutation: " + difference,
                    RowIssue.Severity.WARNING);
            warnings++;
        }
        return warnings;
    }

    /** Problems a single row cannot show: a NIP twice in the file, rows of different agencies. */
    private static String crossRowProblem(JobContext context, Batch batch, ImportedEmployee employee, ImportFingerprint.Known seen) {
        if (!batch.nips.add(employee.nip()) || seen != null && context.job.id.equals(seen.jobId())) {
            return "NIP " + employee.nip() + " appears more than once in this file";
        }
        if (context.registeredSiasnId != null && !context.registeredSiasnId.equalsIgnoreCase(employee.instansiKerjaId())) {
            return "the row is of SIASN instansi " + employee.instansiKerjaId() + " but agency " + context.job.instansi
                    + " is registered with SIASN instansi " + context.registeredSiasnId;
        }
        context.siasnInstansi.compareAndSet(null, employee.instansiKerjaId());
        String ofFile = context.siasnInstansi.get();
        if (!ofFile.equals(employee.instansiKerjaId())) {
            return "the file is of agency " + ofFile + " but this row is of " + employee.instansiKerjaId();
        }
        return null;
    }

    /**
     * The unit with the row's SIASN unor id, registered on first sight in a transaction of its own (so that a batch
     * running beside this one can refer to it), one registration at a time.
     */
    private UUID unit(JobContext context, ImportedEmployee employee) {
        UUID known = context.units.get(employee.unorId());
        if (known != null) {
            return known;
        }
        synchronized (context.units) {
            return context.units.computeIfAbsent(employee.unorId(), unorId -> QuarkusTransaction.requiringNew().call(() ->
                    Unit.<Unit>find("instansi = ?1 and siasnUnorId = ?2", context.job.instansi, unorId).firstResultOptional()
                            .map(u -> u.id)
                            .orElseGet(() -> units.register(context.job.instansi, new RegisterUnit(unitCode(unorId),
                                    employee.unorName() == null ? "Unit " + unorId : employee.unorName(), null, unorId,
                                    UNKNOWN_UNIT_START), "import:" + context.job.fileName).id)));
        }
    }

    private static String unitCode(String unorId) {
        String code = unorId.replaceAll("[^A-Za-z0-9._-]", "");
        return code.length() > 40 ? code.substring(code.length() - 40) : code;
    }

    private static void issue(List<ImportIssue> sink, JobContext context, long rowNumber, String nip, String column, String value, String reason, RowIssue.Severity severity) {
        ImportIssue issue = new ImportIssue();
        issue.jobId = context.job.id;
        issue.rowNumber = rowNumber;
        issue.nip = nip != null && nip.length() <= 18 ? nip : null;
        issue.column = column;
        issue.value = value;
        issue.reason = reason;
        issue.severity = severity.name();
        sink.add(issue);
    }

    private void fileProblem(UUID jobId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportIssue issue = new ImportIssue();
            issue.jobId = jobId;
            issue.reason = reason;
            issue.severity = RowIssue.Severity.ERROR.name();
            issue.persist();
        });
    }

    private void finish(UUID jobId, ImportJob.Status status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.status = status;
            job.failure = failure;
            job.finishedAt = clock.instant();
        });
    }

    private String write(ImportedEmployee employee) {
        try {
            return json.writeValueAsString(employee);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportedEmployee read(String snapshot) {
        try {
            return json.readValue(snapshot, ImportedEmployee.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("unreadable import snapshot: %s", e.getMessage());
            return null;
        }
    }

    private static String nipOf(SiasnRow row) {
        String nip = row.values().get("NIP BARU");
        return nip == null ? null : nip.replaceAll("[\\s.]", "");
    }

    /** What the batch workers share while importing one file. */
    private static final class JobContext {
        final ImportJob job;
        final SiasnRowParser parser = new SiasnRowParser();
        /** Units by SIASN unor id, registered (committed) ones only. */
        final Map<String, UUID> units = new ConcurrentHashMap<>();
        /** The agency's SIASN id in the register, which every row must carry; {@code null}: not registered with one. */
        final String registeredSiasnId;
        /** The SIASN instansi of the file's first row, which every other row must carry. */
        final AtomicReference<String> siasnInstansi = new AtomicReference<>();

        JobContext(ImportJob job, String registeredSiasnId) {
            this.job = job;
            this.registeredSiasnId = registeredSiasnId;
        }

        /** Adds a batch's outcomes to the job's counters, one batch at a time. */
        synchronized void progress(List<RowResult> results, long bytesRead) {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob stored = ImportJob.findById(job.id);
                for (RowResult r : results) {
                    stored.rowsDone++;
                    stored.warnings += r.warnings();
                    switch (r.outcome()) {
                        case ACCEPTED -> stored.rowsAccepted++;
                        case UNCHANGED -> stored.rowsUnchanged++;
                        case REJECTED -> stored.rowsRejected++;
                    }
                }
                stored.bytesDone = Math.max(stored.bytesDone, bytesRead);
            });
        }
    }
}
