package org.openasn.retirement.bup.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.openasn.commons.outbox.Outbox;
import org.openasn.events.EventTypes;
import org.openasn.events.retirement.BupRulesPublished;
import org.openasn.retirement.bup.BupRuleVersion;
import org.openasn.retirement.bup.domain.RetirementRule;

import java.util.List;

/**
 * Publishes the BUP rules as a decision table ({@code asn.retirement.bup-rules-published.v1}) through the outbox: with
 * every new rule set version, in its transaction, and at start-up when nothing was ever published (the versions the
 * migrations recorded). Versions are only ever added through {@link BupRuleService#add}, so the last event published
 * always describes the versions recorded.
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
            if (!outbox.hasPublished(BupRulesPublished.SUBJECT) && BupRuleVersion.count() > 0) {
                publishRecorded();
            }
        });
    }

    /** Publishes the decision table of the versions recorded now, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishRecorded() {
        List<BupRulesPublished.Range> ranges = RetirementRule.decisionTable(BupRuleVersion.ruleSets()).stream()
                .map(r -> new BupRulesPublished.Range(r.category().name(), r.bornFrom(), r.bornBefore(), r.age(), r.ruleSet().id(),
                        r.ruleSet().legalBasis(), r.reachedNotBefore()))
                .toList();
        outbox.publish(EventTypes.BUP_RULES_PUBLISHED_V1, BupRulesPublished.SUBJECT, BupRulesPublished.NATIONAL, new BupRulesPublished(ranges));
    }
}
