package org.openasn.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells whether the read model may have changed, without asking the database: every statement that writes employee
 * periods or units notifies channel {@code reporting_read_model} when it commits (migration V30), whichever instance
 * or code path wrote it, and one connection of this instance listens. What is derived from the tables (the headcount
 * index, the ETag's version) is read again only when {@link #generation()} has moved since it was read.
 */
@ApplicationScoped
public class ReadModelChanges {

    private static final Logger LOG = Logger.getLogger(ReadModelChanges.class);
    static final String CHANNEL = "reporting_read_model";
    private static final int WAIT_MILLIS = 500;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;

    /**
     * A number that moves whenever a change to the read model has committed since it was last read. While this
     * instance is not listening (starting, or its connection was lost) every call returns a new number, so that
     * callers check the tables each time. Read it before reading the tables: a change committed meanwhile moves it again.
     */
    public long generation() {
        return listening ? generation.get() : generation.incrementAndGet();
    }

    void start(@Observes StartupEvent started) {
        running = true;
        Thread listener = new Thread(this::listen, "read-model-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                generation.incrementAndGet(); // what committed before LISTEN was not heard
                listening = true;
                LOG.infof("listening to read-model changes on channel %s", CHANNEL);
                while (running) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
                    if (heard != null && heard.length > 0) {
                        generation.incrementAndGet();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warnf("not listening to read-model changes (every headcount checks the tables meanwhile): %s", e.toString());
                    pause();
                }
            } finally {
                listening = false;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
