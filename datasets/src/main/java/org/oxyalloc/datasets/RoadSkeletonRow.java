package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A row of the trunk road skeleton: a road, toll section or ferry between two named places, with its length as
 * published ({@code km} is text: a few rows give a range or "~100").
 */
record RoadSkeletonRow(int line, String from, String to, String km, String mode, String basis) {

    static final String FILE = "road_skeleton_edges_published_km.csv";

    static List<RoadSkeletonRow> read(Path dir) throws IOException {
        return Csv.read(dir.resolve(FILE)).stream()
                .map(r -> new RoadSkeletonRow(r.line(), r.text("from"), r.text("to"), r.text("km"), r.text("mode"), r.text("basis")))
                .toList();
    }

    /** "from -> to", as the row names its ends. */
    String key() {
        return from + " -> " + to;
    }

    /** The km as a number, or null when it is not one (a range, "~100"). */
    Double kmNumber() {
        return km.matches("\\d+(\\.\\d+)?") ? Double.valueOf(km) : null;
    }
}
