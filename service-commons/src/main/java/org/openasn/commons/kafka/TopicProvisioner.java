package org.openasn.commons.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the topics a relay or consumer needs before it starts (brokers do not auto-create them). Topics
 * keep their events forever ({@code retention.ms=-1}): read models are rebuilt by replaying them.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject
    EventsConfig config;

    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    /** Creates the missing topics; throws while Kafka is unreachable, so callers retry with their back-off. */
    public void ensure(Collection<String> topics) {
        Set<String> missing = topics.stream().filter(t -> !ensured.contains(t)).collect(java.util.stream.Collectors.toSet());
        if (missing.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            for (String topic : missing) {
                if (!existing.contains(topic)) {
                    create(admin, topic);
                }
                ensured.add(topic);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka to provision " + missing + ": " + e.getMessage(), e);
        }
    }

    private void create(Admin admin, String topic) throws InterruptedException, TimeoutException, ExecutionException {
        NewTopic newTopic = new NewTopic(topic, config.topics().partitions(), config.topics().replicationFactor())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
        try {
            admin.createTopics(Set.of(newTopic)).all().get(10, TimeUnit.SECONDS);
            LOG.infof("created topic %s (%d partitions)", topic, config.topics().partitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
