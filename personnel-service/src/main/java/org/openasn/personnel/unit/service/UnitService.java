package org.openasn.personnel.unit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.openasn.commons.outbox.Outbox;
import org.openasn.commons.problem.ConflictProblem;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.NotFoundProblem;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.personnel.unit.Unit;

import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registers and reads organisation units; each registration publishes {@code unit-registered}. */
@ApplicationScoped
public class UnitService {

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    @Transactional
    public Unit register(@NotNull String instansi, @NotNull @Valid RegisterUnit command, @NotNull String recordedBy) {
        if (Unit.codeTaken(instansi, command.code())) {
            throw new ConflictProblem("unit-code-taken", "Agency " + instansi + " already has a unit with code " + command.code() + ".");
        }
        if (command.parentId() != null) {
            Unit parent = Unit.findInAgency(instansi, command.parentId())
                    .orElseThrow(() -> InvalidInput.of("parentId", "no unit " + command.parentId() + " in agency " + instansi));
            if (command.validFrom().isBefore(parent.validFrom)) {
                throw InvalidInput.of("validFrom", "must not be before the parent unit's validFrom " + parent.validFrom);
            }
        }
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.instansi = instansi;
        unit.code = command.code();
        unit.name = command.name().strip();
        unit.parentId = command.parentId();
        unit.siasnUnorId = command.siasnUnorId();
        unit.validFrom = command.validFrom();
        unit.recordedAt = clock.instant();
        unit.recordedBy = recordedBy;
        unit.persist();
        outbox.publish(EventTypes.UNIT_REGISTERED_V1, unit.id.toString(), instansi,
                new UnitRegistered(unit.id, instansi, unit.code, unit.name, unit.parentId, unit.siasnUnorId, unit.validFrom));
        return unit;
    }

    public Unit get(String instansi, UUID id) {
        return Unit.findInAgency(instansi, id).orElseThrow(() -> new NotFoundProblem("No unit " + id + " in agency " + instansi + "."));
    }

    public Optional<Unit> find(String instansi, UUID id) {
        return Unit.findInAgency(instansi, id);
    }

    public List<Unit> list(String instansi) {
        return Unit.listAgency(instansi);
    }

    /** A unit in the tree: its own headcount (employees in service today) and its subtree's. */
    public record TreeNode(Unit unit, long headcount, long totalHeadcount, List<TreeNode> children) {
    }

    public List<TreeNode> tree(String instansi) {
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery(
                        "SELECT unit_id, count(*) FROM employee WHERE instansi = :instansi AND in_service AND unit_id IS NOT NULL GROUP BY unit_id")
                .setParameter("instansi", instansi).getResultList();
        Map<UUID, Long> headcount = new HashMap<>();
        counts.forEach(r -> headcount.put((UUID) r[0], ((Number) r[1]).longValue()));
        List<Unit> all = Unit.listAgency(instansi);
        Map<UUID, List<Unit>> children = new HashMap<>();
        all.forEach(u -> children.computeIfAbsent(u.parentId, k -> new ArrayList<>()).add(u));
        return children.getOrDefault(null, List.of()).stream().map(u -> node(u, children, headcount)).toList();
    }

    private static TreeNode node(Unit unit, Map<UUID, List<Unit>> children, Map<UUID, Long> headcount) {
        List<TreeNode> below = children.getOrDefault(unit.id, List.of()).stream().map(u -> node(u, children, headcount)).toList();
        long own = headcount.getOrDefault(unit.id, 0L);
        return new TreeNode(unit, own, own + below.stream().mapToLong(TreeNode::totalHeadcount).sum(), below);
    }
}
