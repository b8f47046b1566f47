/**
 * Problem instances: {@code DatasetBuilder} builds the real-day datasets and their README from the source CSVs in
 * datasets/sources (read with Jackson CSV in {@code Csv}), {@code SyntheticGenerator} and
 * {@code SyntheticRoadNetwork} make seeded instances, and {@code OsmRoads} converts OpenStreetMap extracts to road
 * networks. May depend on the solver module ({@code problem}, {@code travel}, {@code solver}), nothing else.
 */
package org.oxyalloc.datasets;
