package org.openasn.personnel.employee.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openasn.personnel.employee.Position;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.PositionGroup;

/** A position (jabatan) as the API and the mutation log write it: SIASN codes. */
@Schema(name = "Position", description = "A position (jabatan)")
public record PositionDocument(
        @NotNull @Pattern(regexp = "[1-4]") @Schema(description = "Jenis jabatan: 1 struktural, 2 fungsional tertentu, 3 rangkap, 4 fungsional umum (pelaksana)")
        String jenisJabatan,
        @Pattern(regexp = "[0-9]{2}") @Schema(description = "Eselon id for struktural positions: 21 II.a, 22 II.b, 31 III.a, 32 III.b, 41 IV.a, 42 IV.b, 51 V.a, 52 V.b")
        String eselon,
        @Size(max = 100) @Schema(description = "The position's id (SIASN JABATAN ID)") String jabatanId,
        @NotBlank @Size(max = 300) @Schema(description = "The position's name as on the SK", examples = "Guru Ahli Muda") String name,
        @Schema(description = "Functional level (jenjang) of a fungsional tertentu position: AHLI_PERTAMA, AHLI_MUDA, AHLI_MADYA, AHLI_UTAMA, PEMULA, TERAMPIL, MAHIR, PENYELIA")
        String jenjang,
        @NotNull @Schema(description = "GURU (teacher), KESEHATAN (health) or LAINNYA (other)") PositionGroup group,
        @Schema(description = "Retirement-age category; derived from the position when absent. Needed for LECTURER, PROFESSOR and RESEARCHER_ENGINEER_MAIN")
        BupCategory bupCategory) {

    /**
     * The domain position of a new request: {@link InvalidReferenceException} or {@link IllegalArgumentException}
     * for an impossible one (a struktural position needs its eselon).
     */
    public Position toPosition() {
        if (JenisJabatan.fromSiasnId(jenisJabatan) == JenisJabatan.STRUKTURAL && eselon == null) {
            throw new IllegalArgumentException("a struktural position needs its eselon");
        }
        return toRecordedPosition();
    }

    /**
     * The domain position as it was recorded: an import may have accepted a struktural position whose eselon
     * SIASN did not export, or a position without a name (each with a warning), and what was recorded must always read
     * back.
     */
    public Position toRecordedPosition() {
        JenisJabatan jenis = JenisJabatan.fromSiasnId(jenisJabatan);
        Eselon eselonValue = eselon == null ? null : Eselon.fromSiasnId(eselon);
        JenjangFungsional jenjangValue = jenjang == null ? null : JenjangFungsional.parse(jenjang);
        BupCategory category = bupCategory != null ? bupCategory : BupCategory.derive(jenis, eselonValue, jenjangValue, group);
        return new Position(jenis, eselonValue, jabatanId, name == null ? null : name.strip(), jenjangValue, group, category.name());
    }

    public static PositionDocument of(Position p) {
        return new PositionDocument(Integer.toString(p.jenis().id()), p.eselon() == null ? null : Integer.toString(p.eselon().id()),
                p.jabatanId(), p.name(), p.jenjang() == null ? null : p.jenjang().name(), p.group(), BupCategory.valueOf(p.bupCategory()));
    }
}
