package org.openasn.reporting.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.openasn.commons.consumer.ConsumerStatus;
import org.openasn.commons.consumer.EventConsumers;
import org.openasn.commons.consumer.ReplayStatus;
import org.openasn.commons.problem.ConflictProblem;
import org.openasn.reporting.unit.PersonnelEventsHandler;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Rebuilds the read model from the topics: the consumer empties it (employee periods, units, formasi, BUP rules) and forgets what it
 * had applied, in one transaction between two batches, then reads every event again from the beginning. Answers are
 * the same afterwards, because the read model is a function of the events only. Run it with one instance of the
 * service: each instance rewinds only the partitions assigned to it. The index of current periods by agency is dropped
 * with the rows and built again over the filled table at the end (cheaper than keeping it up to date row by row); the
 * questions asked meanwhile are answered all the same, by scanning. Should the service stop during a rebuild, it builds
 * the index again when it starts.
 * <p>
 * A migration that changes what the read model keeps, so that rows written before cannot serve, empties the read model and
 * asks for a rebuild (a row in {@code read_model_replay_request}, such as {@code V39}'s): the service starts one when it
 * starts, until one has finished.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

    /** The index {@code V2} created, by the same definition. */
    private static final String CURRENT_PERIODS_INDEX = """
            CREATE INDEX IF NOT EXISTS employee_period_current ON employee_period (instansi, valid_from) WHERE superseded_at IS NULL""";

    @Inject
    EventConsumers consumers;
    @Inject
    EntityManager em;

    /** The read model's consumer, with its lag and the last rebuild: what {@code GET /admin/read-model} shows. */
    public record State(long applied, long lagRecords, double lagSeconds, String stalledBy, ReplayStatus rebuild,
                        Double rebuildEventsPerSecond) {
        static State of(ConsumerStatus status) {
            ReplayStatus replay = status.replay();
            Double rate = null;
            if (replay != null && replay.finishedAt() != null) {
                long millis = Math.max(1, Duration.between(replay.startedAt(), replay.finishedAt()).toMillis());
                rate = replay.events() * 1000.0 / millis;
            }
            return new State(status.applied(), status.lag(), status.lagSeconds(), status.stalledBy(), replay, rate);
        }
    }

    public Optional<State> state() {
        return consumers.status(PersonnelEventsHandler.GROUP).map(State::of);
    }

    /** Starts a rebuild; the future completes when the consumer has caught up with the topics as they are now. */
    public CompletableFuture<ReplayStatus> start() {
        CompletableFuture<ReplayStatus> replay = consumers.replay(PersonnelEventsHandler.GROUP, this::empty, this::finish);
        if (replay.isCompletedExceptionally()) {
            try {
                replay.join();
            } catch (CompletionException e) {
                throw new ConflictProblem("rebuild-unavailable", e.getCause().getMessage());
            }
        }
        return replay;
    }

    /** Runs on the consumer's thread, in its transaction. Keeps the row sequences running, so versions never repeat. */
    private void empty() {
        em.createNativeQuery("TRUNCATE employee_period, org_unit, formasi, bup_rule_range, bup_rules").executeUpdate();
        em.createNativeQuery("DROP INDEX IF EXISTS employee_period_current").executeUpdate();
    }

    /** At the end of a rebuild, on the consumer's thread, in a transaction of its own: a rebuild asked for is done. */
    private void finish() {
        indexCurrentPeriods();
        em.createNativeQuery("DELETE FROM read_model_replay_request").executeUpdate();
    }

    /** At the end of a rebuild; at start-up after one that was cut short. */
    void indexCurrentPeriods() {
        em.createNativeQuery(CURRENT_PERIODS_INDEX).executeUpdate();
    }

    /** After the consumers have started (a later priority): builds the index, and rebuilds when a migration asked for it. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent startup) {
        QuarkusTransaction.requiringNew().run(this::indexCurrentPeriods);
        startRequested();
    }

    /** Starts the rebuild a migration asked for, if one did; empty when none did or it cannot start now (it is asked again). */
    Optional<CompletableFuture<ReplayStatus>> startRequested() {
        List<?> requests = QuarkusTransaction.requiringNew().call(
                () -> em.createNativeQuery("SELECT reason FROM read_model_replay_request ORDER BY requested_at").getResultList());
        if (requests.isEmpty()) {
            return Optional.empty();
        }
        LOG.infof("rebuilding the read model, as asked: %s", requests);
        try {
            return Optional.of(start());
        } catch (ConflictProblem e) {
            LOG.warnf("the read model cannot be rebuilt now (%s); it is asked again at the next start", e.getMessage());
            return Optional.empty();
        }
    }
}
