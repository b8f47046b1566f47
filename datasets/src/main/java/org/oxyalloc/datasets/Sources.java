package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Every source file the datasets are built from, read once. */
record Sources(
        List<RegisterHospital> register,
        List<RegisterHospital> nationwideRegister,
        Regencies regencies,
        List<ErPressure> erPressure,
        List<BorSnapshot> bor,
        List<ProducerReport> producers,
        List<SupplyNeed> supplyNeed,
        List<PusriRefill> pusriRefills,
        List<KnownPoint> lampungTubesSig,
        List<KnownPoint> lampungDonorPlasma,
        List<KnownPoint> dkiPetaDasar,
        List<KnownPoint> rujukan2020,
        List<RoadSkeletonRow> roadSkeleton) {

    static Sources read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("source data directory not found: " + dir.toAbsolutePath());
        }
        return new Sources(RegisterHospital.read(dir.resolve(RegisterHospital.FILE)),
                RegisterHospital.read(dir.resolve(RegisterHospital.NATIONWIDE_FILE)), Regencies.read(dir), ErPressure.read(dir),
                BorSnapshot.read(dir), ProducerReport.read(dir), SupplyNeed.read(dir), PusriRefill.read(dir),
                KnownPoint.lampungTubesSig(dir), KnownPoint.lampungDonorPlasma(dir), KnownPoint.dkiPetaDasar(dir),
                KnownPoint.rujukan2020(dir), RoadSkeletonRow.read(dir));
    }

    /** The register's hospitals whose kab/kota code starts with the prefix ("18" a province, "3201" a regency). */
    List<RegisterHospital> registerIn(String codePrefix) {
        return register.stream().filter(h -> h.kabCode().startsWith(codePrefix)).toList();
    }

    /** Total register beds of a province in the nationwide register. */
    int nationwideBeds(String province) {
        return nationwideRegister.stream().filter(h -> h.province().equals(province)).mapToInt(RegisterHospital::beds).sum();
    }

    ProducerReport producer(String name) {
        return producers.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(ProducerReport.FILE + ": no row named '" + name + "'"));
    }
}
