package org.oxyalloc.datasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.oxyalloc.datasets.Regencies.Regency;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.Settings;

/** Kabupaten Bogor on 12 July 2021, the day of the regent's decree setting up the oxygen command post. */
final class KabBogorDataset {

    static final String FILE = "kab-bogor-2021-07-12.json";
    static final LocalDate DATE = LocalDate.of(2021, 7, 12);
    static final String BUFFER_ID = "BUFFER-ISOMAN";
    /** Invented: about 60 people on 10 L/min at home, 2.4 cylinders a day each. */
    static final int BUFFER_CYLINDERS_PER_DAY = 150;
    /** Invented refill capacities: Pulogadung's spare as in the Jakarta set; Cibitung's filling line. */
    static final int PULOGADUNG_SPARE_REFILLS = JakartaMonasDataset.PULOGADUNG_SPARE_REFILLS;
    static final int CIBITUNG_REFILLS = 800;

    private KabBogorDataset() {
    }

    static Dataset build(Sources sources) {
        Notes notes = new Notes();
        List<RegisterHospital> register = sources.registerIn("3201");
        RegionHospitals region = new RegionHospitals(sources, register, "Jawa Barat", DATE, List.of(sources.rujukan2020()), notes);
        List<HospitalDraft> drafts = region.drafts(register);
        HospitalDraft.reportNeedOfLargestTanked(drafts);
        Regency kabBogor = sources.regencies().get("3201");
        List<Hospital> hospitals = new ArrayList<>(drafts.stream().map(HospitalDraft::toHospital).toList());
        hospitals.add(new Hospital(BUFFER_ID, "Dinas Kesehatan Kabupaten Bogor: home-isolation (isoman) buffer stock", kabBogor.name(),
                null, kabBogor.capitalLocation(), 0, 0, null, null, null, null, null, null, null,
                BUFFER_CYLINDERS_PER_DAY, 0, BUFFER_CYLINDERS_PER_DAY, null));

        double share = bogorShare(sources);
        Regency kabBekasi = sources.regencies().get("3216");
        String bekasiStandIn = "stand-in: Cikarang, capital of Kab. Bekasi (" + Regencies.FILE + "); no coordinate in the CSV";
        ProducerReport pulogadung = sources.producer("PT Aneka Gas Industri Pulogadung");
        List<SupplierEntry> suppliers = List.of(
                SupplierEntry.producerShare(JakartaMonasDataset.PULOGADUNG_ID, "PT Aneka Gas Industri Pulogadung", pulogadung.location(),
                        pulogadung.locationBasis(), SupplyNeed.of(sources.supplyNeed(), "DKI Jakarta").outputOf("Samator"),
                        share, PULOGADUNG_SPARE_REFILLS, "invented spare, the station was crowded"),
                SupplierEntry.producerShare("PT-AGII-CIBITUNG", "PT Aneka Gas Industri Cibitung", kabBekasi.capitalLocation(),
                        bekasiStandIn, SupplyNeed.of(sources.supplyNeed(), "Bekasi (Jawa Barat)").outputOf("Samator"),
                        share, CIBITUNG_REFILLS, "invented"),
                SupplierEntry.producerShare("AIR-PRODUCTS-BEKASI", "Air Products Indonesia (Bekasi)", kabBekasi.capitalLocation(),
                        bekasiStandIn, SupplyNeed.of(sources.supplyNeed(), "Bekasi (Jawa Barat)").outputOf("Air Products"),
                        share, null, null),
                SupplierEntry.producerShare("IWATANI-KARAWANG", "Iwatani Industrial Gas (Karawang)",
                        sources.regencies().get("3215").capitalLocation(),
                        "stand-in: Karawang, capital of Kab. Karawang (" + Regencies.FILE + "); no coordinate in the CSV",
                        SupplyNeed.of(sources.supplyNeed(), "Karawang (Jawa Barat)").outputOf("Iwatani"), share, null, null));

        Settings settings = Dataset.settings(12.0);
        Problem problem = new Problem("Kabupaten Bogor", DATE, settings, SupplierEntry.suppliers(suppliers), hospitals, null,
                SundaStraitNetwork.REFERENCE, null);
        DatasetSummary summary = DatasetSummary.of(problem);
        String readme = "## " + FILE + "\n\n"
                + "Kabupaten Bogor (kab code 3201) on 12 July 2021, the day of the regent's decree setting up the oxygen command "
                + "post: plan the needs of health facilities and of people isolating at home, hold a buffer stock, match need "
                + "with supply. The " + register.size() + " facilities of the register with kab code 3201, plus the buffer.\n\n"
                + summary.toMarkdown() + "\n"
                + "Hospitals:\n\n" + region.provenance(drafts)
                + "- " + BUFFER_ID + ": the regency health office's home-isolation buffer stock, one extra facility at Cibinong "
                + "(stand-in for the office), 0 beds, no tank, cylindersNeededPerDay = emptyCylinders = " + BUFFER_CYLINDERS_PER_DAY
                + " (invented: about 60 people on 10 L/min at home, 2.4 cylinders a day each).\n"
                + "- Doubt: several hospitals coded 3201 seem to stand in Kota Depok, by their names (RS Umum Harapan Depok, "
                + "RS Umum Hermina Depok, RS Umum Bunda Margonda, RS Umum Puri Cinere); perhaps codes from before Depok split "
                + "off. They are kept, as the register defines the set, and placed at Cibinong like the others.\n"
                + String.format(Locale.ROOT, "\nSuppliers: the producers of the 15 July table nearest to Kab. Bogor (Jakarta, "
                        + "Bekasi, Karawang), each giving Kab. Bogor %.1f %% of its output: Kab. Bogor's register beds over those of "
                        + "DKI Jakarta and Jawa Barat in %s (%,d / %,d), the provinces these plants serve. Kab. Bogor's own "
                        + "distributors and agents are not in the sources.\n\n", share * 100, RegisterHospital.NATIONWIDE_FILE,
                kabBogorBeds(sources), sources.nationwideBeds("DKI JAKARTA") + sources.nationwideBeds("JAWA BARAT"))
                + SupplierEntry.table(suppliers) + "\n"
                + "Settings: timeLimit 20s; maxTravelHours 12 (the default, stated).\n\n"
                + notes.toMarkdown();
        return new Dataset(FILE, problem, readme);
    }

    static double bogorShare(Sources sources) {
        return (double) kabBogorBeds(sources) / (sources.nationwideBeds("DKI JAKARTA") + sources.nationwideBeds("JAWA BARAT"));
    }

    private static int kabBogorBeds(Sources sources) {
        return sources.registerIn("3201").stream().mapToInt(RegisterHospital::beds).sum();
    }
}
