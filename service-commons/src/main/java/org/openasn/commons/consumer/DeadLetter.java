package org.openasn.commons.consumer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message a consumer could not apply, with the reason; the same message is on the consumer's dead-letter topic. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "consumer_group")
    public String consumerGroup;
    public String topic;
    @Column(name = "kafka_partition")
    public int partition;
    @Column(name = "kafka_offset")
    public long offset;
    @Column(name = "event_key")
    public String key;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    public String payload;
    public String reason;
    @Column(name = "received_at")
    public Instant receivedAt;
}
