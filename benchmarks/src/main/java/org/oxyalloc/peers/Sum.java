package org.oxyalloc.peers;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/** A sum of variables times coefficients: kept, unlike OR-Tools' constraints, to reuse it and to evaluate it on a hint. */
final class Sum {

    private final Map<MPVariable, Double> terms = new LinkedHashMap<>();

    Sum plus(MPVariable variable, double coefficient) {
        terms.merge(variable, coefficient, Double::sum);
        return this;
    }

    Sum plus(Sum other, double factor) {
        other.terms.forEach((variable, coefficient) -> plus(variable, factor * coefficient));
        return this;
    }

    Map<MPVariable, Double> terms() {
        return terms;
    }

    double valueIn(Map<MPVariable, Double> values) {
        double value = 0;
        for (Map.Entry<MPVariable, Double> term : terms.entrySet()) {
            value += term.getValue() * values.get(term.getKey());
        }
        return value;
    }

    void atMost(MPSolver solver, double bound) {
        between(solver, Double.NEGATIVE_INFINITY, bound);
    }

    void atLeast(MPSolver solver, double bound) {
        between(solver, bound, Double.POSITIVE_INFINITY);
    }

    void equalTo(MPSolver solver, double value) {
        between(solver, value, value);
    }

    private void between(MPSolver solver, double lower, double upper) {
        MPConstraint constraint = solver.makeConstraint(lower, upper);
        terms.forEach(constraint::setCoefficient);
    }
}
