/**
 * The {@code oxyalloc} command line (picocli): solve, validate, constraints, schema, datasets, generate,
 * network from-osm and benchmark. Commands parse and check arguments, call the engine, the datasets or the
 * benchmarks, and print. May depend on the solver, datasets and benchmarks modules.
 */
package org.oxyalloc.cli;
