package org.oxyalloc.datasets;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.CollectionPost;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.Settings;
import org.oxyalloc.problem.Problem.Supplier;
import org.oxyalloc.problem.Problem.SupplierKind;
import org.oxyalloc.solver.ProblemTravel;
import org.oxyalloc.travel.Leg;

/** DKI Jakarta on 4 July 2021, the first day of the Oxygen Rescue post at Monas. */
final class JakartaMonasDataset {

    static final String FILE = "dki-jakarta-monas-2021-07-04.json";
    static final LocalDate DATE = LocalDate.of(2021, 7, 4);
    static final String KRAKATAU_STEEL_ID = "PT-KRAKATAU-STEEL";
    static final String PULOGADUNG_ID = "PT-AGII-PULOGADUNG";
    static final int HOSPITALS = 25;
    /**
     * By road, above every hospital's trip to Monas and Pulogadung and below every one's to Cilegon (figures in the
     * README): the hospitals reach Krakatau Steel only through the post.
     */
    static final double MAX_TRAVEL_HOURS = 1.5;
    /** Share of a hospital's estimated cylinder use its regular suppliers leave uncovered (invented). */
    static final double UNCOVERED_SHARE = 0.15;
    static final int MIN_UNCOVERED_CYLINDERS = 10;
    static final int KRAKATAU_STEEL_REFILLS = 300;
    /** Invented: what the crowded Pulogadung station has left for these hospitals after its regular customers. */
    static final int PULOGADUNG_SPARE_REFILLS = 100;

    private JakartaMonasDataset() {
    }

    static Dataset build(Sources sources, SundaStraitNetwork network) {
        Notes notes = new Notes();
        List<RegisterHospital> dki = sources.registerIn("31");
        RegionHospitals region = new RegionHospitals(sources, dki, "DKI Jakarta", DATE,
                List.of(sources.dkiPetaDasar(), sources.rujukan2020()), notes);
        List<RegisterHospital> chosen = dki.stream()
                .filter(h -> h.type().equals("RSU") && ("C".equals(h.hospitalClass()) || "D".equals(h.hospitalClass())))
                .filter(h -> h.beds() >= 50 && h.beds() < 100)
                .filter(h -> region.placement(h).basis().startsWith(KnownPoint.DKI_PETADASAR))
                .sorted(Comparator.comparingInt((RegisterHospital h) -> -h.beds()).thenComparing(RegisterHospital::kodeRs))
                .limit(HOSPITALS)
                .toList();
        List<HospitalDraft> drafts = region.drafts(chosen);
        for (HospitalDraft d : drafts) {
            int uncovered = Math.max(MIN_UNCOVERED_CYLINDERS, OxygenNeed.cylinders(d.estimatedTonsPerDay * UNCOVERED_SHARE));
            d.useCylinders(uncovered);
            d.emptyCylinders = uncovered;
            d.fullCylinders = 0;
        }

        ProducerReport posko = sources.producer("Posko Oxygen Rescue Monas (Pemprov DKI)");
        CollectionPost post = new CollectionPost("POSKO-MONAS", "Posko Oxygen Rescue Monas (Pemprov DKI)", posko.location(),
                KRAKATAU_STEEL_ID, 3, 50, 5.0, 10.0, 10);
        ProducerReport ks = sources.producer("PT Krakatau Steel (Pabrik Gas Industri)");
        ProducerReport pulogadung = sources.producer("PT Aneka Gas Industri Pulogadung");
        List<SupplierEntry> suppliers = List.of(
                new SupplierEntry(new Supplier(KRAKATAU_STEEL_ID, "PT Krakatau Steel (Pabrik Gas Industri), Cilegon", SupplierKind.PRODUCER,
                        ks.location(), null, true, null, null, KRAKATAU_STEEL_REFILLS, null, null), ks.locationBasis(),
                        "refills: ~300 a day free for DKI via the post (domain brief; CSV: DKI quota 100-300/day)"),
                new SupplierEntry(new Supplier(PULOGADUNG_ID, "PT Aneka Gas Industri Pulogadung", SupplierKind.FILLING_STATION,
                        pulogadung.location(), null, true, null, null, PULOGADUNG_SPARE_REFILLS, null, null), pulogadung.locationBasis(),
                        "refills: invented spare capacity for these hospitals; the station was crowded with its regular customers"));
        Settings settings = Dataset.settings(MAX_TRAVEL_HOURS);
        Problem problem = new Problem("DKI Jakarta", DATE, settings, SupplierEntry.suppliers(suppliers),
                drafts.stream().map(HospitalDraft::toHospital).toList(), List.of(post), SundaStraitNetwork.REFERENCE, null);
        DatasetSummary summary = DatasetSummary.of(problem);
        String readme = "## " + FILE + "\n\n"
                + "DKI Jakarta on 4 July 2021, the first day of the Oxygen Rescue post at Monas: hospitals drop empty 6 m³ "
                + "cylinders at the post; city trucks shuttle them to Krakatau Steel in Cilegon (about 300 free refills a day, "
                + "five hours per round trip) and back, 10 per hospital per trip. The usual filling station, Aneka Gas Pulogadung, "
                + "is crowded. No LOX: the hospitals chosen have no tank.\n\n"
                + summary.toMarkdown() + "\n"
                + "Hospitals: the " + HOSPITALS + " largest general hospitals (RSU) of class C or D with 50-99 beds (no tank by the "
                + "tank rule) that the base map locates, by beds then kode_rs. The 25 hospitals of the first day are not named "
                + "in the sources; this choice is invented.\n\n" + region.provenance(drafts)
                + String.format(Locale.ROOT, "- cylindersNeededPerDay = emptyCylinders (invented): the part of the day's use their "
                        + "regular suppliers leave uncovered, %.0f %% of the estimated use in cylinders, at least %d; fullCylinders 0.\n",
                UNCOVERED_SHARE * 100, MIN_UNCOVERED_CYLINDERS)
                + String.format(Locale.ROOT, "- the post matters: the hospitals need %,d refills; Pulogadung alone has %,d; "
                        + "Krakatau Steel is beyond maxTravelHours for every hospital, so its %,d refills come only through the post.\n",
                summary.cylindersNeededPerDay(), PULOGADUNG_SPARE_REFILLS, KRAKATAU_STEEL_REFILLS)
                + "\nCollection post: location " + ProducerReport.FILE + " (Monas landmark); stationId " + KRAKATAU_STEEL_ID
                + "; 3 trucks (the CSV's two crane trucks and a dump truck), 50 cylinders per trip (invented), round trip 5 h "
                + "(domain brief), 10 operating hours (invented): 2 trips per truck, 6 x 50 = 300 cylinders a day; quota 10 per "
                + "hospital per trip (reported).\n\n"
                + "Suppliers:\n\n" + SupplierEntry.table(suppliers) + "\n"
                + settingsLine(problem, network, post, ks.location(), pulogadung.location())
                + notes.toMarkdown();
        return new Dataset(FILE, problem, readme);
    }

    /** The travel limit against the hospitals' road times to the post, to Pulogadung and to Cilegon. */
    private static String settingsLine(Problem problem, SundaStraitNetwork network, CollectionPost post, Location cilegon,
                                       Location pulogadung) {
        DoubleSummaryStatistics toPost = hours(network.legsToHospitals(problem, post.location()));
        DoubleSummaryStatistics toPulogadung = hours(network.legsToHospitals(problem, pulogadung));
        DoubleSummaryStatistics toCilegon = hours(network.legsToHospitals(problem, cilegon));
        Leg postToCilegon = network.travel(problem.effectiveSettings().travel())
                .legs(ProblemTravel.points(List.of(post.location())), ProblemTravel.points(List.of(cilegon)))[0][0];
        return String.format(Locale.ROOT, "Settings: timeLimit 20s; maxTravelHours %s (invented): by road every hospital reaches "
                        + "Monas (at most %.2f h) and Pulogadung (at most %.2f h), none reaches Cilegon directly (%.2f h or more, "
                        + "by the Jakarta - Merak toll); the free Krakatau Steel refills were given through the provincial "
                        + "government. Monas - Cilegon is %.1f h (%.0f km) by road, so the reported 5 h round trip leaves about "
                        + "%.1f h for loading and queueing.\n\n", SundaStraitNetwork.plain(MAX_TRAVEL_HOURS), toPost.getMax(),
                toPulogadung.getMax(), toCilegon.getMin(), postToCilegon.hours(), postToCilegon.km(),
                post.roundTripHours() - 2 * postToCilegon.hours());
    }

    private static DoubleSummaryStatistics hours(Leg[] legs) {
        return Arrays.stream(legs).mapToDouble(Leg::hours).summaryStatistics();
    }
}
