package org.oxyalloc.peers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.oxyalloc.domain.Hospital;

/**
 * Lots (or refill batches) of one hospital with the same size. No rule tells them apart, so the model counts how many
 * of them each supplier (or route) takes instead of deciding lot by lot: the same plans, without the symmetry.
 */
record LotGroup<E>(long size, List<E> members) {

    /** Each hospital's groups, in the order of the lots. */
    static <E> Map<Hospital, List<LotGroup<E>>> byHospital(List<E> lots, Function<E, Hospital> hospital,
            ToLongFunction<E> size) {
        Map<Hospital, Map<Long, List<E>>> members = new LinkedHashMap<>();
        for (E lot : lots) {
            members.computeIfAbsent(hospital.apply(lot), h -> new LinkedHashMap<>())
                    .computeIfAbsent(size.applyAsLong(lot), s -> new ArrayList<>()).add(lot);
        }
        Map<Hospital, List<LotGroup<E>>> groups = new LinkedHashMap<>();
        members.forEach((h, bySize) -> groups.put(h,
                bySize.entrySet().stream().map(e -> new LotGroup<>(e.getKey(), e.getValue())).toList()));
        return groups;
    }

    /** Every shortage a hospital can have: the sums of every subset of its lots. */
    static TreeSet<Long> reachableShortages(List<? extends LotGroup<?>> groups) {
        TreeSet<Long> sums = new TreeSet<>(List.of(0L));
        for (LotGroup<?> group : groups) {
            TreeSet<Long> before = new TreeSet<>(sums);
            for (long count = 1; count <= group.members().size(); count++) {
                for (long sum : before) {
                    sums.add(sum + count * group.size());
                }
            }
        }
        return sums;
    }
}
