package org.oxyalloc.datasets;

import static org.oxyalloc.datasets.SundaStraitNetwork.CHOSEN_KM;
import static org.oxyalloc.datasets.SundaStraitNetwork.DETOUR;
import static org.oxyalloc.datasets.SundaStraitNetwork.FERRY_HOURS;
import static org.oxyalloc.datasets.SundaStraitNetwork.FERRY_WAIT_HOURS;
import static org.oxyalloc.datasets.SundaStraitNetwork.FILE;
import static org.oxyalloc.datasets.SundaStraitNetwork.LINKS;
import static org.oxyalloc.datasets.SundaStraitNetwork.NODE_OF_CSV_NAME;
import static org.oxyalloc.datasets.SundaStraitNetwork.SKIPPED_ROWS;
import static org.oxyalloc.datasets.SundaStraitNetwork.plain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.oxyalloc.datasets.SundaStraitNetwork.Node;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.RoadEdge;
import org.oxyalloc.problem.Problem.Settings;
import org.oxyalloc.solver.ProblemTravel;
import org.oxyalloc.travel.RoadTravel;

/** The road network's section of datasets/README.md: what each edge and node rests on, the ferry, snapping and doubts. */
final class NetworkReadme {

    /** The datasets' travel settings, which give the access legs to the network. */
    private static final Problem.Travel ACCESS = Settings.DEFAULTS.travel();
    /** Estimated links longer than this are named as doubtful. */
    private static final double LONG_LINK_KM = 80;

    private NetworkReadme() {
    }

    static String markdown(SundaStraitNetwork network, List<Dataset> datasets) {
        List<RoadEdge> edges = network.network().edges();
        long published = edges.stream().filter(SundaStraitNetwork::isPublished).count();
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, """
                ## Road network: %s

                One network for the four datasets, which refer to it as `"roadNetwork": {"file": "%s"}`: %d nodes, %d edges
                (%d with a published length, %d estimated). The engine snaps every place to its nearest node, reaches it in a
                straight line (the datasets' travel settings: haversine x %s at %s km/h) and takes the fastest route; an edge
                without a time runs at the engine's truck speed for its kind (toll 60 km/h, arterial 40 km/h).

                - **Published lengths** ("published" in the edge's name): every row of `%s` with its km, the mode giving the
                  kind (toll ... -> toll, arterial ... -> arterial). The two Terbanggi Besar rows are kilometre posts of one
                  section (Menggala exit KM 43, Kayu Agung KM 188), chained post to post: 43 km, then 145 km.
                """, FILE, FILE, network.nodes().size(), edges.size(), published, edges.size() - published, DETOUR,
                plain(ACCESS.averageSpeedKmh()), RoadSkeletonRow.FILE));
        CHOSEN_KM.forEach((row, chosen) -> md.append(String.format(Locale.ROOT, "  - \"%s\" gives a range (%s): %s km, %s.\n",
                row, chosen.range(), plain(chosen.km()), chosen.why())));
        SKIPPED_ROWS.forEach((row, why) -> md.append("  - not used: \"").append(row).append("\", ").append(why).append(".\n"));
        md.append(String.format(Locale.ROOT, """
                - **Ferry** Merak - Bakauheni: 30.6 km (published), crossing %s h (the middle of the published 2-3 h for the
                  regular crossing; the executive service's ~1-1.5 h is not assumed for tankers), waitHours %s (**invented**: no
                  source gives the trucks' queue in July 2021; it stands for a few sailings missed and should be set from the
                  ports' daily reports). A truck between Java and Lampung spends %s h at the strait.
                - **Estimated links** ("estimated" in the name), each haversine x %s between its two nodes, rounded to 0.1 km:
                  every kab/kota capital of the code table (the codes the datasets use) to its nearest trunk node (a node of the
                  CSV's rows), as an arterial road, except Kab. Kepulauan Seribu (islands, no road); and the links the CSV's roads
                  need to join up:
                """, plain(FERRY_HOURS), plain(FERRY_WAIT_HOURS), plain(FERRY_HOURS + FERRY_WAIT_HOURS), DETOUR));
        LINKS.forEach(l -> md.append("  - ").append(l.from()).append(" - ").append(l.to()).append(" (").append(l.kind().name()
                .toLowerCase(Locale.ROOT)).append("): ").append(l.why()).append(".\n"));
        md.append(coordinateCheck(network));
        md.append("\n| from | to | km | kind | basis |\n|---|---|---|---|---|\n");
        for (RoadEdge e : edges) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s%s |\n", e.from(), e.to(), plain(e.km()),
                    e.kind().name().toLowerCase(Locale.ROOT), e.name(),
                    e.waitHours() == null ? "" : " (hours " + plain(e.hours()) + ", waitHours " + plain(e.waitHours()) + ")"));
        }
        md.append("\nNodes: the CSV gives no coordinates; toll gates, ports and towns are **estimated** from general geography, "
                + "to about 1-2 km.\n\n| node | name | lat | lon | coordinates |\n|---|---|---|---|---|\n");
        for (Node n : network.nodes()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.6f | %.6f | %s |\n", n.id(), n.name(), n.location().lat(),
                    n.location().lon(), n.basis()));
        }
        md.append("\nThe CSV's names for the nodes (one place is spelt several ways):\n\n| name in the CSV | node |\n|---|---|\n");
        NODE_OF_CSV_NAME.forEach((name, id) -> md.append("| ").append(name).append(" | ").append(id).append(" |\n"));
        md.append("\n").append(snapping(network, datasets)).append('\n').append(doubts(network)).append('\n');
        return md.toString();
    }

    /** How far the estimated coordinates are from agreeing with the published lengths. */
    private static String coordinateCheck(SundaStraitNetwork network) {
        RoadEdge worst = null;
        double worstShortfall = Double.NEGATIVE_INFINITY;
        for (RoadEdge e : network.network().edges()) {
            double shortfall = ProblemTravel.km(network.node(e.from()).location(), network.node(e.to()).location())
                    - e.km();
            if (SundaStraitNetwork.isPublished(e) && shortfall > worstShortfall) {
                worst = e;
                worstShortfall = shortfall;
            }
        }
        return String.format(Locale.ROOT, "- Check of the estimated coordinates: no published length is shorter than the straight "
                + "line between its ends by more than %.1f km (%s - %s, %s km against %.1f km).\n", Math.max(0, worstShortfall),
                worst.from(), worst.to(), plain(worst.km()), worst.km() + worstShortfall);
    }

    /** What to check first when real road data comes. */
    private static String doubts(SundaStraitNetwork network) {
        String longLinks = network.network().edges().stream()
                .filter(e -> !SundaStraitNetwork.isPublished(e) && e.km() > LONG_LINK_KM)
                .map(e -> e.from() + " - " + e.to() + " " + plain(e.km()) + " km").collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, """
                Doubts in the road data:

                - Jagorawi has no exit between Cawang and Ciawi in the CSV: Cibinong, where Kab. Bogor's hospitals stand in,
                  joins at Ciawi, its nearest trunk node, so its trips to Jakarta go round by Ciawi and take longer than by
                  the Cibinong/Citeureup exits. The exits' kilometre posts would fix it.
                - Estimated links over %.0f km (%s) are straight-line stand-ins across west and north
                  Lampung, where roads wind round hills and rivers: haversine x %s is likely short there.
                - Jakarta has only its five city capitals, Tomang and Cawang: trips inside the city are rough.
                - The capitals file puts Ciruas (Kab. Serang) at the point of Kota Serang; both capitals keep their own node.
                """, LONG_LINK_KM, longLinks, DETOUR);
    }

    /** Each dataset's place farthest from its nearest node: the longest straight-line access leg. */
    private static String snapping(SundaStraitNetwork network, List<Dataset> datasets) {
        RoadTravel travel = network.travel(ACCESS);
        StringBuilder md = new StringBuilder("Snapping: the place of each dataset farthest from its nearest node, reached by "
                + "the straight-line access leg."
                + "\n\n| dataset | place | nearest node | km |\n|---|---|---|---|\n");
        for (Dataset d : datasets) {
            Map<String, Location> places = new LinkedHashMap<>();
            d.problem().suppliers().forEach(s -> places.put(s.name(), s.location()));
            d.problem().effectiveCollectionPosts().forEach(p -> places.put(p.name(), p.location()));
            d.problem().hospitals().forEach(h -> places.put(h.name() + " (" + h.id() + ")", h.location()));
            Map.Entry<String, Location> farthest = places.entrySet().stream()
                    .max(Comparator.comparingDouble(p -> ProblemTravel.km(p.getValue(), snap(travel, p.getValue()))))
                    .orElseThrow();
            Location snapped = snap(travel, farthest.getValue());
            String nodeId = network.nodes().stream().filter(n -> n.location().equals(snapped)).findFirst().orElseThrow().id();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f |\n", d.fileName(), farthest.getKey(), nodeId,
                    ProblemTravel.km(farthest.getValue(), snapped)));
        }
        return md.toString();
    }

    private static Location snap(RoadTravel travel, Location place) {
        return ProblemTravel.location(travel.snap(ProblemTravel.point(place)));
    }
}
