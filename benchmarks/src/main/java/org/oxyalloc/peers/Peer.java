package org.oxyalloc.peers;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;

/** An exact solver of the same model, through OR-Tools, at its best settings. */
public enum Peer {

    /**
     * 8 workers: CP-SAT's portfolio is far stronger with them than with the 2 it picks on a 2-core machine. Started from
     * the flow relaxation's plan as a hint.
     */
    CP_SAT("CP_SAT", "num_workers:8", true),
    /** Zero gap: OR-Tools' default stops SCIP at a relative gap of 1e-4, which hides whole tons of shortage. */
    SCIP("SCIP", "limits/gap = 0\nlimits/absgap = 0\n", false);

    private final String backend;
    private final String parameters;
    private final boolean hinted;

    Peer(String backend, String parameters, boolean hinted) {
        this.backend = backend;
        this.parameters = parameters;
        this.hinted = hinted;
    }

    /** Whether it starts from the warm-start plan. */
    boolean hinted() {
        return hinted;
    }

    MPSolver newSolver() {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver(backend);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + backend + " backend on this platform");
        }
        if (!solver.setSolverSpecificParametersAsString(parameters)) {
            throw new IllegalStateException(backend + " rejected the parameters " + parameters);
        }
        return solver;
    }

    MPSolverParameters parameters() {
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        return parameters;
    }

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
