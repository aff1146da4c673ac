package org.openasn.reporting.profile.formasi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.openasn.events.EventEnvelope;
import org.openasn.events.personnel.FormasiSet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every formasi as personnel-service set it (slots and prepared of a position in a unit, from a date, until the next
 * setting of the same formasi), kept as history so that Tables 3.2 and 002.eselon can count vacant and prepared posts
 * on any date, as known at any moment (the event's time is when it became known).
 */
@ApplicationScoped
public class FormasiHistory {

    /** The eselon posts of one eselon on a date: slots, prepared, and slots not filled (never below zero per post). */
    public record Posts(String eselon, long slots, long prepared, long vacant) {
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventEnvelope event, FormasiSet formasi) {
        em.createNativeQuery("""
                        INSERT INTO formasi (formasi_id, instansi, unit_id, position_id, jabatan_id, position_name, jenis_jabatan, eselon,
                            jenjang, slots, prepared, valid_from, recorded_at, event_id)
                        VALUES (:formasi, :instansi, :unit, :position, :jabatan, :name, :jenis, :eselon, :jenjang, :slots, :prepared, :from,
                            :recordedAt, :eventId)""")
                .setParameter("formasi", formasi.formasiId()).setParameter("instansi", formasi.instansi())
                .setParameter("unit", formasi.unitId()).setParameter("position", formasi.positionId())
                .setParameter("jabatan", formasi.jabatanId()).setParameter("name", formasi.positionName())
                .setParameter("jenis", formasi.jenisJabatan()).setParameter("eselon", formasi.eselon())
                .setParameter("jenjang", formasi.jenjang()).setParameter("slots", formasi.slots())
                .setParameter("prepared", formasi.prepared()).setParameter("from", formasi.validFrom())
                .setParameter("recordedAt", event.time()).setParameter("eventId", event.id())
                .executeUpdate();
    }

    /**
     * The eselon posts in force on {@code asOf} (each formasi's latest setting from on or before that day, as known at
     * {@code knownAt}), by eselon, with their vacancies: slots less the employees of {@code kinds} in service that day
     * holding the position ({@code jabatan_id}) in the unit.
     */
    public List<Posts> eselonPosts(String instansi, LocalDate asOf, Instant knownAt, Set<String> kinds) {
        String formasiKnown = knownAt == null ? "" : "AND recorded_at <= :knownAt ";
        String periodKnown = knownAt == null ? "p.superseded_at IS NULL"
                : "p.recorded_at <= :knownAt AND (p.superseded_at IS NULL OR p.superseded_at > :knownAt)";
        Query query = em.createNativeQuery("""
                        WITH f AS (
                            SELECT DISTINCT ON (formasi_id) unit_id, jabatan_id, eselon, slots, prepared FROM formasi
                            WHERE instansi = :instansi AND valid_from <= :asOf %s
                            ORDER BY formasi_id, valid_from DESC, recorded_at DESC, id DESC),
                        held AS (
                            SELECT p.unit_id, p.jabatan_id, count(*) AS holders FROM employee_period p
                            WHERE p.instansi = :instansi AND p.in_service AND p.kind IN (:kinds) AND p.jabatan_id IS NOT NULL
                              AND p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf) AND %s
                            GROUP BY 1, 2)
                        SELECT f.eselon, sum(f.slots), sum(f.prepared), sum(greatest(f.slots - coalesce(held.holders, 0), 0))
                        FROM f LEFT JOIN held ON held.unit_id = f.unit_id AND held.jabatan_id = f.jabatan_id
                        WHERE f.eselon IS NOT NULL AND f.eselon <> '99'
                        GROUP BY 1""".formatted(formasiKnown, periodKnown))
                .setParameter("instansi", instansi).setParameter("asOf", asOf).setParameter("kinds", kinds);
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt);
        }
        List<Posts> posts = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            posts.add(new Posts((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        return posts;
    }
}
