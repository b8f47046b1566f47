package org.oxyalloc.datasets;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.oxyalloc.datasets.Regencies.Regency;
import org.oxyalloc.problem.Problem.NeedEstimation;
import org.oxyalloc.problem.Problem.Settings;

/**
 * The register hospitals of one region, with what the other sources say about them: their SIRANAP ER pressure
 * (which also corrects register kab/kota codes), whether they were 2020 COVID referral hospitals, and where they are.
 * Turns each into a {@link HospitalDraft} with the common {@link HospitalRules}.
 */
final class RegionHospitals {

    private static final String CODE_CORRECTIONS = "Register kab/kota codes corrected from SIRANAP's district code";
    private static final String REJECTED_POINTS = "Source coordinates not used";
    private static final String LOOSE_MATCHES = "Names matched loosely (register name <- source name)";
    private static final String NO_BEDS = "Register hospitals with 0 beds (kept as 0: no occupancy, no estimated need)";

    /** The datasets leave the need estimation at its defaults, so this is the engine's own estimate. */
    private static final NeedEstimation FLOWS = Settings.DEFAULTS.needEstimation();

    private final Regencies regencies;
    private final BorSnapshot bor;
    private final double meanErFullShare;
    private final Map<RegisterHospital, ErPressure> pressure;
    private final Map<RegisterHospital, String> correctedKabCode = new HashMap<>();
    private final Set<RegisterHospital> covidReferral;
    private final HospitalLocator locator;
    private final Notes notes;

    /**
     * @param hospitals    all register hospitals of the province (or regency), so that names match unambiguously
     * @param borProvince  province name in the BOR snapshots
     * @param pointSources coordinate sources, best first
     */
    RegionHospitals(Sources sources, List<RegisterHospital> hospitals, String borProvince, LocalDate date,
                    List<List<KnownPoint>> pointSources, Notes notes) {
        this.regencies = sources.regencies();
        this.bor = BorSnapshot.nearest(sources.bor(), borProvince, date);
        this.notes = notes;
        String provinceCode = hospitals.get(0).kabCode().substring(0, 2);
        List<ErPressure> provincePressure = sources.erPressure().stream().filter(p -> p.provinceCode().equals(provinceCode)).toList();
        this.meanErFullShare = provincePressure.stream().mapToDouble(ErPressure::fullShare).average().orElse(0.5);
        this.pressure = matchPressure(hospitals, provincePressure);
        this.covidReferral = NameMatcher.match(hospitals, RegisterHospital::name, sources.rujukan2020(), KnownPoint::name,
                (h, p) -> h.kabCode().startsWith(p.provinceCode())).keySet();
        this.locator = new HospitalLocator(hospitals, pointSources);
    }

    /** Same kab/kota first; then, for the rest, anywhere in the province, which reveals wrong register codes. */
    private Map<RegisterHospital, ErPressure> matchPressure(List<RegisterHospital> hospitals, List<ErPressure> provincePressure) {
        Map<RegisterHospital, ErPressure> matched = new HashMap<>();
        NameMatcher.match(hospitals, RegisterHospital::name, provincePressure, ErPressure::name,
                (h, p) -> h.kabCode().equals(p.kabCode())).forEach((h, m) -> matched.put(h, m.source()));
        List<RegisterHospital> rest = hospitals.stream().filter(h -> !matched.containsKey(h)).toList();
        Set<ErPressure> used = Set.copyOf(matched.values());
        List<ErPressure> free = provincePressure.stream().filter(p -> !used.contains(p)).toList();
        NameMatcher.match(rest, RegisterHospital::name, free, ErPressure::name, (h, p) -> true).forEach((h, m) -> {
            matched.put(h, m.source());
            correctedKabCode.put(h, m.source().kabCode());
        });
        return matched;
    }

    /** How many of these hospitals have an ER pressure from SIRANAP. */
    private long withErPressure(List<RegisterHospital> hospitals) {
        return hospitals.stream().filter(pressure::containsKey).count();
    }

    private Regency regencyOf(RegisterHospital hospital) {
        return regencies.get(correctedKabCode.getOrDefault(hospital, hospital.kabCode()));
    }

    HospitalLocator.Placement placement(RegisterHospital hospital) {
        return locator.place(hospital, regencyOf(hospital));
    }

    /** Drafts in the order given; notes the data findings met on the way. */
    List<HospitalDraft> drafts(List<RegisterHospital> hospitals) {
        return hospitals.stream().map(this::draft).collect(Collectors.toList());
    }

    /** README lines on where the hospitals' fields come from, with counts. */
    String provenance(List<HospitalDraft> drafts) {
        Map<String, Long> byBasis = drafts.stream().collect(Collectors.groupingBy(
                d -> d.locationBasis.startsWith(HospitalLocator.CAPITAL_BASIS) ? "at their kab/kota capital (stand-in, see the code table)"
                        : "from " + d.locationBasis,
                TreeMap::new, Collectors.counting()));
        List<RegisterHospital> registered = drafts.stream().map(d -> d.register).toList();
        StringBuilder md = new StringBuilder();
        md.append("- id, name, class, total beds: ").append(RegisterHospital.FILE)
                .append(" (kode_rs, nama_rs, kelas, total_tt); \"D PRATAMA\" is class D, \"Belum Ditetapkan\" leaves the class out.\n");
        md.append("- regency: kab/kota of kode_rs[0:4], or of SIRANAP's district where the two disagree (listed below).\n");
        md.append("- location: ");
        md.append(byBasis.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("; ")));
        md.append(". Names matched after normalisation (abbreviations expanded, generic words dropped); a point further than ")
                .append((int) HospitalLocator.MAX_KM_FROM_CAPITAL).append(" km from the capital of the hospital's kab/kota is not used.\n");
        md.append(String.format(Locale.ROOT, "- occupancy: province COVID BOR %.1f %% (%s, %s, %s); %d of %d hospitals matched "
                        + "in %s (province mean ER-full share %.2f), the others take the mean.\n",
                bor.borPercent(), bor.province(), bor.date(), BorSnapshot.FILE, withErPressure(registered), registered.size(),
                ErPressure.FILE, meanErFullShare));
        if (drafts.stream().anyMatch(d -> d.reportedNeedTonsPerDay != null)) {
            md.append("- loxNeedTonsPerDay: reported (invented: estimate x ").append(HospitalRules.REPORTED_NEED_FACTOR)
                    .append(") for the ").append(HospitalDraft.REPORTED_NEEDS)
                    .append(" largest tanked hospitals; absent (estimated by the engine) for the others.\n");
        }
        md.append("- covidReferral: ").append(registered.stream().filter(covidReferral::contains).count())
                .append(" matched by name in ").append(KnownPoint.RUJUKAN_2020).append(".\n");
        return md.toString();
    }

    private HospitalDraft draft(RegisterHospital r) {
        Regency regency = regencyOf(r);
        if (correctedKabCode.containsKey(r)) {
            notes.add(CODE_CORRECTIONS, String.format(Locale.ROOT, "%s (%s): register %s, SIRANAP %s (%s)",
                    r.name(), r.kodeRs(), r.kabCode(), regency.code(), regency.name()));
        }
        HospitalLocator.Placement placement = locator.place(r, regency);
        placement.rejections().forEach(line -> notes.add(REJECTED_POINTS, line));
        if (placement.looseName() != null) {
            notes.add(LOOSE_MATCHES, r.name() + " <- '" + placement.looseName() + "' (" + placement.basis() + ")");
        }
        if (r.beds() == 0) {
            notes.add(NO_BEDS, r.name() + " (" + r.kodeRs() + ")");
        }
        ErPressure er = pressure.get(r);
        double erFullShare = er == null ? meanErFullShare : er.fullShare();
        double ratio = HospitalRules.occupancyRatio(bor.borPercent() / 100, erFullShare, meanErFullShare);
        int occupied = (int) Math.round(r.beds() * ratio);
        int icu = HospitalRules.icuBeds(r.hospitalClass(), r.isLowOxygenSpecialty(), r.beds());
        int occupiedIcu = Math.min(occupied, HospitalRules.occupiedIcuBeds(icu, ratio));
        double tank = HospitalRules.tankTons(r.hospitalClass(), r.isLowOxygenSpecialty(), r.beds());
        return new HospitalDraft(r, regency.name(), placement.location(), placement.basis(), occupied, icu, occupiedIcu,
                covidReferral.contains(r), tank, HospitalRules.stockTons(tank, erFullShare),
                OxygenNeed.estimatedTonsPerDay(occupied, occupiedIcu, FLOWS));
    }
}
