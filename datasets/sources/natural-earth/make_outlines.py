#!/usr/bin/env python3
"""Build a small GeoJSON of Indonesia's provinces for an offline Leaflet base layer.

Standard library only.

Source: Natural Earth 1:50m Admin-1 states/provinces (public domain),
  nvkelso/natural-earth-vector geojson/ne_50m_admin_1_states_provinces.geojson

Steps:
  1. keep only features whose adm0_a3 is IDN (or admin == "Indonesia");
  2. reduce properties to {"name": ...};
  3. simplify with Douglas-Peucker.  The simplification is topology-aware:
     rings are cut into arcs at vertices where the set of neighbouring
     provinces changes, and each arc is simplified once, so a border shared
     by two provinces stays identical in both (no slivers or gaps);
  4. round coordinates, drop duplicate points and rings that collapse to
     fewer than 4 positions (and, optionally, islands smaller than
     --min-area square degrees);
  5. write compact JSON.

Usage:
  python3 make_outlines.py [--source PATH] [--out PATH]
                           [--tolerance 0.01] [--decimals 3] [--min-area 0]
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = os.path.join(HERE, "source", "ne_50m_admin_1_states_provinces.geojson")
DEFAULT_OUT = os.path.join(HERE, "indonesia-provinces.geojson")


def is_indonesia(props):
    return props.get("adm0_a3") == "IDN" or props.get("admin") == "Indonesia" \
        or props.get("iso_a2") == "ID"


def polygons_of(geom):
    if geom is None:
        return []
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return list(geom["coordinates"])
    return []


def key(pt):
    # Vertex identity; the source has 6 decimals, so this is exact.
    return (round(pt[0], 7), round(pt[1], 7))


def seg_dist2(p, a, b):
    """Squared distance from p to segment a-b (planar, in degrees)."""
    ax, ay = a
    bx, by = b
    px, py = p
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return (px - ax) ** 2 + (py - ay) ** 2
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
    t = max(0.0, min(1.0, t))
    qx, qy = ax + t * dx, ay + t * dy
    return (px - qx) ** 2 + (py - qy) ** 2


def douglas_peucker(pts, tol):
    """Iterative Douglas-Peucker on an open polyline; keeps both end points."""
    n = len(pts)
    if n <= 2:
        return list(pts)
    tol2 = tol * tol
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        if j <= i + 1:
            continue
        a, b = pts[i], pts[j]
        best, idx = -1.0, -1
        for k in range(i + 1, j):
            d = seg_dist2(pts[k], a, b)
            if d > best:
                best, idx = d, k
        if best > tol2:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(pts, keep) if k]


def ring_area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2.0


class ArcSimplifier:
    """Simplifies rings arc by arc so shared borders are simplified identically."""

    def __init__(self, rings, tol):
        self.tol = tol
        self.cache = {}
        # For every vertex, the set of rings it belongs to.
        self.owners = {}
        for rid, ring in enumerate(rings):
            for pt in ring[:-1]:
                self.owners.setdefault(key(pt), set()).add(rid)

    def is_node(self, ring, i):
        """A vertex is an arc end point where the neighbouring rings change."""
        n = len(ring) - 1  # ring is closed; ring[n] == ring[0]
        here = self.owners[key(ring[i])]
        prev = self.owners[key(ring[(i - 1) % n])]
        nxt = self.owners[key(ring[(i + 1) % n])]
        if len(here) > 2:
            return True
        return here != prev or here != nxt

    def simplify_arc(self, arc):
        k = tuple(key(p) for p in arc)
        rk = k[::-1]
        if k in self.cache:
            return self.cache[k]
        if rk in self.cache:
            return self.cache[rk][::-1]
        # Canonical direction, so both neighbours get exactly the same result.
        if rk < k:
            res = douglas_peucker(arc[::-1], self.tol)[::-1]
        else:
            res = douglas_peucker(arc, self.tol)
        self.cache[k] = res
        return res

    def simplify_ring(self, ring):
        n = len(ring) - 1
        if n < 3:
            return []
        nodes = [i for i in range(n) if self.is_node(ring, i)]
        if not nodes:
            # Ring with no arc ends (island, or a ring shared whole with one
            # neighbour): split at its smallest vertex and at the vertex farthest
            # from it, so the choice does not depend on where the ring starts.
            s = min(range(n), key=lambda i: key(ring[i]))
            f = max(range(n), key=lambda i: (ring[i][0] - ring[s][0]) ** 2
                    + (ring[i][1] - ring[s][1]) ** 2)
            nodes = sorted({s, f})
        out = []
        for a, b in zip(nodes, nodes[1:] + [nodes[0] + n]):
            arc = [ring[i % n] for i in range(a, b + 1)]
            simp = self.simplify_arc(arc)
            out.extend(simp[:-1])
        out.append(out[0])
        return out


def round_ring(ring, decimals):
    out = []
    for x, y in ring:
        p = [round(x, decimals), round(y, decimals)]
        if not out or p != out[-1]:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(list(out[0]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", default=DEFAULT_SOURCE)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--tolerance", type=float, default=0.01,
                    help="Douglas-Peucker tolerance in degrees (default 0.01)")
    ap.add_argument("--decimals", type=int, default=3,
                    help="coordinate decimals in the output (default 3)")
    ap.add_argument("--min-area", type=float, default=0.0,
                    help="drop outer rings (islands) smaller than this many square "
                         "degrees, except a feature's largest part (default 0: keep)")
    args = ap.parse_args()

    with open(args.source, encoding="utf-8") as fh:
        src = json.load(fh)

    feats = [f for f in src["features"] if is_indonesia(f.get("properties") or {})]
    if not feats:
        sys.exit("no Indonesian features found in %s" % args.source)

    # Collect all rings so shared vertices between provinces can be detected.
    all_rings = []
    layout = []  # per feature: list of polygons, each a list of ring ids
    for f in feats:
        polys = []
        for poly in polygons_of(f["geometry"]):
            ids = []
            for ring in poly:
                ring = [[float(x), float(y)] for x, y, *rest in ring]
                if ring[0] != ring[-1]:
                    ring.append(list(ring[0]))
                ids.append(len(all_rings))
                all_rings.append(ring)
            polys.append(ids)
        layout.append(polys)

    simp = ArcSimplifier(all_rings, args.tolerance)

    out_feats = []
    dropped_rings = 0
    in_pts = out_pts = 0
    for f, polys in zip(feats, layout):
        name = f["properties"].get("name") or f["properties"].get("name_en")
        new_polys = []
        for ids in polys:
            rings = []
            for j, rid in enumerate(ids):
                in_pts += len(all_rings[rid])
                r = round_ring(simp.simplify_ring(all_rings[rid]), args.decimals)
                if len(r) < 4 or ring_area(r) == 0.0:
                    dropped_rings += 1
                    if j == 0:
                        break  # outer ring gone: drop the whole polygon
                    continue
                rings.append(r)
            if rings:
                new_polys.append(rings)
        if args.min_area > 0 and len(new_polys) > 1:
            largest = max(new_polys, key=lambda p: ring_area(p[0]))
            kept = [p for p in new_polys
                    if p is largest or ring_area(p[0]) >= args.min_area]
            dropped_rings += sum(len(p) for p in new_polys) - sum(len(p) for p in kept)
            new_polys = kept
        if not new_polys:
            # Never lose a province: fall back to its largest part, rounded only.
            best = max(polys, key=lambda ids: ring_area(all_rings[ids[0]]))
            new_polys = [[round_ring(all_rings[best[0]], args.decimals)]]
        out_pts += sum(len(r) for p in new_polys for r in p)
        if len(new_polys) == 1:
            geom = {"type": "Polygon", "coordinates": new_polys[0]}
        else:
            geom = {"type": "MultiPolygon", "coordinates": new_polys}
        out_feats.append({"type": "Feature", "properties": {"name": name},
                          "geometry": geom})

    out_feats.sort(key=lambda f: f["properties"]["name"])
    fc = {"type": "FeatureCollection", "features": out_feats}
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(fc, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")

    size = os.path.getsize(args.out)
    print("features: %d  points: %d -> %d  dropped rings: %d  tolerance: %g  size: %d bytes"
          % (len(out_feats), in_pts, out_pts, dropped_rings, args.tolerance, size))


if __name__ == "__main__":
    main()
