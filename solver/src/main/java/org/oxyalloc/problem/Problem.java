package org.oxyalloc.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One planning day of one region, as a task force writes it: the problem file format.
 * <p>
 * The annotations are the format's single definition: {@link ProblemSchema} generates the published JSON Schema
 * from them, and {@link ProblemReader} validates every file against that schema before reading it.
 * Optional fields are {@code null} when absent; their documented defaults are applied in one place,
 * {@link Settings#withDefaults()} and the accessors of the records below.
 */
@JsonClassDescription("One planning day of one region: suppliers, hospitals, collection posts and settings.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @JsonProperty(required = true) @JsonPropertyDescription("Name of the region, e.g. a province or regency.")
        @NotEmpty @Size(max = 200) String region,
        @JsonProperty(required = true) @JsonPropertyDescription("The planning day (ISO date, e.g. 2021-07-26).")
        LocalDate date,
        @JsonPropertyDescription("Planning settings; every field is optional and has a documented default.")
        Settings settings,
        @JsonProperty(required = true) @JsonPropertyDescription("Producers, distributors, filling stations and donors.")
        @Size(min = 1) List<Supplier> suppliers,
        @JsonProperty(required = true) @JsonPropertyDescription("Hospitals and other health facilities to supply.")
        @Size(min = 1) List<Hospital> hospitals,
        @JsonPropertyDescription("Posts where hospitals drop empty cylinders for a shuttle to a filling station.")
        List<CollectionPost> collectionPosts,
        @JsonPropertyDescription("The road network for distances and travel times, inline or as a file. Absent: straight-line estimate.")
        RoadNetwork roadNetwork,
        @JsonPropertyDescription("The plan this problem re-plans, usually the published one: the re-plan changes its quotas only where that serves a hospital's shortage, and keeps its dispatched tanker trips. Absent: planned from scratch.")
        Baseline baseline) {

    public static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    public Settings effectiveSettings() {
        return settings == null ? Settings.DEFAULTS : settings.withDefaults();
    }

    public List<CollectionPost> effectiveCollectionPosts() {
        return collectionPosts == null ? List.of() : collectionPosts;
    }

    /** The same problem with other tanker trip settings (the others as they are), e.g. to compare trip models. */
    public Problem withTankerTrips(TankerTrips trips) {
        Settings s = settings == null ? new Settings(null, null, null, null, null, null, null, null, null, null) : settings;
        return new Problem(region, date, new Settings(s.coverageDays(), s.maxTravelHours(), s.loxLotTons(),
                s.refillBatchCylinders(), s.timeLimit(), s.travel(), s.priority(), s.needEstimation(), trips,
                s.constraintWeights()), suppliers, hospitals, collectionPosts, roadNetwork, baseline);
    }

    /** The same problem with another road network, e.g. the one its file reference points to. */
    public Problem withRoadNetwork(RoadNetwork network) {
        return new Problem(region, date, settings, suppliers, hospitals, collectionPosts, network, baseline);
    }

    /** The same problem re-planning another plan (or, with null, planned from scratch). */
    public Problem withBaseline(Baseline newBaseline) {
        return new Problem(region, date, settings, suppliers, hospitals, collectionPosts, roadNetwork, newBaseline);
    }

    @JsonClassDescription("A point in WGS84 degrees.")
    public record Location(
            @JsonProperty(required = true) @JsonPropertyDescription("Latitude in degrees (-90 to 90).")
            @DecimalMin("-90") @DecimalMax("90") double lat,
            @JsonProperty(required = true) @JsonPropertyDescription("Longitude in degrees (-180 to 180).")
            @DecimalMin("-180") @DecimalMax("180") double lon) {
    }

    public enum SupplierKind {
        @JsonProperty("producer") PRODUCER,
        @JsonProperty("distributor") DISTRIBUTOR,
        @JsonProperty("filling-station") FILLING_STATION,
        @JsonProperty("donor") DONOR
    }

    @JsonClassDescription("A producer, distributor, filling station or donor of oxygen.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Supplier(
            @JsonProperty(required = true) @JsonPropertyDescription("Unique id among suppliers.")
            @Pattern(regexp = ID_PATTERN) String id,
            @JsonProperty(required = true) @NotEmpty String name,
            @JsonPropertyDescription("What kind of supplier this is; informative only.")
            SupplierKind kind,
            @JsonProperty(required = true) Location location,
            @JsonPropertyDescription("Liquid oxygen available today, in tons (at most 100,000). Default 0.")
            @PositiveOrZero @DecimalMax("100000") Double loxTons,
            @JsonProperty(required = true)
            @JsonPropertyDescription("Whether its oxygen is medical grade; only medical-grade oxygen goes to hospitals.")
            boolean medicalGrade,
            @JsonPropertyDescription("The tanker fleet that delivers its liquid oxygen, as a number of identical tankers. Absent, and no tankers: it cannot deliver LOX.")
            Fleet fleet,
            @JsonPropertyDescription("Its tankers one by one, when they differ; instead of fleet.")
            List<Tanker> tankers,
            @JsonPropertyDescription("How many 6 m³ cylinders it can refill today (at most 1,000,000). Default 0.")
            @PositiveOrZero @Max(1_000_000) Integer refillCylinders,
            @JsonPropertyDescription("If present, its supply goes only to hospitals in one of these groups (a donation for an association's members).")
            List<@NotEmpty String> reservedForGroups,
            @JsonPropertyDescription("Which of its numbers are not reported for this day but carried over from an earlier one, to be checked.")
            CarriedOver carriedOver) {

        public double loxTonsOrZero() {
            return loxTons == null ? 0.0 : loxTons;
        }

        public int refillCylindersOrZero() {
            return refillCylinders == null ? 0 : refillCylinders;
        }

        public List<String> reservedGroups() {
            return reservedForGroups == null ? List.of() : reservedForGroups;
        }

        /**
         * Its tankers one by one: those listed, or the fleet's identical tankers, named after the supplier and
         * numbered from 1. Empty without either.
         */
        public List<Tanker> effectiveTankers() {
            if (tankers != null) {
                return tankers;
            }
            if (fleet == null) {
                return List.of();
            }
            return java.util.stream.IntStream.rangeClosed(1, fleet.tankers())
                    .mapToObj(n -> new Tanker(id + "-T" + n, fleet.tankerTons(), fleet.drivingHoursPerTanker(), null))
                    .toList();
        }
    }

    @JsonClassDescription("One LOX tanker of a supplier.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tanker(
            @JsonProperty(required = true) @JsonPropertyDescription("Unique id among the supplier's tankers, e.g. its plate number.")
            @Pattern(regexp = ID_PATTERN) String id,
            @JsonProperty(required = true) @JsonPropertyDescription("Capacity in tons of LOX (at most 100).")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") double tons,
            @JsonProperty(required = true) @JsonPropertyDescription("Driving hours it can do today (0 to 24).")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") double drivingHours,
            @JsonPropertyDescription("Hours of its working day: driving, loading and unloading (0 to 24). Default: settings.tankerTrips.workingDayHours.")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") Double workingHours) {
    }

    @JsonClassDescription("A supplier's tanker fleet for liquid oxygen.")
    public record Fleet(
            @JsonProperty(required = true) @JsonPropertyDescription("Number of tankers available today (at most 1,000).")
            @PositiveOrZero @Max(1000) int tankers,
            @JsonProperty(required = true) @JsonPropertyDescription("Capacity of one tanker in tons of LOX (at most 100).")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") double tankerTons,
            @JsonProperty(required = true) @JsonPropertyDescription("Driving hours one tanker can do today (0 to 24).")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") double drivingHoursPerTanker) {
    }

    @JsonClassDescription("A hospital or other health facility.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hospital(
            @JsonProperty(required = true) @JsonPropertyDescription("Unique id among hospitals, e.g. the Ministry of Health code.")
            @Pattern(regexp = ID_PATTERN) String id,
            @JsonProperty(required = true) @NotEmpty String name,
            @JsonProperty(required = true) @JsonPropertyDescription("Regency or city (kabupaten/kota).")
            @NotEmpty String regency,
            @JsonPropertyDescription("Hospital class A to D, informative.")
            @Pattern(regexp = "^[A-D]$") String hospitalClass,
            @JsonProperty(required = true) Location location,
            @JsonProperty(required = true) @JsonPropertyDescription("Total beds (at most 20,000).") @PositiveOrZero @Max(20_000) int beds,
            @JsonProperty(required = true) @JsonPropertyDescription("Occupied beds today, ICU included.") @PositiveOrZero @Max(20_000) int occupiedBeds,
            @JsonPropertyDescription("ICU beds, part of the total beds. Default 0.") @PositiveOrZero @Max(20_000) Integer icuBeds,
            @JsonPropertyDescription("Occupied ICU beds today. Default 0.") @PositiveOrZero @Max(20_000) Integer occupiedIcuBeds,
            @JsonPropertyDescription("Whether it is a COVID-19 referral hospital. Default false.") Boolean covidReferral,
            @JsonPropertyDescription("Groups it belongs to, e.g. a hospital association receiving a donation.")
            List<@NotEmpty String> groups,
            @JsonPropertyDescription("Liquid oxygen in its tank now, in tons (at most 1,000). Default 0.")
            @PositiveOrZero @DecimalMax("1000") Double loxStockTons,
            @JsonPropertyDescription("Its LOX tank capacity in tons (at most 1,000); 0 or absent: no tank, cylinders only.")
            @PositiveOrZero @DecimalMax("1000") Double tankCapacityTons,
            @JsonPropertyDescription("Reported LOX need in tons per day (at most 1,000). Absent: estimated from occupancy with the WHO per-patient flows.")
            @PositiveOrZero @DecimalMax("1000") Double loxNeedTonsPerDay,
            @JsonPropertyDescription("Empty 6 m³ cylinders waiting for a refill (at most 100,000). Default 0.")
            @PositiveOrZero @Max(100_000) Integer emptyCylinders,
            @JsonPropertyDescription("Full 6 m³ cylinders on hand (at most 100,000). Default 0.") @PositiveOrZero @Max(100_000) Integer fullCylinders,
            @JsonPropertyDescription("6 m³ cylinders it uses per day (at most 100,000). Default 0.")
            @PositiveOrZero @Max(100_000) Integer cylindersNeededPerDay,
            @JsonPropertyDescription("Which of its numbers are not reported for this day but carried over from an earlier one or estimated, to be checked.")
            CarriedOver carriedOver) {

        public int icuBedsOrZero() {
            return icuBeds == null ? 0 : icuBeds;
        }

        public int occupiedIcuBedsOrZero() {
            return occupiedIcuBeds == null ? 0 : occupiedIcuBeds;
        }

        public boolean covidReferralOrFalse() {
            return Boolean.TRUE.equals(covidReferral);
        }

        public List<String> groupsOrEmpty() {
            return groups == null ? List.of() : groups;
        }

        public double loxStockTonsOrZero() {
            return loxStockTons == null ? 0.0 : loxStockTons;
        }

        public double tankCapacityTonsOrZero() {
            return tankCapacityTons == null ? 0.0 : tankCapacityTons;
        }

        public int emptyCylindersOrZero() {
            return emptyCylinders == null ? 0 : emptyCylinders;
        }

        public int fullCylindersOrZero() {
            return fullCylinders == null ? 0 : fullCylinders;
        }

        public int cylindersNeededPerDayOrZero() {
            return cylindersNeededPerDay == null ? 0 : cylindersNeededPerDay;
        }
    }

    @JsonClassDescription("Numbers of a hospital or supplier that nobody reported for this day: carried over from an earlier day or estimated, e.g. by copying a day into the next. Staff check them before solving; the plan warns of each.")
    public record CarriedOver(
            @JsonProperty(required = true) @JsonPropertyDescription("The fields carried over or estimated, by their names in this format, e.g. loxStockTons.")
            @Size(min = 1, max = 20) List<@Pattern(regexp = "^[A-Za-z]{1,40}$") String> fields,
            @JsonProperty(required = true) @JsonPropertyDescription("How they were found, in words: from which day or plan, and how they were computed.")
            @NotEmpty @Size(max = 1000) String basis) {
    }

    @JsonClassDescription("A collection post (posko): hospitals drop empty cylinders; trucks shuttle them to a filling station and back.")
    public record CollectionPost(
            @JsonProperty(required = true) @JsonPropertyDescription("Unique id among collection posts.")
            @Pattern(regexp = ID_PATTERN) String id,
            @JsonProperty(required = true) @NotEmpty String name,
            @JsonProperty(required = true) Location location,
            @JsonProperty(required = true) @JsonPropertyDescription("Id of the supplier that refills the shuttled cylinders.")
            @Pattern(regexp = ID_PATTERN) String stationId,
            @JsonProperty(required = true) @JsonPropertyDescription("Trucks running the shuttle today (at most 1,000); 0: the shuttle is stopped.") @PositiveOrZero @Max(1000) int trucks,
            @JsonProperty(required = true) @JsonPropertyDescription("Cylinders one truck carries per trip (at most 10,000).") @Min(1) @Max(10_000) int cylindersPerTrip,
            @JsonProperty(required = true) @JsonPropertyDescription("Hours of one round trip post - station - post, loading included (at most 72).")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("72") double roundTripHours,
            @JsonProperty(required = true) @JsonPropertyDescription("Hours per day the shuttle runs (0 to 24).")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") double operatingHoursPerDay,
            @JsonProperty(required = true) @JsonPropertyDescription("Cylinders one hospital may send per trip.")
            @Min(1) @Max(10_000) int quotaPerHospitalPerTrip) {

        /** Whole trips per day: a trip that cannot finish within the operating hours does not run. */
        public int tripsPerDay() {
            return trucks * (int) Math.floor(operatingHoursPerDay / roundTripHours + 1e-9);
        }
    }

    @JsonClassDescription("A road network: nodes with coordinates and edges with length, kind and travel time; or a reference to a file holding one.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoadNetwork(
            @JsonPropertyDescription("A network file (same format, without 'file'), relative to the problem file. Give either this or nodes and edges.")
            @NotEmpty String file,
            @JsonPropertyDescription("Name of the network, shown in the plan.")
            String name,
            @JsonPropertyDescription("Where the data comes from; free text.")
            String source,
            @JsonPropertyDescription("Road nodes: junctions, exits, ports, towns and shape points.")
            List<RoadNode> nodes,
            @JsonPropertyDescription("Road sections between two nodes.")
            List<RoadEdge> edges) {

        public boolean refersToFile() {
            return file != null;
        }
    }

    @JsonClassDescription("A node of the road network.")
    public record RoadNode(
            @JsonProperty(required = true) @Pattern(regexp = ID_PATTERN) String id,
            @JsonProperty(required = true) @JsonPropertyDescription("Latitude in degrees (-90 to 90).")
            @DecimalMin("-90") @DecimalMax("90") double lat,
            @JsonProperty(required = true) @JsonPropertyDescription("Longitude in degrees (-180 to 180).")
            @DecimalMin("-180") @DecimalMax("180") double lon) {

        public Location location() {
            return new Location(lat, lon);
        }
    }

    public enum RoadKind {
        @JsonProperty("toll") TOLL,
        @JsonProperty("arterial") ARTERIAL,
        @JsonProperty("local") LOCAL,
        @JsonProperty("ferry") FERRY
    }

    @JsonClassDescription("A road section, both ways unless oneWay. Its time: hours if given, else km / speedKmh, else km at the kind's truck speed; a ferry adds waitHours.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoadEdge(
            @JsonProperty(required = true) @JsonPropertyDescription("Id of the start node.") String from,
            @JsonProperty(required = true) @JsonPropertyDescription("Id of the end node.") String to,
            @JsonProperty(required = true) @JsonPropertyDescription("Length in km (at most 5,000).")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("5000") double km,
            @JsonProperty(required = true) RoadKind kind,
            @JsonPropertyDescription("Driving or crossing time in hours, when known (at most 240).")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("240") Double hours,
            @JsonPropertyDescription("Average truck speed in km/h, when the time is not given.")
            @DecimalMin(value = "1") @DecimalMax("130") Double speedKmh,
            @JsonPropertyDescription("Expected waiting time before it can be driven or crossed, in hours (at most 240): a ferry's queue, a road closed for some hours. Default 0.")
            @PositiveOrZero @DecimalMax("240") Double waitHours,
            @JsonPropertyDescription("True if it can be driven only from 'from' to 'to'. Default false.")
            Boolean oneWay,
            @JsonPropertyDescription("Name or description, e.g. the toll road and its kilometre posts.")
            String name) {
    }

    @JsonClassDescription("Planning settings. Every field is optional; absent fields take the documented default.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Settings(
            @JsonPropertyDescription("Days of need each hospital should hold after today's deliveries. Default 1.")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("30") Double coverageDays,
            @JsonPropertyDescription("Maximum one-way travel time in hours for a delivery or a refill trip. Default 12.")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("72") Double maxTravelHours,
            @JsonPropertyDescription("Size of one LOX lot in tons, the unit the solver moves. Default 0.1.")
            @DecimalMin("0.01") @DecimalMax("10") Double loxLotTons,
            @JsonPropertyDescription("Cylinders in one refill batch, the unit the solver moves. Default 5.")
            @Min(1) @Max(1000) Integer refillBatchCylinders,
            @JsonPropertyDescription("How long to solve: a number and a unit (ms, s, m, h), e.g. 30s. Default 30s.")
            @Pattern(regexp = "^[0-9]{1,7}(ms|s|m|h)$") String timeLimit,
            @JsonPropertyDescription("Straight-line travel estimate, used when no road network is given.")
            Travel travel,
            @JsonPropertyDescription("How a hospital's shortage is weighed.")
            Priority priority,
            @JsonPropertyDescription("How a missing LOX need is estimated from occupancy.")
            NeedEstimation needEstimation,
            @JsonPropertyDescription("How long a tanker trip takes besides driving, and how many hospitals it may serve.")
            TankerTrips tankerTrips,
            @JsonPropertyDescription("Constraint weights by constraint name, on the constraint's own score level; 0 disables a constraint.")
            Map<String, @PositiveOrZero Long> constraintWeights) {

        public static final Settings DEFAULTS = new Settings(null, null, null, null, null, null, null, null, null, null).withDefaults();

        /** The one place where absent settings take their documented defaults. */
        public Settings withDefaults() {
            return new Settings(
                    coverageDays == null ? 1.0 : coverageDays,
                    maxTravelHours == null ? 12.0 : maxTravelHours,
                    loxLotTons == null ? 0.1 : loxLotTons,
                    refillBatchCylinders == null ? 5 : refillBatchCylinders,
                    timeLimit == null ? "30s" : timeLimit,
                    (travel == null ? new Travel(null, null) : travel).withDefaults(),
                    (priority == null ? new Priority(null, null, null) : priority).withDefaults(),
                    (needEstimation == null ? new NeedEstimation(null, null, null) : needEstimation).withDefaults(),
                    (tankerTrips == null ? new TankerTrips(null, null, null, null, null, null) : tankerTrips).withDefaults(),
                    constraintWeights == null ? Map.of() : constraintWeights);
        }
    }

    @JsonClassDescription("The plan a problem re-plans: its tanker trips and refills, as the plan gave them. Its LOX quotas are its trips' stops, per hospital and supplier.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Baseline(
            @JsonPropertyDescription("The id of the plan, informative.") @Size(max = 64) String planId,
            @JsonPropertyDescription("Why it is re-planned, e.g. the disruption; shown in the plan.") @Size(max = 500) String reason,
            @JsonPropertyDescription("Its tanker trips, each with its stops.") List<BaselineTrip> tankerTrips,
            @JsonPropertyDescription("Its refills, per hospital and station (and collection post).") List<BaselineRefill> refills) {

        public List<BaselineTrip> tankerTripsOrEmpty() {
            return tankerTrips == null ? List.of() : tankerTrips;
        }

        public List<BaselineRefill> refillsOrEmpty() {
            return refills == null ? List.of() : refills;
        }
    }

    @JsonClassDescription("One tanker trip of the plan re-planned.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BaselineTrip(
            @JsonProperty(required = true) @Pattern(regexp = ID_PATTERN) String supplierId,
            @JsonProperty(required = true) @JsonPropertyDescription("The tanker's id among its supplier's tankers.")
            @Pattern(regexp = ID_PATTERN) String tankerId,
            @JsonProperty(required = true) @JsonPropertyDescription("The trip's number in the tanker's day, from 1.") @Min(1) @Max(12) int number,
            @JsonPropertyDescription("True once the tanker has left (or delivered): the trip is kept as it is and its oxygen counted as delivered. Default false.")
            Boolean dispatched,
            @JsonProperty(required = true) @Size(min = 1) List<BaselineStop> stops) {

        public boolean isDispatched() {
            return Boolean.TRUE.equals(dispatched);
        }
    }

    @JsonClassDescription("One hospital of a tanker trip of the plan re-planned, and the tons unloaded there.")
    public record BaselineStop(
            @JsonProperty(required = true) @Pattern(regexp = ID_PATTERN) String hospitalId,
            @JsonProperty(required = true) @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") double tons) {
    }

    @JsonClassDescription("The refills of one hospital at one station (through a collection post, or directly) in the plan re-planned.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BaselineRefill(
            @JsonProperty(required = true) @Pattern(regexp = ID_PATTERN) String hospitalId,
            @JsonProperty(required = true) @Pattern(regexp = ID_PATTERN) String stationId,
            @JsonPropertyDescription("The collection post the cylinders go through; absent: the hospital brings them to the station.")
            @Pattern(regexp = ID_PATTERN) String postId,
            @JsonProperty(required = true) @Min(1) @Max(100_000) int cylinders) {
    }

    @JsonClassDescription("Tanker trips: a trip loads at its supplier, visits one or more hospitals in the shortest order, unloads at each and returns. The times are assumptions unless the task force knows its own.")
    public record TankerTrips(
            @JsonPropertyDescription("Hours to load a tanker at its supplier, paperwork included. Default 1, an assumption.")
            @DecimalMin("0") @DecimalMax("12") Double loadingHours,
            @JsonPropertyDescription("Hours to unload at each hospital of a trip. Default 0.75, an assumption.")
            @DecimalMin("0") @DecimalMax("12") Double unloadingHoursPerStop,
            @JsonPropertyDescription("Hours of a tanker's working day, driving, loading and unloading (0 to 24), unless the tanker gives its own. Default 16, an assumption (a crew of two).")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") Double workingDayHours,
            @JsonPropertyDescription("Most hospitals one trip serves (1 to 8); 1 makes every trip a round trip to one hospital. Default 5.")
            @Min(1) @Max(8) Integer maxStopsPerTrip,
            @JsonPropertyDescription("Most trips one tanker makes in a day (1 to 12). Default 8.")
            @Min(1) @Max(12) Integer maxTripsPerTanker,
            @JsonPropertyDescription("When the tankers' working day starts, hh:mm, for the dispatch times. Default 06:00.")
            @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$") String dayStartsAt) {

        TankerTrips withDefaults() {
            return new TankerTrips(loadingHours == null ? 1.0 : loadingHours,
                    unloadingHoursPerStop == null ? 0.75 : unloadingHoursPerStop,
                    workingDayHours == null ? 16.0 : workingDayHours,
                    maxStopsPerTrip == null ? 5 : maxStopsPerTrip,
                    maxTripsPerTanker == null ? 8 : maxTripsPerTanker,
                    dayStartsAt == null ? "06:00" : dayStartsAt);
        }
    }

    @JsonClassDescription("Straight-line travel estimate: haversine distance times a detour factor, at an average speed.")
    public record Travel(
            @JsonPropertyDescription("Road distance over straight-line distance. Default 1.3.")
            @DecimalMin("1") @DecimalMax("5") Double detourFactor,
            @JsonPropertyDescription("Average speed of a loaded truck in km/h. Default 40.")
            @DecimalMin("5") @DecimalMax("120") Double averageSpeedKmh) {

        Travel withDefaults() {
            return new Travel(detourFactor == null ? 1.3 : detourFactor, averageSpeedKmh == null ? 40.0 : averageSpeedKmh);
        }
    }

    @JsonClassDescription("Priority of a ton of shortage at a hospital: 1 + borWeight x BOR + icuWeight x ICU occupancy + covidReferralWeight if a COVID referral hospital.")
    public record Priority(
            @JsonPropertyDescription("Weight of the bed occupancy ratio (0 to 1). Default 1.")
            @DecimalMin("0") @DecimalMax("100") Double borWeight,
            @JsonPropertyDescription("Weight of the ICU occupancy ratio (0 to 1). Default 2.")
            @DecimalMin("0") @DecimalMax("100") Double icuWeight,
            @JsonPropertyDescription("Added for a COVID-19 referral hospital. Default 0.5.")
            @DecimalMin("0") @DecimalMax("100") Double covidReferralWeight) {

        Priority withDefaults() {
            return new Priority(borWeight == null ? 1.0 : borWeight, icuWeight == null ? 2.0 : icuWeight,
                    covidReferralWeight == null ? 0.5 : covidReferralWeight);
        }
    }

    @JsonClassDescription("Estimate of a hospital's LOX need from occupancy, with the WHO COVID-19 Essential Supplies Forecasting Tool flows.")
    public record NeedEstimation(
            @JsonPropertyDescription("Oxygen flow of a severe patient in litres of gas per minute. Default 10 (WHO).")
            @DecimalMin("0") @DecimalMax("100") Double severeLitresPerMinute,
            @JsonPropertyDescription("Oxygen flow of a critical (ICU) patient in litres of gas per minute. Default 30 (WHO).")
            @DecimalMin("0") @DecimalMax("100") Double criticalLitresPerMinute,
            @JsonPropertyDescription("Share of occupied non-ICU beds whose patient needs oxygen (0 to 1). Default 0.5, an assumption.")
            @DecimalMin("0") @DecimalMax("1") Double wardShareOnOxygen) {

        NeedEstimation withDefaults() {
            return new NeedEstimation(severeLitresPerMinute == null ? 10.0 : severeLitresPerMinute,
                    criticalLitresPerMinute == null ? 30.0 : criticalLitresPerMinute,
                    wardShareOnOxygen == null ? 0.5 : wardShareOnOxygen);
        }
    }
}
