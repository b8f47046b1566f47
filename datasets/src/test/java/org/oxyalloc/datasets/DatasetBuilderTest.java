package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.CollectionPost;
import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.Supplier;
import org.oxyalloc.problem.ProblemJson;

class DatasetBuilderTest {

    private static final List<String> DATASETS = List.of(LampungDataset.FILE, JakartaMonasDataset.FILE, BantenDataset.FILE,
            KabBogorDataset.FILE);
    private static final List<String> FILES = List.of(SundaStraitNetwork.FILE, LampungDataset.FILE, JakartaMonasDataset.FILE,
            BantenDataset.FILE, KabBogorDataset.FILE, "README.md");

    @TempDir
    static Path first;
    @TempDir
    static Path second;

    private static Path sources;
    private static List<Path> written;

    @BeforeAll
    static void buildTwice() throws IOException {
        sources = Path.of("sources");
        written = DatasetBuilder.build(sources, first);
        DatasetBuilder.build(sources, second);
    }

    private static Problem read(String file) throws IOException {
        return ProblemInvariants.read(first.resolve(file));
    }

    private static Map<String, Hospital> hospitalsById(Problem problem) {
        return problem.hospitals().stream().collect(Collectors.toMap(Hospital::id, Function.identity()));
    }

    private static Supplier supplier(Problem problem, String id) {
        return problem.suppliers().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void writesTheNetworkTheFourDatasetsAndTheReadme() {
        assertThat(written).extracting(p -> first.relativize(p).toString().replace('\\', '/')).containsExactlyElementsOf(FILES);
    }

    @Test
    void isDeterministicByteForByte() throws IOException {
        for (String file : FILES) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void committedDatasetsAreUpToDate() throws IOException {
        for (String file : FILES) {
            assertThat(Path.of(file)).as(file + " is stale; rebuild with ./oxyalloc datasets")
                    .hasBinaryContent(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void everyDatasetRefersToTheNetworkRoundTripsAndIsValid() throws Exception {
        for (String file : DATASETS) {
            Problem written = ProblemJson.mapper().readValue(first.resolve(file).toFile(), Problem.class);
            assertThat(written.roadNetwork()).as(file).isEqualTo(SundaStraitNetwork.REFERENCE);
            Problem problem = read(file);
            assertThat(problem.roadNetwork().nodes()).as(file + ": the network file, read").isNotEmpty();
            ProblemInvariants.assertValid(problem);
            Problem again = ProblemJson.mapper().readValue(DatasetBuilder.JSON.writeValueAsBytes(problem), Problem.class);
            assertThat(again).as(file + " written and read again").isEqualTo(problem);
        }
    }

    @Test
    void lampungHasTheElevenDistributorsAndTheRealHospitals() throws IOException {
        Problem lampung = read(LampungDataset.FILE);
        assertThat(lampung.region()).isEqualTo("Lampung");
        assertThat(lampung.suppliers()).extracting(Supplier::name).containsExactlyInAnyOrder("CV Bumi Waras",
                "PT Aneka Gas Lampung", "PT Perwira", "PT KDK", "PT Buana Cipta Niaga", "PT Asiana", "PT Lampung Gas",
                "PT Prima Gas", "PT Samator", "PT Pusri", "PT Natarang Mining");

        Map<String, RegisterHospital> register = RegisterHospital.read(sources.resolve(RegisterHospital.FILE)).stream()
                .collect(Collectors.toMap(RegisterHospital::kodeRs, Function.identity()));
        Map<String, Hospital> hospitals = hospitalsById(lampung);
        assertThat(hospitals).hasSize(78);
        assertThat(hospitals.get("1801017").name()).isEqualTo("RS Umum Daerah Dr H Abdul Moeloek");
        assertThat(hospitals.get("1801017").beds()).isEqualTo(register.get("1801017").beds()).isEqualTo(576);
        assertThat(hospitals.get("1871405").name()).isEqualTo("RS Umum Urip Sumoharjo");
        assertThat(hospitals.get("1871405").beds()).isEqualTo(register.get("1871405").beds()).isEqualTo(417);
        // Pusri's real figure: 180 cylinders over three days.
        assertThat(hospitals.get("1872016").cylindersNeededPerDay()).isEqualTo(60);
    }

    @Test
    void lampungIsScarceAndServableFromPalembang() throws IOException {
        Problem lampung = read(LampungDataset.FILE);
        DatasetSummary summary = DatasetSummary.of(lampung);
        assertThat(summary.medicalLoxTons()).isCloseTo(34.0, within(1e-9));
        assertThat(summary.loxNeedTonsPerDay()).isGreaterThan(34.0 * 1.15);
        assertThat(summary.cylindersNeededPerDay()).isGreaterThan(summary.medicalRefillCylinders());
        assertThat(summary.emptyCylinders()).isBetween(3950, 4050);
        Supplier pusri = supplier(lampung, LampungDataset.PUSRI_ID);
        assertThat(ProblemInvariants.within(lampung, pusri.location())).hasSameSizeAs(lampung.hospitals());
    }

    @Test
    void monasPostRefillsAboutThreeHundredADayAndMatters() throws IOException {
        Problem monas = read(JakartaMonasDataset.FILE);
        assertThat(monas.hospitals()).hasSize(25).allSatisfy(h -> assertThat(h.emptyCylindersOrZero()).isGreaterThanOrEqualTo(10));
        CollectionPost post = monas.effectiveCollectionPosts().get(0);
        assertThat(post.tripsPerDay() * post.cylindersPerTrip()).isBetween(280, 320);
        assertThat(post.roundTripHours()).isEqualTo(5.0);
        assertThat(post.quotaPerHospitalPerTrip()).isEqualTo(10);
        Supplier station = supplier(monas, post.stationId());
        assertThat(station.id()).isEqualTo(JakartaMonasDataset.KRAKATAU_STEEL_ID);

        // By road, Cilegon is out of the hospitals' reach; Pulogadung and the post are in it.
        assertThat(ProblemInvariants.within(monas, station.location())).isEmpty();
        assertThat(ProblemInvariants.within(monas, post.location())).hasSize(25);
        Supplier pulogadung = supplier(monas, JakartaMonasDataset.PULOGADUNG_ID);
        assertThat(ProblemInvariants.within(monas, pulogadung.location())).hasSize(25);
        int need = monas.hospitals().stream().mapToInt(Hospital::cylindersNeededPerDayOrZero).sum();
        assertThat(need).isGreaterThan(pulogadung.refillCylindersOrZero())
                .isLessThanOrEqualTo(pulogadung.refillCylindersOrZero() + post.tripsPerDay() * post.cylindersPerTrip());
    }

    @Test
    void bantenHasTheDonationForTheAssociation() throws IOException {
        Problem banten = read(BantenDataset.FILE);
        assertThat(banten.hospitals()).hasSize(119);
        Supplier donation = supplier(banten, BantenDataset.CHANDRA_ASRI_ID);
        assertThat(donation.loxTons()).isEqualTo(2.0);
        assertThat(donation.reservedForGroups()).containsExactly(BantenDataset.ASSOCIATION);
        assertThat(banten.hospitals()).anySatisfy(h -> {
            assertThat(h.groupsOrEmpty()).contains(BantenDataset.ASSOCIATION);
            assertThat(h.tankCapacityTonsOrZero()).isPositive();
        });
        assertThat(supplier(banten, "PT-UTAMA-GAS").refillCylindersOrZero()).isPositive();
        assertThat(supplier(banten, "PT-KRAKATAU-STEEL").refillCylindersOrZero()).isPositive();
    }

    @Test
    void kabBogorHasItsFacilitiesAndTheHomeIsolationBuffer() throws IOException {
        Problem bogor = read(KabBogorDataset.FILE);
        assertThat(bogor.region()).isEqualTo("Kabupaten Bogor");
        assertThat(bogor.hospitals()).hasSize(47);
        Hospital buffer = hospitalsById(bogor).get(KabBogorDataset.BUFFER_ID);
        assertThat(buffer.beds()).isZero();
        assertThat(buffer.tankCapacityTons()).isNull();
        assertThat(buffer.cylindersNeededPerDay()).isPositive();
    }

    @Test
    void readmeDescribesEveryDataset() throws IOException {
        String readme = Files.readString(first.resolve("README.md"));
        for (String file : DATASETS) {
            assertThat(readme).contains("## " + file);
        }
        assertThat(readme).contains("invented").contains(RegisterHospital.FILE).contains(Regencies.FILE)
                .contains("## Road network: " + SundaStraitNetwork.FILE).contains(RoadSkeletonRow.FILE);
    }
}
