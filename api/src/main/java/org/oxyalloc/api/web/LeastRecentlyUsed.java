package org.oxyalloc.api.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps its most recently used entries, at most a given number, safe to share between threads. */
public final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {
    }

    /** @param most how many entries it keeps; the least recently used goes first */
    public static <K, V> Map<K, V> map(int most) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > most;
            }
        });
    }
}
