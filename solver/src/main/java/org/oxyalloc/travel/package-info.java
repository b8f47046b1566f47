/**
 * Travel times between places: the straight-line estimate (haversine times a detour factor) and travel on a road
 * network (the graph with pass-through chains contracted, JGraphT Dijkstra, snapping to the nearest node). It has its
 * own types for places and road maps ({@code GeoPoint}, {@code RoadMap}, {@code Leg}).
 * Depends on nothing else of the project.
 */
package org.oxyalloc.travel;
