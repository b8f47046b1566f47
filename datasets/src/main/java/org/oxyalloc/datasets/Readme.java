package org.oxyalloc.datasets;

import java.util.List;
import java.util.Locale;

import org.oxyalloc.datasets.Regencies.Regency;

/** datasets/README.md: the common rules, the code table, the road network, then one section per dataset. */
final class Readme {

    private Readme() {
    }

    static String markdown(Sources sources, SundaStraitNetwork network, List<Dataset> datasets) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, """
                # Datasets

                Problem files (format: `solver/src/main/java/org/oxyalloc/problem/Problem.java`) built from the public source data
                in [`sources/`](sources/README.md) by `org.oxyalloc.datasets.DatasetBuilder`; rebuilding gives the same bytes. Names,
                classes, bed counts, coordinates and reported capacities are facts from the sources, each with its file below;
                everything else is **invented** by the stated rule and says so. LOX in tons; cylinders are 6 m³ (1 t ≈ 125).

                ## Common rules for register hospitals (all invented unless a dataset says otherwise)

                - **occupiedBeds** = beds x r, with r = province COVID BOR + %s x (the hospital's share of SIRANAP dates with its COVID
                  ER full - the province's mean share), kept within %s..1. A hospital without SIRANAP data gets the BOR itself.
                  The BOR is the isolation+ICU snapshot nearest the dataset's date (a tie goes to the earlier one).
                - **icuBeds** = beds x 10 %% (class A), 8 %% (B), 5 %% (C), 2 %% (D or unclassified), rounded; 0 for eye, dental,
                  psychiatric, ENT and drug-dependence hospitals (jenis_rs RSK Mata, RSK GM, RSK Jiwa, RSK THT-KL, RSKO).
                  **occupiedIcuBeds** = icuBeds x min(1, r + %s), rounded, at most occupiedBeds.
                - **tankCapacityTons**: 20 (class A), 10 (B), 6 (C with at least 100 beds); none for other hospitals and the
                  specialties above, which run on cylinders only. **loxStockTons** = tank x (0.25 - 0.15 x ER-full share), to 0.1 t:
                  tanks were low.
                - **loxNeedTonsPerDay**: absent, so the engine estimates it with the WHO flows (severe 10 L/min = 0.0192 t/day
                  for half the occupied non-ICU beds, critical 30 L/min = 0.0576 t/day per occupied ICU bed), except where a
                  dataset gives a reported need.
                - **cylindersNeededPerDay** = that estimate x 125, rounded: all of it without a tank, %.0f %% of it with a tank
                  (wards without piped oxygen), %.0f %% in the specialties above. **fullCylinders** = %.0f %% of a day's use, rounded;
                  **emptyCylinders** = the rest of the day's use.
                - **covidReferral**: true when the name is on the 2020 referral list (`rs_rujukan_covid_2020_geocoded_nationwide.csv`).
                - Names are matched between files after normalisation (lower case, abbreviations such as RSUD/RSIA expanded,
                  generic words such as "RS", "Umum", "dr" dropped, doubled letters collapsed): equal token sets, or one set
                  inside the other (at least two tokens, never a mother-and-child hospital with a general one), and only when
                  unique both ways.

                ## Kab/kota code -> capital (stand-in location of hospitals with no usable point)

                | code | kab/kota | capital | lat | lon |
                |---|---|---|---|---|
                """, HospitalRules.OCCUPANCY_SPREAD, HospitalRules.MIN_OCCUPANCY, HospitalRules.ICU_EXTRA_OCCUPANCY,
                HospitalRules.CYLINDER_SHARE_WITH_TANK * 100, HospitalRules.CYLINDER_SHARE_LOW_OXYGEN * 100,
                HospitalRules.FULL_CYLINDER_SHARE * 100));
        for (Regency r : sources.regencies().all()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.6f | %.6f |\n", r.code(), r.name(), r.capital(),
                    r.capitalLocation().lat(), r.capitalLocation().lon()));
        }
        md.append("\nCoordinates from ").append(Regencies.FILE).append(".\n\n");
        md.append(NetworkReadme.markdown(network, datasets));
        datasets.forEach(d -> md.append(d.readme()).append('\n'));
        return md.toString();
    }
}
