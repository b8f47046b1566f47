/**
 * What no plan can beat, and where a solve starts: the allocation relaxed into min-cost flows (OR-Tools by default,
 * JGraphT for comparison), a linear program (OR-Tools GLOP) where tanker fleets bind, the resulting
 * {@code ShortageBound}, and the warm start that turns the flows into assigned lots and batches.
 * May depend on {@code domain} only.
 */
package org.oxyalloc.bound;
