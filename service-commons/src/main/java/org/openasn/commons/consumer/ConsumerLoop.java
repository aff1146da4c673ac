package org.openasn.commons.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.openasn.commons.kafka.EventsConfig;
import org.openasn.commons.kafka.TopicProvisioner;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.InvalidEventException;
import org.openasn.events.Topics;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Runs one {@link EventHandler}: polls batches, claims each batch's events in the ledger (a query, then the marks'
 * writes) and hands them to {@link EventHandler#applyAll} in the same transaction, then commits the Kafka offsets of
 * that batch. The loop's thread owns the Kafka consumer; a batch's transaction runs on a writer thread of its own, so
 * that while one batch is written the loop keeps polling (up to {@link #READ_AHEAD} batches ahead) and the polled
 * records are read (envelopes decoded, {@link EventHandler#prepare}) on every core of a pool: fetching, decoding and the
 * database's work overlap. Each batch is handed to the writer as soon as it is polled; the writer writes them one at a
 * time in that order, going from one to the next without waiting for the loop. When a batch fails, the writer skips
 * the batches after it, and the loop replays the failed one one record per transaction, so that a bad message goes to
 * the dead-letter topic without taking good ones along; a transient failure rewinds to the failed record and retries
 * with back-off; then the skipped batches are handed over again, without the records of rewound partitions. During a
 * replay from scratch, the ledger looks up only the marks of subjects the replay has already met
 * ({@link ReplayedSubjects}); the others are new.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private enum Outcome { APPLIED, DUPLICATE, DEAD_LETTERED }

    /** Batches polled and being read while the one before them is written. */
    private static final int READ_AHEAD = 2;
    /** How long a poll waits when nothing is being written or read: a quiet topic. */
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    /**
     * How long a poll waits for more records while batches are written: the loop settles a written batch (commits its
     * offsets) only between polls, so this bounds how late that happens when no more records come.
     */
    private static final Duration BUSY_POLL = Duration.ofMillis(2);
    /** SQLSTATE class of PostgreSQL's refusals of a value (data exceptions). */
    private static final String DATA_EXCEPTION = "22";

    private final EventHandler handler;
    private final EventsConfig config;
    private final ConsumptionLedger ledger;
    private final TopicProvisioner topics;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile long lag;
    /** Kafka timestamp (ms) of the oldest record polled and not yet applied; -1 when nothing is pending. */
    private volatile long pendingSince = -1;
    private final LongConsumer eventLagMillis;
    private final AtomicReference<PendingReplay> replayRequest = new AtomicReference<>();
    private volatile Replay replay;
    /** During a replay from scratch, the subjects handed to the ledger since it started; {@code null} otherwise. */
    private volatile ReplayedSubjects replayed;
    private volatile String stalledBy;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private KafkaProducer<String, byte[]> deadLetterProducer;
    private Duration backoff = Duration.ZERO;
    /** Reads polled records (decoding is most of a batch's work for the JVM): one thread per core. */
    private ForkJoinPool readers;
    /** Runs each batch's transaction, one at a time, in the order the batches were polled. */
    private ExecutorService writer;
    /** Set by a batch whose transaction failed: the batches after it are skipped until the loop has dealt with it. */
    private final AtomicBoolean halted = new AtomicBoolean();

    /** A replay asked for and not yet started: the reset to run first, the work to do at its end, and who waits for that. */
    private record PendingReplay(Runnable reset, Runnable finish, CompletableFuture<ReplayStatus> done) {
    }

    /** A replay under way or done: the end offsets to reach, the applied count when it started, the work to do at its end. */
    private record Replay(Instant startedAt, Instant finishedAt, long appliedBefore, long events,
                          Map<TopicPartition, Long> targets, Runnable finish, CompletableFuture<ReplayStatus> done) {
        Replay finish(Instant at, long appliedNow) {
            return new Replay(startedAt, at, appliedBefore, appliedNow - appliedBefore, targets, finish, done);
        }

        ReplayStatus status(long appliedNow) {
            return new ReplayStatus(startedAt, finishedAt, finishedAt == null ? appliedNow - appliedBefore : events);
        }
    }

    /** @param eventLagMillis receives, for each applied event, the milliseconds from its Kafka timestamp to its commit */
    ConsumerLoop(EventHandler handler, EventsConfig config, ConsumptionLedger ledger, TopicProvisioner topics, LongConsumer eventLagMillis) {
        this.handler = handler;
        this.eventLagMillis = eventLagMillis;
        this.config = config;
        this.ledger = ledger;
        this.topics = topics;
    }

    ConsumerStatus status() {
        long since = pendingSince;
        // Kafka timestamps are wall-clock times, so the age is measured against the wall clock too
        double lagSeconds = since < 0 ? 0 : Math.max(0, System.currentTimeMillis() - since) / 1000.0;
        return new ConsumerStatus(handler.group(), handler.topics(), applied.get(), duplicates.get(), deadLettered.get(), lag, lagSeconds,
                stalledBy, replay == null ? null : replay.status(applied.get()));
    }

    /**
     * Asks the loop to read its topics again from the beginning: on its own thread, between two batches, it runs
     * {@code reset} and forgets the group's consumed sequences in one transaction, then seeks every assigned partition
     * to its beginning. When the loop has caught up with the end offsets seen at that moment, it runs {@code finish} in
     * a transaction (again after a failure, with back-off), then the future completes.
     */
    CompletableFuture<ReplayStatus> replay(Runnable reset, Runnable finish) {
        PendingReplay request = new PendingReplay(reset, finish, new CompletableFuture<>());
        if (!replayRequest.compareAndSet(null, request) || (replay != null && replay.finishedAt() == null)) {
            replayRequest.compareAndSet(request, null);
            return CompletableFuture.failedFuture(new IllegalStateException("a replay of " + handler.group() + " is already running"));
        }
        return request.done();
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public void run() {
        Deque<Write> writes = new ArrayDeque<>(); // handed to the writer, in order, not settled yet
        try {
            provisionTopics();
            consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer());
            deadLetterProducer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                    new StringSerializer(), new ByteArraySerializer());
            readers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
            String writerName = Thread.currentThread().getName() + "-writer";
            writer = Executors.newSingleThreadExecutor(task -> new Thread(task, writerName));
            consumer.subscribe(handler.topics());
            while (running) {
                if (replayRequest.get() != null) {
                    settleAll(writes); // a replay starts between two batches
                    if (startRequestedReplay()) {
                        pendingSince = -1;
                    }
                }
                if (settleWritten(writes)) {
                    pendingSince = writes.stream().mapToLong(write -> write.batch().oldest()).min().orElse(-1);
                }
                if (writes.isEmpty()) {
                    finishReplayWhenCaughtUp();
                }
                Duration wait = writes.isEmpty() ? IDLE_POLL : BUSY_POLL;
                Polled polled = poll(wait);
                if (!polled.isEmpty()) {
                    writes.addLast(write(polled));
                    if (pendingSince < 0) {
                        pendingSince = polled.oldest();
                    }
                }
                if (!polled.isEmpty() || wait == IDLE_POLL) {
                    lag = currentLag();
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.errorf(e, "consumer %s stopped", handler.group());
            stalledBy = "stopped: " + e.getMessage();
        } finally {
            halted.set(true); // the writer finishes the batch under way and skips the others; their offsets are not committed
            for (Write write : writes) {
                write.done().exceptionally(failure -> null).join();
            }
            if (writer != null) {
                writer.shutdownNow();
            }
            if (readers != null) {
                readers.shutdownNow();
            }
            if (consumer != null) {
                consumer.close(Duration.ofSeconds(5));
            }
            if (deadLetterProducer != null) {
                deadLetterProducer.close(Duration.ofSeconds(5));
            }
        }
    }

    private void provisionTopics() throws InterruptedException {
        List<String> needed = new ArrayList<>(handler.topics());
        needed.add(Topics.deadLetter(handler.group()));
        while (running) {
            try {
                topics.ensure(needed);
                return;
            } catch (RuntimeException e) {
                stalledBy = e.getMessage();
                pause();
            }
        }
    }

    /** Polls and starts reading what came on the pool. */
    private Polled poll(Duration timeout) {
        ConsumerRecords<String, byte[]> polled = consumer.poll(timeout);
        if (polled.isEmpty()) {
            return Polled.NOTHING;
        }
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(polled.count());
        polled.forEach(records::add);
        return new Polled(records, CompletableFuture.supplyAsync(() -> records.parallelStream().map(this::readOrRefuse).toList(), readers));
    }

    /** A batch handed to the writer: its outcomes, {@code null} when it was skipped, or why its transaction failed. */
    private record Write(Polled batch, CompletableFuture<List<Outcome>> done) {
    }

    /**
     * Hands a batch to the writer, which applies it in one transaction after the batches handed to it before, or skips
     * it when one of those failed and the loop has not dealt with it yet.
     */
    private Write write(Polled batch) {
        return new Write(batch, CompletableFuture.supplyAsync(() -> {
            if (halted.get()) {
                return null;
            }
            List<Read> reads = List.of();
            try {
                reads = batch.reads().join();
                List<Read> read = reads;
                List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> processAll(batch.records(), read));
                outcomes.forEach(this::count);
                long committedAt = System.currentTimeMillis();
                for (ConsumerRecord<String, byte[]> record : batch.records()) {
                    eventLagMillis.accept(Math.max(0, committedAt - record.timestamp()));
                }
                return outcomes;
            } catch (RuntimeException e) {
                halted.set(true);
                throw e;
            } finally {
                replayed(reads); // committed or not: applied one by one afterwards, they are marked without the filter
            }
        }, writer));
    }

    /**
     * Settles, in order, the batches the writer is done with, and when more than {@link #READ_AHEAD} wait, the oldest
     * even if that means waiting for it (rather than polling more). Returns whether any was settled.
     */
    private boolean settleWritten(Deque<Write> writes) throws InterruptedException {
        boolean settled = false;
        while (!writes.isEmpty() && (writes.peekFirst().done().isDone() || writes.size() > READ_AHEAD)) {
            settle(writes);
            settled = true;
        }
        return settled;
    }

    /** Settles every batch handed to the writer, in order. */
    private void settleAll(Deque<Write> writes) throws InterruptedException {
        while (!writes.isEmpty()) {
            settle(writes);
        }
    }

    /**
     * Waits for the oldest batch handed to the writer and commits its offsets; when its transaction failed, applies it
     * one record per transaction, then hands the batches the writer skipped meanwhile over again, without the records
     * of partitions rewound to a record that could not be applied (they are polled again).
     */
    private void settle(Deque<Write> writes) throws InterruptedException {
        Write oldest = writes.pollFirst();
        try {
            oldest.done().join();
        } catch (CompletionException batchFailure) {
            LOG.infof("consumer %s: a batch of %d failed (%s); applying it one by one", handler.group(), oldest.batch().records().size(),
                    rootOf(batchFailure));
            Set<TopicPartition> rewound = consumeOneByOne(oldest.batch().records());
            List<Polled> skipped = new ArrayList<>();
            for (Write write : writes) {
                write.done().exceptionally(failure -> null).join(); // skipped: the writer was halted before it came to them
                skipped.add(write.batch().without(rewound));
            }
            writes.clear();
            halted.set(false);
            skipped.stream().filter(batch -> !batch.isEmpty()).forEach(batch -> writes.addLast(write(batch)));
            return;
        }
        // the batch's own offsets, not the positions: the records polled after it are not applied yet
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : oldest.batch().records()) {
            offsets.merge(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        offsets.keySet().retainAll(consumer.assignment()); // a partition revoked meanwhile is read again by its new owner, who skips what was applied
        // not waited for: the effects and marks are committed, so an offset commit that fails or is lost (a crash, a
        // rebalance) only means these records come again and the ledger skips them
        consumer.commitAsync(offsets, (committed, failure) -> {
            if (failure != null) {
                LOG.debugf("consumer %s: offsets %s not committed (%s); those records will be skipped when they come again", handler.group(),
                        committed, failure.toString());
            }
        });
        recovered();
    }

    /**
     * Applies a poll's records in the current transaction: malformed ones are dead-lettered, the others claimed in the
     * ledger at once and handed to the handler together, but those in conflict with what was applied (another event
     * with the same sequence), which are dead-lettered too. Returns each record's outcome, in order.
     */
    private List<Outcome> processAll(List<ConsumerRecord<String, byte[]>> polled, List<Read> reads) {
        lockPartitions(polled);
        List<Outcome> outcomes = new ArrayList<>(polled.size());
        List<Read> events = new ArrayList<>(polled.size());
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            if (read.event() != null) {
                events.add(read);
                outcomes.add(null);
            } else {
                outcomes.add(deadLetter(polled.get(i), null, read.refusal().getMessage()));
            }
        }
        ReplayedSubjects replaying = replayed;
        ConsumptionLedger.Claims claims = ledger.claimAll(handler.group(), events.stream().map(Read::event).toList(),
                replaying == null ? ConsumptionLedger.EVERY_SUBJECT : replaying::mayContain, handler.subjectSequences());
        boolean[] fresh = claims.fresh();
        boolean[] newSubject = new boolean[events.size()];
        List<EventEnvelope> toApply = new ArrayList<>(events.size());
        List<Object> prepared = new ArrayList<>(events.size());
        int next = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                Read read = events.get(next);
                String conflict = claims.conflicts()[next];
                if (conflict != null) {
                    outcomes.set(i, deadLetter(polled.get(i), read.event(), conflict));
                } else if (fresh[next]) {
                    if (read.unprepared() != null) {
                        throw read.unprepared(); // fails the batch, as the handler would have; applied one by one, it is dead-lettered or retried
                    }
                    toApply.add(read.event());
                    prepared.add(read.prepared());
                    newSubject[toApply.size() - 1] = claims.newSubject()[next];
                    outcomes.set(i, Outcome.APPLIED);
                } else {
                    outcomes.set(i, Outcome.DUPLICATE);
                }
                next++;
            }
        }
        handler.applyAll(toApply, prepared, Arrays.copyOf(newSubject, toApply.size()));
        return outcomes;
    }

    /** During a replay, remembers the subjects of a batch handed to the ledger (whether its transaction committed or not). */
    private void replayed(List<Read> reads) {
        ReplayedSubjects replaying = replayed;
        if (replaying != null) {
            for (Read read : reads) {
                if (read.event() != null) {
                    replaying.add(read.event().source(), read.event().subject());
                }
            }
        }
    }

    /** Applies each record in its own transaction; returns the partitions rewound to a record that could not be applied. */
    private Set<TopicPartition> consumeOneByOne(List<ConsumerRecord<String, byte[]>> records) throws InterruptedException {
        Set<TopicPartition> rewound = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (rewound.contains(partition)) {
                continue;
            }
            Outcome outcome;
            try {
                outcome = applyOrDeadLetter(record);
            } catch (RuntimeException e) {
                Throwable cause = rootOf(e);
                stalledBy = "event at " + partition + "@" + record.offset() + ": " + cause;
                LOG.warnf("consumer %s cannot apply %s@%d (%s); retrying", handler.group(), partition, record.offset(), cause);
                consumer.seek(partition, record.offset());
                rewound.add(partition);
                continue;
            }
            commitOffset(partition, record.offset() + 1);
            count(outcome);
            eventLagMillis.accept(Math.max(0, System.currentTimeMillis() - record.timestamp()));
        }
        if (rewound.isEmpty()) {
            pendingSince = -1;
            recovered();
        } else {
            pause();
        }
        return rewound;
    }

    /**
     * Applies one record in its own transaction, or, when the record is not an event, the handler refuses it or the
     * database refuses one of its values, dead-letters it in another. Fails when neither can be done (the database or the
     * dead-letter topic unavailable): the record is then retried, as any record that cannot be applied, rather than the
     * loop stopping.
     */
    private Outcome applyOrDeadLetter(ConsumerRecord<String, byte[]> record) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> process(record));
        } catch (RuntimeException e) {
            Throwable cause = rootOf(e);
            String reason = cause instanceof RejectedEventException || cause instanceof InvalidEventException ? cause.getMessage() : refusedValue(e);
            if (reason != null) {
                return QuarkusTransaction.requiringNew().call(() -> deadLetter(record, parseOrNull(record), reason));
            }
            throw e;
        }
    }

    /**
     * Why the database refused a value of the record, when it did: a data exception (SQLSTATE class 22: a value too long
     * for its column, a date out of PostgreSQL's range, ...) depends on the record alone, so that retrying it would stall
     * its partition for good; {@code null} for any other failure, which may pass (a constraint a concurrent transaction
     * broke, the database down). PostgreSQL's message names the value and, for a COPY, the column.
     */
    private static String refusedValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(DATA_EXCEPTION)) {
                return "the database refuses a value of the event: " + sql.getMessage();
            }
        }
        return null;
    }

    /**
     * Commits a partition's offset after a record applied on its own. A commit refused because the group is
     * rebalancing, or timed out, is let go: the record's effect and mark are committed, so it is skipped when it comes
     * again.
     */
    private void commitOffset(TopicPartition partition, long next) {
        try {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
        } catch (CommitFailedException | RebalanceInProgressException | org.apache.kafka.common.errors.TimeoutException e) {
            LOG.debugf("consumer %s: offset %d of %s not committed (%s); the record will be skipped when it comes again", handler.group(), next,
                    partition, e.toString());
        }
    }

    /** Starts a replay asked for, if any; returns whether the partitions were rewound. */
    private boolean startRequestedReplay() {
        PendingReplay request = replayRequest.get();
        if (request == null || consumer.assignment().isEmpty()) {
            return false; // a replay waits until partitions are assigned, so that every one of them is rewound
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                request.reset().run();
                ledger.forget(handler.group());
            });
        } catch (RuntimeException e) {
            replayRequest.set(null);
            request.done().completeExceptionally(e);
            return false;
        }
        Set<TopicPartition> partitions = consumer.assignment();
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> targets = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        // the ledger holds no marks of the group now: until the replay ends, only subjects it has claimed can have one
        replayed = new ReplayedSubjects(targets.entrySet().stream().mapToLong(t -> t.getValue() - beginnings.getOrDefault(t.getKey(), 0L)).sum());
        replay = new Replay(Instant.now(), null, applied.get(), 0, Map.copyOf(targets), request.finish(), request.done());
        replayRequest.set(null);
        LOG.infof("consumer %s replays %s from the beginning", handler.group(), partitions);
        return true;
    }

    /**
     * Completes the replay, after its {@code finish}, when every assigned partition has been applied up to its target;
     * called when every batch polled has been written.
     */
    private void finishReplayWhenCaughtUp() throws InterruptedException {
        Replay current = replay;
        if (current == null || current.finishedAt() != null) {
            return;
        }
        for (Map.Entry<TopicPartition, Long> target : current.targets().entrySet()) {
            TopicPartition partition = target.getKey();
            if (consumer.assignment().contains(partition) && consumer.position(partition) < target.getValue()) {
                return;
            }
        }
        try {
            QuarkusTransaction.requiringNew().run(current.finish());
        } catch (RuntimeException e) {
            stalledBy = "finishing the replay: " + rootOf(e);
            LOG.warnf("consumer %s cannot finish its replay (%s); retrying", handler.group(), rootOf(e));
            pause();
            return;
        }
        recovered();
        Replay finished = current.finish(Instant.now(), applied.get());
        replay = finished;
        replayed = null; // past the replay's targets, subjects are looked up again
        LOG.infof("consumer %s replayed %d events in %s", handler.group(), finished.events(),
                Duration.between(finished.startedAt(), finished.finishedAt()));
        current.done().complete(finished.status(applied.get()));
    }

    /** Applies one record in the current transaction. */
    private Outcome process(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event;
        try {
            event = read(record);
        } catch (InvalidEventException e) {
            return deadLetter(record, null, e.getMessage());
        }
        lockPartitions(List.of(record));
        if (!ledger.claim(handler.group(), event, handler.subjectSequences())) {
            return Outcome.DUPLICATE;
        }
        handler.apply(event);
        return Outcome.APPLIED;
    }

    /**
     * A record read: its event and what the handler prepared from it (or why it could not), or why it is not an event.
     */
    private record Read(EventEnvelope event, Object prepared, RuntimeException unprepared, InvalidEventException refusal) {
    }

    private Read readOrRefuse(ConsumerRecord<String, byte[]> record) {
        EventEnvelope event;
        try {
            event = read(record);
        } catch (InvalidEventException e) {
            return new Read(null, null, null, e);
        }
        try {
            return new Read(event, handler.prepare(event), null, null);
        } catch (RuntimeException e) {
            return new Read(event, null, e, null);
        }
    }

    /** Records polled together, in order, and their reading under way. */
    private record Polled(List<ConsumerRecord<String, byte[]>> records, CompletableFuture<List<Read>> reads) {
        static final Polled NOTHING = new Polled(List.of(), CompletableFuture.completedFuture(List.of()));

        boolean isEmpty() {
            return records.isEmpty();
        }

        /** The Kafka timestamp (ms) of the oldest record. */
        long oldest() {
            return records.stream().mapToLong(ConsumerRecord::timestamp).min().orElse(-1);
        }

        /** These records without those of {@code partitions}. */
        Polled without(Set<TopicPartition> partitions) {
            if (partitions.isEmpty() || records.isEmpty()) {
                return this;
            }
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                if (!partitions.contains(new TopicPartition(records.get(i).topic(), records.get(i).partition()))) {
                    kept.add(i);
                }
            }
            if (kept.isEmpty()) {
                return NOTHING;
            }
            return new Polled(kept.stream().map(records::get).toList(), reads.thenApply(all -> kept.stream().map(all::get).toList()));
        }
    }

    /** The record's event; {@link InvalidEventException} when it is not one, or its key is not the event's subject. */
    private static EventEnvelope read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new InvalidEventException(List.of("empty message"));
        }
        EventEnvelope event = EventCodec.read(record.value());
        if (record.key() != null && !record.key().equals(event.subject())) {
            throw new InvalidEventException(List.of("key " + record.key() + " differs from subject " + event.subject()));
        }
        return event;
    }

    /**
     * When the handler keeps subjects' sequences itself, locks the partitions of the records about to be applied: no
     * ledger mark keeps two consumers of the group from applying the same subject's events at once (during a rebalance).
     */
    private void lockPartitions(List<ConsumerRecord<String, byte[]>> records) {
        if (handler.subjectSequences() != SubjectSequences.NONE) {
            ledger.lockPartitions(handler.group(), records.stream().map(r -> new TopicPartition(r.topic(), r.partition())).collect(Collectors.toSet()));
        }
    }

    private Outcome deadLetter(ConsumerRecord<String, byte[]> record, EventEnvelope event, String reason) {
        ledger.deadLetter(handler.group(), record, event, reason, handler.subjectSequences());
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.deadLetter(handler.group()), record.key(), record.value());
        letter.headers().add(new RecordHeader("dlt-reason", bytes(reason)));
        letter.headers().add(new RecordHeader("dlt-original-topic", bytes(record.topic())));
        letter.headers().add(new RecordHeader("dlt-original-partition", bytes(Integer.toString(record.partition()))));
        letter.headers().add(new RecordHeader("dlt-original-offset", bytes(Long.toString(record.offset()))));
        try {
            deadLetterProducer.send(letter).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write to the dead-letter topic: " + e.getMessage(), e);
        }
        LOG.warnf("consumer %s dead-lettered %s-%d@%d: %s", handler.group(), record.topic(), record.partition(), record.offset(), reason);
        return Outcome.DEAD_LETTERED;
    }

    private static EventEnvelope parseOrNull(ConsumerRecord<String, byte[]> record) {
        try {
            return record.value() == null ? null : EventCodec.read(record.value());
        } catch (InvalidEventException e) {
            return null;
        }
    }

    private void count(Outcome outcome) {
        switch (outcome) {
            case APPLIED -> applied.incrementAndGet();
            case DUPLICATE -> duplicates.incrementAndGet();
            case DEAD_LETTERED -> deadLettered.incrementAndGet();
        }
    }

    private void recovered() {
        stalledBy = null;
        backoff = Duration.ZERO;
    }

    private void pause() throws InterruptedException {
        backoff = backoff.isZero() ? Duration.ofMillis(250) : backoff.multipliedBy(2);
        if (backoff.compareTo(config.consumers().maxBackoff()) > 0) {
            backoff = config.consumers().maxBackoff();
        }
        Thread.sleep(backoff.toMillis());
    }

    /**
     * Records behind the end of the topics now: the largest over the assigned partitions, from the positions and the
     * ends the last fetches brought (no request to the broker). Kafka's own {@code records-lag-max} is the largest seen
     * over its metrics window (a minute), so after a replay or a burst it went on reporting a lag long caught up.
     */
    private long currentLag() {
        long largest = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong behind = consumer.currentLag(partition);
            if (behind.isPresent()) {
                largest = Math.max(largest, behind.getAsLong());
            }
        }
        return largest;
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, handler.group(),
                ConsumerConfig.CLIENT_ID_CONFIG, handler.group() + "-" + ProcessHandle.current().pid(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.consumers().maxPollRecords());
    }

    private static Throwable rootOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof RejectedEventException) && !(cause instanceof InvalidEventException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
