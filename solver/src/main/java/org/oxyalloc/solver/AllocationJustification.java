package org.oxyalloc.solver;

import java.util.Arrays;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.Supplier;

/**
 * Why a constraint matched, in words a task force can read out, with the ids it concerns so that a hospital's
 * own matches can be picked out of the score analysis. The words are a sentence of the plan's phrase bundle
 * ({@code org/oxyalloc/plan/phrases*.properties}) and its arguments, so that the plan can say them in each language.
 *
 * @param hospitalId null when the match is about a supplier or post as a whole
 * @param supplierId null when no supplier is concerned
 * @param postId null when no collection post is concerned
 * @param quantity the amount that the match weighs, in {@code unit}
 * @param unit t, cylinders, h, km or suppliers
 * @param sentence the key of the sentence, match.* in the bundle
 * @param args the sentence's arguments: names and numbers
 */
public record AllocationJustification(String hospitalId, String supplierId, String postId, double quantity, String unit,
        String sentence, List<Object> args) implements ConstraintJustification {

    static AllocationJustification of(Hospital hospital, Supplier supplier, CollectionPost post, double quantity,
            String unit, String sentence, Object... args) {
        return new AllocationJustification(hospital == null ? null : hospital.getId(),
                supplier == null ? null : supplier.getId(), post == null ? null : post.getId(), quantity, unit,
                sentence, Arrays.asList(args));
    }

    static double tons(long kg) {
        return Oxygen.kgToTons(kg);
    }
}
