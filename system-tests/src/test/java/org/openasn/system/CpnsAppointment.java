package org.openasn.system;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The body of a CPNS appointment (POST /agencies/{instansi}/employees) as the end-to-end tests record it. */
final class CpnsAppointment {

    private CpnsAppointment() {
    }

    static Map<String, Object> of(Map<String, Object> person, LocalDate tmtCpns, String golongan, String unitId, String pendidikan) {
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("kind", "cpns-appointed");
        appointment.put("person", person);
        appointment.put("skNumber", "813/CPNS/" + tmtCpns.getYear());
        appointment.put("skDate", tmtCpns.minusMonths(1).toString());
        appointment.put("tmt", tmtCpns.toString());
        appointment.put("reason", "Pengadaan CPNS " + tmtCpns.getYear());
        appointment.put("golongan", golongan);
        appointment.put("position", Map.of("jenisJabatan", "4", "name", "Pengadministrasi Umum", "group", "LAINNYA"));
        appointment.put("unitId", unitId);
        appointment.put("pendidikan", pendidikan);
        return appointment;
    }
}
