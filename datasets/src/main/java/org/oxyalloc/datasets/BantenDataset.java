package org.oxyalloc.datasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Settings;
import org.oxyalloc.problem.Problem.Supplier;
import org.oxyalloc.problem.Problem.SupplierKind;

/** Banten on 21 July 2021: Cilegon and Serang producers, a refill station, and Chandra Asri's LOX donation. */
final class BantenDataset {

    static final String FILE = "banten-2021-07-21.json";
    static final LocalDate DATE = LocalDate.of(2021, 7, 21);
    /** Invented identification of "the regional hospital association" receiving the donation, and its members. */
    static final String ASSOCIATION = "ARSSI-Banten";
    static final String CHANDRA_ASRI_ID = "PT-CHANDRA-ASRI";
    /** 120 t over two months. */
    static final double DONATION_TONS = 120;
    static final int DONATION_DAYS = 60;
    /** Krakatau Steel refilled 600-1,000 a day; up to 300 of them went to DKI Jakarta's post. */
    static final int KRAKATAU_STEEL_REFILLS = 600 - 300;
    /** Utama Gas: ~70 cylinders an hour (reported) over 12 hours (invented). */
    static final int UTAMA_GAS_REFILLS = 70 * 12;

    private BantenDataset() {
    }

    static Dataset build(Sources sources) {
        Notes notes = new Notes();
        List<RegisterHospital> register = sources.registerIn("36");
        RegionHospitals region = new RegionHospitals(sources, register, "Banten", DATE, List.of(sources.rujukan2020()), notes);
        List<HospitalDraft> drafts = region.drafts(register);
        HospitalDraft.reportNeedOfLargestTanked(drafts);
        drafts.stream().filter(d -> d.register.isPrivate()).forEach(d -> d.groups = List.of(ASSOCIATION));

        double share = bantenShare(sources);
        List<SupplierEntry> suppliers = new ArrayList<>();
        SupplyNeed cilegon = SupplyNeed.of(sources.supplyNeed(), "Cilegon (Banten)");
        SupplyNeed serang = SupplyNeed.of(sources.supplyNeed(), "Serang (Banten)");
        ProducerReport linde = sources.producer("PT Linde Indonesia (Cilegon)");
        ProducerReport airLiquide = sources.producer("PT Air Liquide Indonesia (Cilegon)");
        suppliers.add(SupplierEntry.producerShare("PT-LINDE-CILEGON", linde.name(), linde.location(), linde.locationBasis(),
                cilegon.outputOf("Linde"), share, null, null));
        suppliers.add(SupplierEntry.producerShare("PT-AIR-LIQUIDE-CILEGON", airLiquide.name(), airLiquide.location(),
                airLiquide.locationBasis(), cilegon.outputOf("Air Liquide"), share, null, null));
        suppliers.add(SupplierEntry.producerShare("SAMATOR-SERANG", "Samator Group (Serang / AGII Cikande)",
                sources.regencies().get("3604").capitalLocation(),
                "stand-in: Ciruas, capital of Kab. Serang (" + Regencies.FILE + "); the plant is at Cikande, no coordinate in the CSV",
                serang.outputOf("Samator"), share, null, null));
        ProducerReport ks = sources.producer("PT Krakatau Steel (Pabrik Gas Industri)");
        suppliers.add(new SupplierEntry(new Supplier("PT-KRAKATAU-STEEL", "PT Krakatau Steel (Pabrik Gas Industri)", SupplierKind.PRODUCER,
                ks.location(), null, true, null, null, KRAKATAU_STEEL_REFILLS, null, null), ks.locationBasis(),
                "refills: 600 a day (low end of the reported 600-1,000) less up to 300 a day for DKI's post"));
        ProducerReport utama = sources.producer("PT Utama Gas Multi Perkasa");
        suppliers.add(new SupplierEntry(new Supplier("PT-UTAMA-GAS", "PT Utama Gas Multi Perkasa", SupplierKind.FILLING_STATION,
                utama.location(), null, true, null, null, UTAMA_GAS_REFILLS, null, null), utama.locationBasis(),
                "refills: ~70 an hour (reported) x 12 hours (invented)"));
        double donationPerDay = DONATION_TONS / DONATION_DAYS;
        suppliers.add(new SupplierEntry(new Supplier(CHANDRA_ASRI_ID, "PT Chandra Asri Petrochemical (LOX donation)", SupplierKind.DONOR,
                utama.location(), donationPerDay, true, SupplierRules.fleetFor(donationPerDay, 10), null, null, List.of(ASSOCIATION), null),
                "the donation's distribution point, PT Utama Gas Multi Perkasa, Kota Serang (" + ProducerReport.FILE + ")",
                "LOX: 120 t over two months = 2 t a day (reported); tanker invented; reserved for " + ASSOCIATION));

        Settings settings = Dataset.settings(12.0);
        Problem problem = new Problem("Banten", DATE, settings, SupplierEntry.suppliers(suppliers),
                drafts.stream().map(HospitalDraft::toHospital).toList(), null, SundaStraitNetwork.REFERENCE, null);
        DatasetSummary summary = DatasetSummary.of(problem);
        long members = drafts.stream().filter(d -> d.groups != null).count();
        long tankedMembers = drafts.stream().filter(d -> d.groups != null && d.hasTank()).count();
        String readme = "## " + FILE + "\n\n"
                + "Banten province on 21 July 2021: BOR near 100 %, production short of need, industrial donors. All " + register.size()
                + " Banten hospitals of the register; the Cilegon and Serang producers' share for them; Krakatau Steel and "
                + "Utama Gas refilling cylinders; Chandra Asri's LOX donation for the hospital association's members.\n\n"
                + summary.toMarkdown() + "\n"
                + "Hospitals:\n\n" + region.provenance(drafts)
                + "- groups: " + ASSOCIATION + " for every privately owned hospital (pemilik: SWASTA/LAINNYA, Perusahaan, "
                + "Perorangan, Organisasi ...): " + members + " hospitals, " + tankedMembers + " of them with a tank. "
                + "Invented: the sources say only \"the regional hospital association\".\n"
                + String.format(Locale.ROOT, "\nSuppliers: each producer gives Banten's hospitals %.1f %% of its output of 15 July "
                        + "(%s): Banten's medical need (%.0f t/day) over that of Banten, DKI Jakarta and Jawa Barat together, "
                        + "the provinces these plants serve. Producers' tankers: ISO tanks of %.0f t, enough for one trip each plus one "
                        + "spare (invented).\n\n", share * 100, SupplyNeed.FILE,
                SupplyNeed.of(sources.supplyNeed(), "Banten (province)").need(), SupplierEntry.ISO_TANK_TONS)
                + SupplierEntry.table(suppliers) + "\n"
                + "Settings: timeLimit 20s; maxTravelHours 12 (the default, stated).\n\n"
                + notes.toMarkdown();
        return new Dataset(FILE, problem, readme);
    }

    /** Banten's medical need over the need of the provinces the Cilegon and Serang plants serve. */
    static double bantenShare(Sources sources) {
        double banten = SupplyNeed.of(sources.supplyNeed(), "Banten (province)").need();
        double dki = SupplyNeed.of(sources.supplyNeed(), "DKI Jakarta").need();
        double jabar = SupplyNeed.of(sources.supplyNeed(), "Jawa Barat (province)").need();
        return banten / (banten + dki + jabar);
    }
}
