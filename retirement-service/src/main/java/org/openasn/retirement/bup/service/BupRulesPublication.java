package org.openasn.retirement.bup.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openasn.commons.outbox.Outbox;
import org.openasn.events.EventCodec;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.RetirementRule;

import java.util.List;
import java.util.Optional;

/**
 * Publishes the BUP rules as a decision table ({@code asn.retirement.bup-rules-published.v1}) through the outbox: with
 * every new rule set version, in its transaction, and at start-up when the decision table differs from the one last
 * published: nothing was published yet (the versions the migrations recorded), or a new release computes or publishes
 * the ranges differently (decision 40 added {@code reachedNotBefore}; personnel and reporting would otherwise keep the
 * older ranges until the next policy change). Versions are only ever added through {@link BupRuleService#add}, so the
 * last event published always describes the versions recorded.
 */
@ApplicationScoped
public class BupRulesPublication {

    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    void atStartup(@Observes StartupEvent startup) {
        QuarkusTransaction.requiringNew().run(() -> {
            // the same lock as BupRuleService.add: another instance starting, or a version being added, waits
            em.createNativeQuery("LOCK TABLE bup_rule_version IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
            if (BupRuleVersion.count() > 0 && !lastPublished().equals(Optional.of(recorded()))) {
                publishRecorded();
            }
        });
    }

    /** Publishes the decision table of the versions recorded now, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishRecorded() {
        EventEnvelope event = outbox.publish(EventTypes.BUP_RULES_PUBLISHED_V1, BupRulesPublished.SUBJECT, BupRulesPublished.NATIONAL,
                recorded());
        em.createNativeQuery("""
                        INSERT INTO bup_rules_last_published (id, event) VALUES (1, :event)
                        ON CONFLICT (id) DO UPDATE SET event = excluded.event""")
                .setParameter("event", EventCodec.write(event)).executeUpdate();
    }

    /** The decision table of the versions recorded now, as published. */
    private static BupRulesPublished recorded() {
        return new BupRulesPublished(RetirementRule.decisionTable(BupRuleVersion.ruleSets()).stream()
                .map(r -> new BupRulesPublished.Range(r.category().name(), r.bornFrom(), r.bornBefore(), r.age(), r.ruleSet().id(),
                        r.ruleSet().legalBasis(), r.reachedNotBefore()))
                .toList());
    }

    /** The rules of the event last published, if one was since {@code V12}. */
    private Optional<BupRulesPublished> lastPublished() {
        List<?> rows = em.createNativeQuery("SELECT event FROM bup_rules_last_published WHERE id = 1").getResultList();
        return rows.stream().findFirst().map(json -> EventCodec.data(EventCodec.read((String) json), EventTypes.BUP_RULES_PUBLISHED_V1));
    }
}
