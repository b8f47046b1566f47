package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** One hospital of the Ministry of Health register (RS Online), as the source file gives it. */
record RegisterHospital(String kodeRs, String name, String province, String type, String registerClass, String owner, int beds) {

    static final String FILE = "kemenkes_rs_online_lampung_banten_dki_kabbogor.csv";
    static final String NATIONWIDE_FILE = "kemenkes_rs_online_nationwide.csv";

    /** Specialties that treat few patients on oxygen: they get no ICU and no LOX tank. */
    private static final Set<String> LOW_OXYGEN_TYPES = Set.of("RSK Mata", "RSK GM", "RSK Jiwa", "RSK THT-KL", "RSKO");

    /** Owners counted as private (the association of private hospitals); state enterprises (BUMN) are not. */
    private static final Set<String> PRIVATE_OWNERS = Set.of("SWASTA/ LAINNYA", "Perusahaan", "Perorangan",
            "Organisasi Sosial", "Organisasi Katholik", "Organisasi Islam", "Organisasi Protestan");

    static List<RegisterHospital> read(Path file) throws IOException {
        return Csv.read(file).stream()
                .map(row -> new RegisterHospital(row.text("kode_rs"), row.text("nama_rs").replaceAll("\\s+", " "),
                        row.text("provinsi"), row.text("jenis_rs"), row.text("kelas"), row.text("pemilik"),
                        row.integer("total_tt")))
                .toList();
    }

    /** The BPS kab/kota code: the first four digits of kode_rs. */
    String kabCode() {
        return kodeRs.substring(0, 4);
    }

    /** Class A to D; "D PRATAMA" is class D; null when the register has none yet ("Belum Ditetapkan"). */
    String hospitalClass() {
        if (registerClass.matches("[A-D]")) {
            return registerClass;
        }
        return registerClass.startsWith("D ") ? "D" : null;
    }

    boolean isLowOxygenSpecialty() {
        return LOW_OXYGEN_TYPES.contains(type);
    }

    boolean isPrivate() {
        return PRIVATE_OWNERS.contains(owner);
    }
}
