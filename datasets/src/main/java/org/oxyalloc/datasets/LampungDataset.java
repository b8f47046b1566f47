package org.oxyalloc.datasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.oxyalloc.datasets.Regencies.Regency;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Fleet;
import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.Settings;
import org.oxyalloc.problem.Problem.Supplier;
import org.oxyalloc.problem.Problem.SupplierKind;
import org.oxyalloc.solver.ProblemTravel;
import org.oxyalloc.travel.Leg;

/** Lampung on 26 July 2021: the day the Satgas Oksigen met eleven distributors and 34 t a day began to arrive. */
final class LampungDataset {

    static final String FILE = "lampung-2021-07-26.json";
    static final LocalDate DATE = LocalDate.of(2021, 7, 26);
    static final String PUSRI_ID = "PT-PUSRI";
    /** Pusri's row in the producers' file. */
    static final String PUSRI_REPORT = "PT Pupuk Sriwidjaja (Pusri)";

    /** The day's LOX brought by Pusri and Lampung Gas (34 t), split between them (invented split). */
    static final double LAMPUNG_GAS_LOX_TONS = 24;
    static final double PUSRI_LOX_TONS = 10;
    /** "Hospitals report a shortfall of about 4,000 cylinders": modelled as empty cylinders waiting for a refill. */
    static final int REPORTED_SHORTFALL_CYLINDERS = 4000;

    /** Labels of the Pusri refill report -> kode_rs. Both Mesuji rows go to the one Mesuji hospital of the register. */
    private static final Map<String, String> PUSRI_HOSPITALS = Map.ofEntries(
            Map.entry("RS Handayani", "1806035"),
            Map.entry("RS (RSUD) Mesuji", "1811002"),
            Map.entry("RS Menggala", "1808015"),
            Map.entry("RS Muhammadiyah Metro", "1872042"),
            Map.entry("RS Mardi Waluyo", "1871020"),
            Map.entry("RS Mitra Husada", "1802038"),
            Map.entry("RS A. Yani (RSUD Jend. Ahmad Yani)", "1872016"),
            Map.entry("RS Mutiara Bunda", "1808016"),
            Map.entry("RS Immanuel", "1871180"),
            Map.entry("RSUD Tulang Bawang Barat", "1812003"),
            Map.entry("RS Ragab (RSUD Ragab Begawe Caram)", "1811002"),
            Map.entry("RS Urip Sumoharjo", "1871405"),
            Map.entry("RS Batin Mangunang", "1802027"),
            Map.entry("RS Abdul Moeloek (RSUDAM)", "1801017"));

    private LampungDataset() {
    }

    static Dataset build(Sources sources, SundaStraitNetwork network) {
        Notes notes = new Notes();
        List<RegisterHospital> register = sources.registerIn("18");
        RegionHospitals region = new RegionHospitals(sources, register, "Lampung", DATE,
                List.of(sources.lampungTubesSig(), sources.lampungDonorPlasma()), notes);
        List<HospitalDraft> drafts = region.drafts(register);
        String pusriLines = applyPusriRefills(drafts, sources.pusriRefills());
        HospitalDraft.reportNeedOfLargestTanked(drafts);
        HospitalDraft.spreadEmptyCylinders(drafts, REPORTED_SHORTFALL_CYLINDERS);

        List<SupplierEntry> suppliers = suppliers(sources);
        Settings settings = Dataset.settings(12.0);
        Problem problem = new Problem("Lampung", DATE, settings, SupplierEntry.suppliers(suppliers),
                drafts.stream().map(HospitalDraft::toHospital).toList(), null, SundaStraitNetwork.REFERENCE, null);
        return new Dataset(FILE, problem, readme(sources, problem, network, region, drafts, pusriLines, suppliers, notes));
    }

    private static String readme(Sources sources, Problem problem, SundaStraitNetwork network, RegionHospitals region,
                                 List<HospitalDraft> drafts, String pusriLines, List<SupplierEntry> suppliers, Notes notes) {
        DatasetSummary summary = DatasetSummary.of(problem);
        return "## " + FILE + "\n\n"
                + "Lampung province on 26 July 2021, the day its Satgas Oksigen met the eleven distributors and "
                + "transport by Pusri and Lampung Gas began to bring 34 t of LOX a day. All " + drafts.size()
                + " Lampung hospitals of the register; hospitals reported a shortfall of about 4,000 cylinders.\n\n"
                + summary.toMarkdown() + "\n"
                + "Hospitals:\n\n" + region.provenance(drafts)
                + "- cylindersNeededPerDay: " + PusriRefill.FILE
                + " (three days, 16-18 July) divided by 3 for the hospitals it names; the common rule for the others. "
                + "These are only Pusri's refills, so a lower bound of those hospitals' use.\n"
                + pusriLines
                + String.format(Locale.ROOT, "- emptyCylinders: the reported shortfall of about %,d cylinders (still to be verified "
                        + "by the regency health offices), spread over the hospitals in proportion to their daily use; fullCylinders by "
                        + "the common rule. For comparison: %,d cylinders needed a day against %,d refills a day of medical-grade "
                        + "capacity.\n", REPORTED_SHORTFALL_CYLINDERS, summary.cylindersNeededPerDay(), summary.medicalRefillCylinders())
                + "\nSuppliers (the eleven distributors the province met, by the names of its list; rows of "
                + ProducerReport.FILE + "):\n\n" + SupplierEntry.table(suppliers) + "\n"
                + "Doubts in the sources:\n\n"
                + String.format(Locale.ROOT, "- %s gives Lampung's need as %.0f t/day (570 t/month, reported 22 July), below the "
                        + "34 t/day arriving from 26 July while hospitals reported a shortfall; doubtful as the day's need "
                        + "(perhaps LOX only, or a pre-wave figure) and not used. "
                        + "The estimate here is %.0f t/day, LOX and cylinders together.\n", SupplyNeed.FILE,
                SupplyNeed.of(sources.supplyNeed(), "Lampung (province)").need(), summary.totalNeedTons())
                + "- Pusri's ~600 cylinders a day (" + ProducerReport.FILE + ") against its 1,262 in three days (about 420 a day) "
                + "in the refill report; \"9.745 t\" there is the three days' volume, not a daily one.\n"
                + "- The refill report lists RSUD Mesuji and RSUD Ragab Begawe Caram as two hospitals (see above).\n\n"
                + pusriReach(problem, network)
                + notes.toMarkdown();
    }

    /** Why the default travel limit suits: Pusri, the farthest supplier, reaches every hospital within it by road. */
    private static String pusriReach(Problem problem, SundaStraitNetwork network) {
        Supplier pusri = problem.suppliers().stream().filter(s -> s.id().equals(PUSRI_ID)).findFirst().orElseThrow();
        Leg[] legs = network.legsToHospitals(problem, pusri.location());
        int farthest = 0;
        for (int h = 1; h < legs.length; h++) {
            farthest = legs[h].hours() > legs[farthest].hours() ? h : farthest;
        }
        Hospital hospital = problem.hospitals().get(farthest);
        Leg straight = ProblemTravel.straightLine(problem.effectiveSettings().travel()).between(ProblemTravel.point(pusri.location()),
                ProblemTravel.point(hospital.location()));
        return String.format(Locale.ROOT, "Settings: timeLimit 20s; maxTravelHours %.0f (the default, stated): by road (Palembang - "
                        + "Kayu Agung, the toll to Terbanggi Besar, then Lampung's roads) Pusri in Palembang reaches every Lampung "
                        + "hospital within it; the farthest, %s (%s), is %.1f h and %.0f km away (the straight-line estimate: %.1f h).\n\n",
                problem.effectiveSettings().maxTravelHours(), hospital.name(), hospital.regency(), legs[farthest].hours(),
                legs[farthest].km(), straight.hours());
    }

    /** Replaces the rule-based cylinder use by Pusri's real three-day figures, per day. */
    private static String applyPusriRefills(List<HospitalDraft> drafts, List<PusriRefill> refills) {
        Map<String, Integer> byKode = new TreeMap<>();
        Map<String, List<String>> labels = new TreeMap<>();
        for (PusriRefill refill : refills.stream().filter(r -> !r.isTotal()).toList()) {
            String kode = PUSRI_HOSPITALS.get(refill.hospital());
            if (kode == null) {
                throw new IllegalArgumentException(PusriRefill.FILE + ": no register hospital known for '" + refill.hospital() + "'");
            }
            byKode.merge(kode, refill.cylindersInThreeDays(), Integer::sum);
            labels.computeIfAbsent(kode, k -> new ArrayList<>()).add(refill.hospital() + " " + refill.cylindersInThreeDays()
                    + (refill.note().isEmpty() ? "" : " (source note: " + refill.note() + ")"));
        }
        Map<String, HospitalDraft> draftsByKode = new LinkedHashMap<>();
        drafts.forEach(d -> draftsByKode.put(d.register.kodeRs(), d));
        int listed = byKode.values().stream().mapToInt(Integer::intValue).sum();
        int reported = refills.stream().filter(PusriRefill::isTotal).mapToInt(PusriRefill::cylindersInThreeDays).sum();
        StringBuilder lines = new StringBuilder(String.format(Locale.ROOT,
                "  - the rows add up to %,d cylinders; the report's total says %,d. Both Mesuji rows go to the register's only "
                        + "Mesuji hospital.\n", listed, reported));
        byKode.forEach((kode, cylinders) -> {
            HospitalDraft draft = draftsByKode.get(kode);
            int perDay = Math.round(cylinders / (float) PusriRefill.DAYS);
            draft.useCylinders(perDay);
            lines.append(String.format(Locale.ROOT, "  - %s (%s): %s -> %d a day\n", draft.register.name(), kode,
                    String.join(" + ", labels.get(kode)), perDay));
        });
        return lines.toString();
    }

    private static List<SupplierEntry> suppliers(Sources sources) {
        Regency bandarLampung = sources.regencies().get("1871");
        Regency tanggamus = sources.regencies().get("1802");
        String cityStandIn = "stand-in: Bandar Lampung city centre (" + Regencies.FILE + "); location unknown";
        List<SupplierEntry> list = new ArrayList<>();
        list.add(refiller("CV-BUMI-WARAS", "CV Bumi Waras", sources.producer("CV Bumi Waras (Divisi Gas Oksigen)"), 150,
                "invented (a small city filler; no capacity reported)"));
        list.add(refiller("PT-ANEKA-GAS-LAMPUNG", "PT Aneka Gas Lampung",
                sources.producer("PT Aneka Gas Industri (Samator group) Lampung"), 500, "reported ~500 cylinders/day"));
        for (String name : List.of("PT Perwira", "PT KDK", "PT Buana Cipta Niaga", "PT Asiana")) {
            list.add(standIn(name, SupplierKind.DISTRIBUTOR, bandarLampung.capitalLocation(), cityStandIn, true, 100));
        }
        ProducerReport lampungGas = sources.producer("PT Lampung Gas");
        list.add(new SupplierEntry(new Supplier("PT-LAMPUNG-GAS", "PT Lampung Gas", SupplierKind.DISTRIBUTOR, lampungGas.location(),
                LAMPUNG_GAS_LOX_TONS, true, new Fleet(1, 29, 12), null, 417, null, null), lampungGas.locationBasis(),
                "LOX: 34 t minus Pusri's 10 t (invented split), its 29 t tanker (reported; 12 h a day invented); "
                        + "refills: its normal 100 t/month / 30 x 125 (the July rise is the tanker LOX, not double counted)"));
        list.add(standIn("PT Prima Gas", SupplierKind.DISTRIBUTOR, bandarLampung.capitalLocation(), cityStandIn, true, 100));
        list.add(standIn("PT Samator", SupplierKind.PRODUCER, bandarLampung.capitalLocation(), cityStandIn, true, 200));
        ProducerReport pusri = sources.producer(PUSRI_REPORT);
        list.add(new SupplierEntry(new Supplier(PUSRI_ID, "PT Pusri", SupplierKind.PRODUCER, pusri.location(), PUSRI_LOX_TONS, true,
                new Fleet(2, 20, 24), null, 600, null, null), pusri.locationBasis(),
                "LOX: ~10 t (invented share of the 34 t, the size of its 16-18 July refills); 2 isotanks of 20 t "
                        + "with two drivers, 24 h (invented count); refills: reported ~600 cylinders/day"));
        list.add(standIn("PT Natarang Mining", SupplierKind.DISTRIBUTOR, tanggamus.capitalLocation(),
                "stand-in: Kotaagung, capital of Kab. Tanggamus, where the CSV says it operates (unverified)", false, 100));
        return list;
    }

    private static SupplierEntry refiller(String id, String name, ProducerReport report, int refills, String basis) {
        return new SupplierEntry(new Supplier(id, name, SupplierKind.DISTRIBUTOR, report.location(), null, true, null, null, refills, null, null),
                report.locationBasis(), "refills: " + basis);
    }

    private static SupplierEntry standIn(String name, SupplierKind kind, Location location, String locationBasis,
                                         boolean medicalGrade, int refills) {
        String id = name.toUpperCase(Locale.ROOT).replace(' ', '-');
        String basis = medicalGrade ? "refills: invented (no capacity reported)"
                : "refills: invented; a mining company's industrial oxygen, not medical grade until converted";
        return new SupplierEntry(new Supplier(id, name, kind, location, null, medicalGrade, null, null, refills, null, null), locationBasis, basis);
    }
}
