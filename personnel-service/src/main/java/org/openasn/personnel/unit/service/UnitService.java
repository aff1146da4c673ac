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
import org.openasn.events.personnel.UnitClassified;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.personnel.unit.Unit;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.unit.JenisUnit;
import org.openasn.reference.unit.JenjangSekolah;
import org.openasn.reference.unit.UnitNameOrder;

import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers, classifies and reads organisation units; each registration publishes {@code unit-registered}, each change
 * of a unit's type or school level {@code unit-classified}.
 */
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
        Classification classification = Classification.of(command.unitType(), command.schoolLevel(), unit.name);
        unit.unitType = classification.unitType();
        unit.schoolLevel = classification.schoolLevel();
        unit.listOrder = command.listOrder();
        unit.recordedAt = clock.instant();
        unit.recordedBy = recordedBy;
        unit.persist();
        outbox.publish(EventTypes.UNIT_REGISTERED_V1, unit.id.toString(), instansi,
                new UnitRegistered(unit.id, instansi, unit.code, unit.name, unit.parentId, unit.siasnUnorId, unit.validFrom,
                        unit.unitType, unit.schoolLevel, unit.listOrder));
        return unit;
    }

    /**
     * Sets a unit's type, school level and listing order as the operator states them (no reading from the name: an
     * absent value clears it). Publishes {@code unit-classified} unless nothing changes.
     */
    @Transactional
    public Unit classify(@NotNull String instansi, @NotNull UUID id, @NotNull @Valid ClassifyUnit command) {
        Unit unit = get(instansi, id);
        Classification classification = Classification.explicit(command.unitType(), command.schoolLevel());
        if (Objects.equals(unit.unitType, classification.unitType()) && Objects.equals(unit.schoolLevel, classification.schoolLevel())
                && Objects.equals(unit.listOrder, command.listOrder())) {
            return unit;
        }
        unit.unitType = classification.unitType();
        unit.schoolLevel = classification.schoolLevel();
        unit.listOrder = command.listOrder();
        outbox.publish(EventTypes.UNIT_CLASSIFIED_V1, unit.id.toString(), instansi,
                new UnitClassified(unit.id, instansi, unit.unitType, unit.schoolLevel, unit.listOrder));
        return unit;
    }

    /** A unit's type and school level as stored (the asn-reference constants' names), validated. */
    private record Classification(String unitType, String schoolLevel) {

        /** As given; where the type is not given, as the name states it; a school's level likewise. */
        static Classification of(String unitType, String schoolLevel, String name) {
            Classification given = explicit(unitType, schoolLevel);
            JenisUnit type = given.unitType() != null ? JenisUnit.valueOf(given.unitType()) : JenisUnit.fromUnitName(name).orElse(null);
            String level = given.schoolLevel() != null || type != JenisUnit.SEKOLAH ? given.schoolLevel()
                    : JenjangSekolah.fromUnitName(name).map(Enum::name).orElse(null);
            return new Classification(type == null ? null : type.name(), level);
        }

        static Classification explicit(String unitType, String schoolLevel) {
            JenisUnit type = unitType == null ? null : parse("unitType", () -> JenisUnit.parse(unitType));
            JenjangSekolah level = schoolLevel == null ? null : parse("schoolLevel", () -> JenjangSekolah.parse(schoolLevel));
            if (level != null && unitType != null && type != JenisUnit.SEKOLAH) {
                throw InvalidInput.of("schoolLevel", "only a school (unitType SEKOLAH) has a school level, not " + type);
            }
            return new Classification(type == null ? (level == null ? null : JenisUnit.SEKOLAH.name()) : type.name(),
                    level == null ? null : level.name());
        }

        private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
            try {
                return parser.get();
            } catch (InvalidReferenceException e) {
                throw InvalidInput.of(field, e.reason());
            }
        }
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

    /** Units side by side in the tree: as the agency lists them ({@link UnitNameOrder#siblings}), then by code. */
    private static final Comparator<Unit> SIBLINGS = UnitNameOrder.<Unit>siblings(u -> u.listOrder, u -> u.name).thenComparing(u -> u.code);

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
        children.values().forEach(siblings -> siblings.sort(SIBLINGS));
        return children.getOrDefault(null, List.of()).stream().map(u -> node(u, children, headcount)).toList();
    }

    private static TreeNode node(Unit unit, Map<UUID, List<Unit>> children, Map<UUID, Long> headcount) {
        List<TreeNode> below = children.getOrDefault(unit.id, List.of()).stream().map(u -> node(u, children, headcount)).toList();
        long own = headcount.getOrDefault(unit.id, 0L);
        return new TreeNode(unit, own, own + below.stream().mapToLong(TreeNode::totalHeadcount).sum(), below);
    }
}
