package org.openasn.personnel.employee;

/**
 * Every kind of change to an employee's record. Each is recorded with its SK (decree) and TMT and published
 * as the event {@code asn.personnel.<eventKind>.v1}.
 */
public enum MutationKind {

    /** Registered from an existing record (SIASN import): the employee's history as the export states it. */
    EMPLOYEE_REGISTERED("employee-registered", Effect.Scope.APPOINTMENT),
    /** Pengangkatan CPNS: a new candidate civil servant. */
    CPNS_APPOINTED("cpns-appointed", Effect.Scope.APPOINTMENT),
    /** Pengangkatan PNS: a CPNS confirmed as PNS after probation. */
    PNS_CONFIRMED("pns-confirmed", Effect.Scope.CHANGE),
    /** Pengangkatan PPPK: a new contract employee. */
    PPPK_APPOINTED("pppk-appointed", Effect.Scope.APPOINTMENT),
    PPPK_CONTRACT_EXTENDED("pppk-contract-extended", Effect.Scope.CHANGE),
    PPPK_CONTRACT_ENDED("pppk-contract-ended", Effect.Scope.SEPARATION),
    /** Kenaikan pangkat: promotion to a higher golongan (periods 1 April and 1 October). */
    PROMOTED("promoted", Effect.Scope.CHANGE),
    /** Kenaikan gaji berkala (KGB): periodic salary step, every two years; changes the masa kerja golongan. */
    SALARY_STEP_GRANTED("salary-step-granted", Effect.Scope.CHANGE),
    /** Pengangkatan/pemindahan jabatan: another position, eselon or functional jenjang. */
    POSITION_CHANGED("position-changed", Effect.Scope.CHANGE),
    /** Mutasi antar unit: another unit of the same agency. */
    UNIT_TRANSFERRED("unit-transferred", Effect.Scope.CHANGE),
    /** Pindah masuk: from another agency; a new employee here. */
    TRANSFERRED_IN("transferred-in", Effect.Scope.APPOINTMENT),
    /** Pindah keluar: to another agency. */
    TRANSFERRED_OUT("transferred-out", Effect.Scope.SEPARATION),
    /** Kedudukan hukum changed: CLTN, tugas belajar, suspension, MPP, back to aktif. */
    STATUS_CHANGED("status-changed", Effect.Scope.CHANGE),
    /**
     * Perpanjangan batas usia pensiun: the employee retires at a later TMT pensiun than the BUP gives (PNS only; a PPPK's
     * contract end governs them). Carries that TMT pensiun, {@link EmploymentState#bupExtendedUntil()}.
     */
    BUP_EXTENDED("bup-extended", Effect.Scope.CHANGE),
    /** A higher education level obtained. */
    EDUCATION_RECORDED("education-recorded", Effect.Scope.CHANGE),
    /** Berhenti atas permintaan sendiri (APS). */
    RESIGNED("resigned", Effect.Scope.SEPARATION),
    DISMISSED("dismissed", Effect.Scope.SEPARATION),
    /** Meninggal dunia. */
    DIED("died", Effect.Scope.SEPARATION),
    /** Pensiun: BUP, APS with pension, or disability. */
    RETIRED("retired", Effect.Scope.SEPARATION),
    /** Kesalahan data: corrects an earlier mutation, which is voided and replaced. */
    DATA_CORRECTED("data-corrected", Effect.Scope.CHANGE);

    private final String eventKind;
    private final Effect.Scope scope;

    MutationKind(String eventKind, Effect.Scope scope) {
        this.eventKind = eventKind;
        this.scope = scope;
    }

    /** The kind as in event types and the API, such as {@code promoted}. */
    public String eventKind() {
        return eventKind;
    }

    public Effect.Scope scope() {
        return scope;
    }
}
