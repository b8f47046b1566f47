package org.oxyalloc.datasets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.RoadEdge;
import org.oxyalloc.problem.Problem.RoadKind;
import org.oxyalloc.problem.Problem.RoadNetwork;
import org.oxyalloc.problem.Problem.RoadNode;
import org.oxyalloc.problem.Problem.Settings;
import org.oxyalloc.solver.ProblemTravel;
import org.oxyalloc.travel.Leg;
import org.oxyalloc.travel.RoadTravel;

/**
 * The one road network of the four datasets, around the Sunda Strait: the trunk roads of Lampung, Banten, DKI Jakarta
 * and Kab. Bogor with their published lengths ({@value RoadSkeletonRow#FILE}), the Merak - Bakauheni ferry, and
 * estimated links that join every kab/kota capital of the code table to them. The datasets refer to it as a file.
 */
record SundaStraitNetwork(RoadNetwork network, List<Node> nodes) {

    static final String FILE = "networks/sunda-strait-trunk.json";
    /** How a dataset refers to it: relative to the dataset's own file. */
    static final RoadNetwork REFERENCE = new RoadNetwork(FILE, null, null, null, null);
    static final String NAME = "Sunda Strait trunk roads: Lampung, Banten, DKI Jakarta, Kab. Bogor (July 2021)";
    /** Road km over straight-line km of every estimated link: the usual stand-in, as in the straight-line estimate. */
    static final double DETOUR = Settings.DEFAULTS.travel().detourFactor();
    /** The published regular crossing takes 2-3 h: the middle (the executive service's 1-1.5 h is not for tankers). */
    static final double FERRY_HOURS = 2.5;
    /** Invented: no source gives the trucks' queue at the ports in July 2021; a few sailings missed. */
    static final double FERRY_WAIT_HOURS = 2.0;

    /** How an edge's name starts: its length is from the CSV, or estimated; a node's basis when placed from geography. */
    static final String PUBLISHED = "published";
    static final String ESTIMATED = "estimated";
    private static final String PALEMBANG = "palembang";

    /** A node, its name for people and where its coordinates come from. */
    record Node(String id, String name, Location location, String basis) {

        RoadNode toRoadNode() {
            return new RoadNode(id, location.lat(), location.lon());
        }
    }

    /** Toll gates, ports and towns of the CSV, which gives no coordinates: placed from general geography, to 1-2 km. */
    private static final List<Node> TRUNK = List.of(
            estimated("tg-bakauheni-selatan", "Bakauheni Selatan toll gate at Bakauheni port, JTTS KM 0", -5.860, 105.745),
            estimated("tg-bakauheni-utara", "Bakauheni Utara toll gate, KM 8", -5.795, 105.725),
            estimated("tg-kalianda", "Kalianda toll gate, KM 22.5", -5.700, 105.650),
            estimated("tg-sidomulyo", "Sidomulyo toll gate, KM 38.9", -5.590, 105.565),
            estimated("tg-lematang", "Lematang toll gate, KM 74.3", -5.380, 105.355),
            estimated("tg-kotabaru", "Kotabaru toll gate, KM 78.5, nearest exit to Bandar Lampung", -5.352, 105.330),
            estimated("tg-branti", "Branti toll gate (Natar), exit for Radin Inten II airport, KM 96.5", -5.255, 105.205),
            estimated("tg-metro-masgar", "Metro (Masgar) toll gate, Tegineneng, KM 108.5", -5.170, 105.180),
            estimated("tg-gunung-sugih", "Gunung Sugih toll gate, KM 130.5", -4.990, 105.235),
            estimated("tg-terbanggi-besar", "Terbanggi Besar, end of the Bakauheni toll (KM 140.4) and start of the Kayu Agung toll",
                    -4.905, 105.240),
            estimated("tg-menggala", "Menggala exit, KM 43 of the Terbanggi Besar - Kayu Agung toll", -4.540, 105.250),
            estimated("tg-kayu-agung", "Kayu Agung exit (South Sumatra), KM 188 of the Terbanggi Besar - Kayu Agung toll",
                    -3.420, 104.870),
            estimated("rajabasa", "Rajabasa bus terminal, north Bandar Lampung", -5.374, 105.243),
            estimated("port-merak", "Merak port, end of the Jakarta - Merak toll (KM 98)", -5.932, 106.006),
            estimated("tg-cilegon-barat", "Cilegon Barat toll gate, Krakatau Steel exit, KM 95", -5.957, 106.020),
            estimated("tg-cilegon-timur", "Cilegon Timur toll gate, KM 87", -6.013, 106.062),
            estimated("tg-serang-barat", "Serang Barat toll gate, KM 78", -6.075, 106.114),
            estimated("tg-serang-timur", "Serang Timur toll gate, KM 72", -6.112, 106.160),
            estimated("tg-ciujung", "Ciujung toll gate, KM 60", -6.135, 106.265),
            estimated("tg-balaraja-barat", "Balaraja Barat toll gate, KM 39", -6.198, 106.452),
            estimated("tg-balaraja-timur", "Balaraja Timur toll gate, KM 37", -6.204, 106.470),
            estimated("tg-cikupa", "Cikupa toll gate, KM 31", -6.214, 106.523),
            estimated("tomang", "Tomang interchange, Jakarta: KM 0 of the Jakarta - Merak toll", -6.180, 106.795),
            estimated("cawang", "Cawang interchange, Jakarta: start of the Jagorawi toll", -6.250, 106.873),
            estimated("ciawi", "Ciawi, end of the Jagorawi toll", -6.652, 106.855));

    /**
     * The CSV spells one place several ways, and calls two towns by a district: every spelling, and its node. Pahoman
     * and Metro are the capital points of their kab/kota; the airport row starts at the airport's toll exit.
     */
    static final Map<String, String> NODE_OF_CSV_NAME = new TreeMap<>(Map.ofEntries(
            Map.entry("Bakauheni Selatan (port) TG", "tg-bakauheni-selatan"),
            Map.entry("Bakauheni port", "tg-bakauheni-selatan"),
            Map.entry("Bakauheni Utara TG", "tg-bakauheni-utara"),
            Map.entry("Kalianda TG", "tg-kalianda"),
            Map.entry("Sidomulyo TG", "tg-sidomulyo"),
            Map.entry("Lematang TG", "tg-lematang"),
            Map.entry("Kotabaru TG (nearest exit to Bandar Lampung)", "tg-kotabaru"),
            Map.entry("Kotabaru TG", "tg-kotabaru"),
            Map.entry("Branti TG (Natar/airport)", "tg-branti"),
            Map.entry("Branti TG", "tg-branti"),
            Map.entry("Bandara Radin Inten II (Branti)", "tg-branti"),
            Map.entry("Metro (Masgar) TG", "tg-metro-masgar"),
            Map.entry("Gunung Sugih TG", "tg-gunung-sugih"),
            Map.entry("Terbanggi Besar TG", "tg-terbanggi-besar"),
            Map.entry("Terbanggi Besar", "tg-terbanggi-besar"),
            Map.entry("Menggala exit", "tg-menggala"),
            Map.entry("Kayu Agung (Sumsel)", "tg-kayu-agung"),
            Map.entry("Pahoman (Bandar Lampung centre)", capitalId("1871")),
            Map.entry("Metro", capitalId("1872")),
            Map.entry("Bandar Lampung (Rajabasa)", "rajabasa"),
            Map.entry("Merak TG/port", "port-merak"),
            Map.entry("Merak port", "port-merak"),
            Map.entry("Cilegon Barat TG (Krakatau Steel exit)", "tg-cilegon-barat"),
            Map.entry("Cilegon Barat TG", "tg-cilegon-barat"),
            Map.entry("Cilegon Timur TG", "tg-cilegon-timur"),
            Map.entry("Serang Barat TG", "tg-serang-barat"),
            Map.entry("Serang Timur TG", "tg-serang-timur"),
            Map.entry("Ciujung TG", "tg-ciujung"),
            Map.entry("Balaraja Barat TG", "tg-balaraja-barat"),
            Map.entry("Balaraja Timur TG", "tg-balaraja-timur"),
            Map.entry("Cikupa TG", "tg-cikupa"),
            Map.entry("Tomang (Jakarta KM0)", "tomang"),
            Map.entry("Jakarta (Cawang/Cililitan)", "cawang"),
            Map.entry("Ciawi (via Cibinong/Citeureup/Sentul)", "ciawi")));

    /** CSV rows not used, by "from -> to": a traveller's figure for a trip the published kilometre posts already cover. */
    static final Map<String, String> SKIPPED_ROWS = new TreeMap<>(Map.of(
            "Bandar Lampung (Itera/Kota Baru area) -> Bakauheni port",
            "a traveller's 81.1 km trip over the toll chain Kotabaru - Bakauheni Selatan, published as 78.5 km",
            "Jakarta -> Merak (port)",
            "a traveller's '~100 km' over the toll chain Tomang - Merak, published as 98 km"));

    /** A length chosen from a row that gives a range, and why. */
    record ChosenKm(String range, double km, String why) {
    }

    static final Map<String, ChosenKm> CHOSEN_KM = new TreeMap<>(Map.of(
            "Metro -> Bandar Lampung (Rajabasa)", new ChosenKm("40-49", 45,
                    "the middle of the odometer's 'forty-something km' (40-49), rounded"),
            "Jakarta (Cawang/Cililitan) -> Ciawi (via Cibinong/Citeureup/Sentul)", new ChosenKm("46-59", 46,
                    "the main line's length; Jasa Marga's 59 km includes the spurs")));

    /** A link the CSV lacks but its roads need to join up, estimated like the capitals' links. */
    record Link(String from, String to, RoadKind kind, String why) {
    }

    static final List<Link> LINKS = List.of(
            new Link("tomang", "cawang", RoadKind.TOLL, "Jakarta inner toll road, so that Jagorawi joins the Merak toll"),
            new Link("tg-kotabaru", capitalId("1871"), RoadKind.ARTERIAL, "the CSV's nearest exit to Bandar Lampung, to the city"),
            new Link("rajabasa", capitalId("1871"), RoadKind.ARTERIAL, "where the Metro road enters Bandar Lampung, to the city centre"),
            new Link(capitalId("1872"), "tg-metro-masgar", RoadKind.ARTERIAL, "Metro to the toll gate named after it"),
            new Link(PALEMBANG, "tg-kayu-agung", RoadKind.ARTERIAL, "Palembang (Pusri) to the end of the toll at Kayu Agung"));

    /** Kab. Kepulauan Seribu: islands reached by boat, not by road; no dataset place is there. */
    private static final Set<String> NOT_BY_ROAD = Set.of("3101");

    private static Node estimated(String id, String name, double lat, double lon) {
        return new Node(id, name, new Location(lat, lon), ESTIMATED);
    }

    private static String capitalId(String kabCode) {
        return "kabkota-" + kabCode;
    }

    static SundaStraitNetwork build(Sources sources) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        TRUNK.forEach(n -> nodes.put(n.id(), n));
        ProducerReport pusri = sources.producer(LampungDataset.PUSRI_REPORT);
        nodes.put(PALEMBANG, new Node(PALEMBANG, "Palembang, where Pusri is", pusri.location(), pusri.locationBasis()));
        List<Node> capitals = sources.regencies().all().stream().filter(r -> !NOT_BY_ROAD.contains(r.code()))
                .map(r -> new Node(capitalId(r.code()), r.capital() + ", capital of " + r.name(), r.capitalLocation(), Regencies.FILE))
                .toList();
        capitals.forEach(n -> nodes.put(n.id(), n));

        List<RoadEdge> edges = new ArrayList<>(published(sources.roadSkeleton()));
        Set<String> trunk = new LinkedHashSet<>();
        edges.forEach(e -> {
            trunk.add(e.from());
            trunk.add(e.to());
        });
        for (Link link : LINKS) {
            edges.add(estimatedEdge(nodes.get(link.from()), nodes.get(link.to()), link.kind(), link.why()));
        }
        for (Node capital : capitals) {
            if (!trunk.contains(capital.id())) {
                Node nearest = trunk.stream().map(nodes::get)
                        .min(Comparator.comparingDouble(t -> ProblemTravel.km(capital.location(), t.location())))
                        .orElseThrow();
                edges.add(estimatedEdge(capital, nearest, RoadKind.ARTERIAL, "the capital to its nearest trunk node"));
            }
        }
        String source = RoadSkeletonRow.FILE + " (toll operators' kilometre posts and news) for the trunk roads' km and "
                + "the ferry; " + Regencies.FILE + " for the capitals; node coordinates and connecting links estimated "
                + "(haversine x " + DETOUR + "); see datasets/README.md";
        RoadNetwork network = new RoadNetwork(null, NAME, source,
                nodes.values().stream().map(Node::toRoadNode).toList(), List.copyOf(edges));
        return new SundaStraitNetwork(network, List.copyOf(nodes.values()));
    }

    /**
     * One edge per CSV row, except the skipped ones. Rows from the same start on the same toll give kilometre posts
     * of one section (Terbanggi Besar to Menggala, KM 43, and to Kayu Agung, KM 188): chained from post to post.
     */
    private static List<RoadEdge> published(List<RoadSkeletonRow> rows) {
        Map<String, List<RoadSkeletonRow>> sections = new LinkedHashMap<>();
        for (RoadSkeletonRow row : rows) {
            if (!SKIPPED_ROWS.containsKey(row.key())) {
                sections.computeIfAbsent(node(row, row.from()) + "|" + row.mode(), k -> new ArrayList<>()).add(row);
            }
        }
        List<RoadEdge> edges = new ArrayList<>();
        for (List<RoadSkeletonRow> section : sections.values()) {
            section.sort(Comparator.comparingDouble(SundaStraitNetwork::km));
            String from = section.get(0).from();
            double post = 0;
            for (RoadSkeletonRow row : section) {
                double km = km(row);
                edges.add(publishedEdge(row, from, post, km));
                from = row.to();
                post = km;
            }
        }
        return edges;
    }

    private static RoadEdge publishedEdge(RoadSkeletonRow row, String fromName, double post, double km) {
        String name = String.format(Locale.ROOT, PUBLISHED + ": %s: %s -> %s, %s", row.mode(), fromName, row.to(),
                post == 0 ? row.basis() : String.format(Locale.ROOT, "KM %s -> %s of the section (%s)", plain(post), plain(km), row.basis()));
        String from = node(row, fromName);
        String to = node(row, row.to());
        double length = HospitalRules.round1(km - post);
        RoadKind kind = kind(row);
        if (kind == RoadKind.FERRY) {
            return new RoadEdge(from, to, length, kind, FERRY_HOURS, null, FERRY_WAIT_HOURS, null, name + String.format(Locale.ROOT,
                    "; %s h crossing used, %s h wait invented", plain(FERRY_HOURS), plain(FERRY_WAIT_HOURS)));
        }
        return new RoadEdge(from, to, length, kind, null, null, null, null, name);
    }

    private static RoadEdge estimatedEdge(Node from, Node to, RoadKind kind, String why) {
        double km = HospitalRules.round1(ProblemTravel.km(from.location(), to.location()) * DETOUR);
        if (km <= 0) {
            throw new IllegalStateException(from.id() + " and " + to.id() + " are at the same place; no link needed");
        }
        return new RoadEdge(from.id(), to.id(), km, kind, null, null, null, null,
                String.format(Locale.ROOT, ESTIMATED + ": %s -> %s, haversine x %s: %s", from.name(), to.name(), DETOUR, why));
    }

    private static String node(RoadSkeletonRow row, String csvName) {
        String id = NODE_OF_CSV_NAME.get(csvName);
        if (id == null) {
            throw new IllegalArgumentException(RoadSkeletonRow.FILE + ":" + row.line() + ": no node for the place '" + csvName
                    + "'; add it to the name table of " + SundaStraitNetwork.class.getSimpleName());
        }
        return id;
    }

    private static double km(RoadSkeletonRow row) {
        Double km = row.kmNumber();
        if (km != null) {
            return km;
        }
        ChosenKm chosen = CHOSEN_KM.get(row.key());
        if (chosen == null || !chosen.range().equals(row.km())) {
            throw new IllegalArgumentException(RoadSkeletonRow.FILE + ":" + row.line() + ": km '" + row.km()
                    + "' is not a number; choose a length for this row or skip it");
        }
        return chosen.km();
    }

    private static RoadKind kind(RoadSkeletonRow row) {
        String mode = row.mode().toLowerCase(Locale.ROOT);
        if (mode.startsWith("toll")) {
            return RoadKind.TOLL;
        }
        if (mode.startsWith("arterial")) {
            return RoadKind.ARTERIAL;
        }
        if (mode.startsWith("ferry")) {
            return RoadKind.FERRY;
        }
        throw new IllegalArgumentException(RoadSkeletonRow.FILE + ":" + row.line() + ": unknown mode '" + row.mode() + "'");
    }

    /** Whether an edge's length is published (from the CSV) rather than estimated: its name says so first. */
    static boolean isPublished(RoadEdge edge) {
        return edge.name().startsWith(PUBLISHED);
    }

    /** A number without trailing zeros: 78.5, 46, 2.5. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Travel on this network with a problem's straight-line settings for the access legs, as the engine does. */
    RoadTravel travel(Problem.Travel access) {
        return ProblemTravel.roads(network, ProblemTravel.straightLine(access));
    }

    /** The road leg between a place and each of the problem's hospitals (both ways alike: no road is one-way). */
    Leg[] legsToHospitals(Problem problem, Location place) {
        return travel(problem.effectiveSettings().travel())
                .legs(List.of(ProblemTravel.point(place)),
                        ProblemTravel.points(problem.hospitals().stream().map(Problem.Hospital::location).toList()))[0];
    }

    Node node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + id));
    }
}
