package org.oxyalloc.datasets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Matches hospital names that different sources spell differently ("RSUD Koja" and "RS Umum Daerah Koja",
 * "RS Immanuel" and "RS Umum Imanuel"). A name becomes a set of tokens: abbreviations are expanded, generic words
 * dropped, doubled letters collapsed. Two names match exactly when their token sets are equal, loosely when one set
 * contains the other (at least two tokens) and both or neither are mother-and-child hospitals; either way only when
 * the match is unique in both directions.
 */
final class NameMatcher {

    /** A target's matched source and whether the match was exact. */
    record Match<S>(S source, boolean exact) {
    }

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("rsud", "daerah"), Map.entry("rsu", ""), Map.entry("rsia", "ibu anak"), Map.entry("rsk", ""),
            Map.entry("rsup", "pusat"), Map.entry("rsupn", "pusat nasional"), Map.entry("rsj", "jiwa"),
            Map.entry("rsb", "bersalin"), Map.entry("rsgm", "gigi mulut"), Map.entry("rsab", "anak bunda"),
            Map.entry("rskd", "daerah"), Map.entry("rsko", "ketergantungan obat"), Map.entry("rspi", "penyakit infeksi"),
            Map.entry("tk", "tingkat"), Map.entry("kab", "kabupaten"));

    private static final Set<String> GENERIC = Set.of("rs", "rumah", "sakit", "umum", "dan", "khusus", "dr", "drs", "h", "hj", "prof");

    private NameMatcher() {
    }

    static Set<String> tokens(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        Set<String> tokens = new TreeSet<>();
        for (String word : plain.split(" ")) {
            for (String token : ABBREVIATIONS.getOrDefault(word, word).split(" ")) {
                if (!token.isEmpty() && !GENERIC.contains(token)) {
                    tokens.add(token.replaceAll("(.)\\1+", "$1"));
                }
            }
        }
        return tokens;
    }

    /**
     * Matches each target to at most one source among those {@code compatible} with it (e.g. in the same province).
     * Exact matches are made first; loose matches only among what is left. The result keeps the targets' order.
     */
    static <T, S> Map<T, Match<S>> match(List<T> targets, Function<T, String> targetName,
                                         List<S> sources, Function<S, String> sourceName, BiPredicate<T, S> compatible) {
        List<Set<String>> targetTokens = targets.stream().map(t -> tokens(targetName.apply(t))).toList();
        List<Set<String>> sourceTokens = sources.stream().map(s -> tokens(sourceName.apply(s))).toList();
        Match<?>[] byTarget = new Match<?>[targets.size()];
        boolean[] sourceTaken = new boolean[sources.size()];
        for (boolean exact : new boolean[] {true, false}) {
            // Candidates are computed for the whole pass before any match is made, so the order of rows does not matter.
            List<List<Integer>> candidates = new ArrayList<>();
            int[] claims = new int[sources.size()];
            for (int t = 0; t < targets.size(); t++) {
                List<Integer> own = new ArrayList<>();
                for (int s = 0; s < sources.size(); s++) {
                    if (byTarget[t] == null && !sourceTaken[s] && similar(targetTokens.get(t), sourceTokens.get(s), exact)
                            && compatible.test(targets.get(t), sources.get(s))) {
                        own.add(s);
                        claims[s]++;
                    }
                }
                candidates.add(own);
            }
            for (int t = 0; t < targets.size(); t++) {
                List<Integer> own = candidates.get(t);
                if (own.size() == 1 && claims[own.get(0)] == 1) {
                    byTarget[t] = new Match<>(sources.get(own.get(0)), exact);
                    sourceTaken[own.get(0)] = true;
                }
            }
        }
        Map<T, Match<S>> matches = new LinkedHashMap<>();
        for (int t = 0; t < targets.size(); t++) {
            if (byTarget[t] != null) {
                @SuppressWarnings("unchecked")
                Match<S> match = (Match<S>) byTarget[t];
                matches.put(targets.get(t), match);
            }
        }
        return matches;
    }

    private static boolean similar(Set<String> a, Set<String> b, boolean exact) {
        if (exact) {
            return !a.isEmpty() && a.equals(b);
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        return smaller.size() >= 2 && larger.containsAll(smaller) && a.contains("ibu") == b.contains("ibu");
    }
}
