-- Outbox, consumer positions and dead letters: the same in every service (service-commons).

-- Events written in the business transaction; the relay publishes them to Kafka in seq order.
CREATE TABLE outbox_event (
    seq          bigserial PRIMARY KEY,
    id           uuid         NOT NULL UNIQUE,
    topic        varchar(200) NOT NULL,
    event_key    varchar(100) NOT NULL,
    type         varchar(200) NOT NULL,
    payload      text         NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    published_at timestamptz,
    attempts     integer      NOT NULL DEFAULT 0,
    last_error   text
);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- The last sequence number given to each subject's events (CloudEvents extension "sequence").
CREATE TABLE outbox_subject_sequence (
    subject       varchar(100) PRIMARY KEY,
    last_sequence bigint       NOT NULL
);

-- Per consumer, source and subject: the last sequence applied. An event at or below it is a duplicate.
CREATE TABLE consumed_sequence (
    consumer_group varchar(100) NOT NULL,
    source         varchar(200) NOT NULL,
    subject        varchar(100) NOT NULL,
    last_sequence  bigint       NOT NULL,
    last_event_id  varchar(200) NOT NULL,
    applied_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, source, subject)
);

-- Messages a consumer could not apply, kept with the reason (also sent to the consumer's .dlt topic).
CREATE TABLE dead_letter (
    id              bigserial PRIMARY KEY,
    consumer_group  varchar(100) NOT NULL,
    topic           varchar(200) NOT NULL,
    kafka_partition integer      NOT NULL,
    kafka_offset    bigint       NOT NULL,
    event_key       text,
    event_id        varchar(200),
    event_type      varchar(200),
    payload         text,
    reason          text         NOT NULL,
    received_at     timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (consumer_group, topic, kafka_partition, kafka_offset)
);
