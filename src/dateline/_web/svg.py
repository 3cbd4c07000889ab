"""Charts drawn on the server as inline SVG (no JavaScript, no external assets).

Every label is escaped: actor names and place names come from articles, and articles are hostile.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from markupsafe import Markup, escape

QUAD_COLOURS = {1: "#6aa9d8", 2: "#1f5f99", 3: "#f0a35e", 4: "#c0392b"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _f(x: float) -> str:
    return f"{x:.1f}"


def _empty(width: int, height: int, message: str) -> Markup:
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
                  f'xmlns="http://www.w3.org/2000/svg"><text x="{width / 2}" y="{height / 2}" '
                  f'text-anchor="middle" class="muted">{escape(message)}</text></svg>')


def _legend(x: float, y: float) -> str:
    out = []
    for i, q in enumerate((1, 2, 3, 4)):
        xx = x + i * 150
        out.append(f'<rect x="{_f(xx)}" y="{_f(y - 9)}" width="10" height="10" fill="{QUAD_COLOURS[q]}"/>'
                   f'<text x="{_f(xx + 14)}" y="{_f(y)}" class="small">{q} {QUAD_NAMES[q]}</text>')
    return "".join(out)


def quad_bars(series: Iterable[dict[str, Any]], *, title: str = "", intensity: bool = False,
              width: int = 760, height: int = 260) -> Markup:
    """Events per period stacked by quad class; with ``intensity``, the mean intensity as a line (-10..10).

    ``series`` rows: ``period`` (ISO date string), ``quad_class``, ``events`` and, for the line,
    ``mentions`` and ``mean_intensity``.
    """
    rows = list(series)
    if not rows:
        return _empty(width, height, "no dated events")
    counts: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in rows:
        p, q = str(r["period"]), int(r["quad_class"] or 0)
        counts[p][q] += int(r["events"])
        if r.get("mean_intensity") is not None:
            m = float(r.get("mentions") or r["events"])
            weights[p][0] += float(r["mean_intensity"]) * m
            weights[p][1] += m
    periods = sorted(counts)
    left, right, top, bottom = 44, 44 if intensity else 12, 28, 52
    pw, ph = width - left - right, height - top - bottom
    ymax = max(sum(c.values()) for c in counts.values())
    step = pw / len(periods)
    bw = max(min(step * 0.8, 60), 1.5)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i in range(5):  # y grid
        v = ymax * i / 4
        y = top + ph - ph * i / 4
        parts.append(f'<line x1="{left}" x2="{left + pw}" y1="{_f(y)}" y2="{_f(y)}" class="grid"/>'
                     f'<text x="{left - 4}" y="{_f(y + 4)}" text-anchor="end" class="small">'
                     f'{v:.0f}</text>' if (i == 0 or ymax >= 4 or v == int(v)) else "")
    label_every = max(1, math.ceil(len(periods) / 12))
    for i, p in enumerate(periods):
        x = left + i * step + (step - bw) / 2
        y = top + ph
        for q in sorted(counts[p]):
            n = counts[p][q]
            h = ph * n / ymax
            y -= h
            parts.append(f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(bw)}" height="{_f(h)}" '
                         f'fill="{QUAD_COLOURS.get(q, "#999")}"><title>{escape(p)}: {n} '
                         f'{escape(QUAD_NAMES.get(q, "?"))}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{_f(x + bw / 2)}" y="{top + ph + 14}" text-anchor="middle" class="small">'
                         f'{escape(p[:7])}</text>')
    if intensity:
        pts = []
        for i, p in enumerate(periods):
            s, m = weights[p]
            if m:
                v = s / m
                pts.append((left + i * step + step / 2, top + ph / 2 - (ph / 2) * v / 10, v, p))
        if pts:
            parts.append('<polyline class="line" fill="none" points="'
                         + " ".join(f"{_f(x)},{_f(y)}" for x, y, _, _ in pts) + '"/>')
            parts += [f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3" class="dot"><title>{escape(p)}: mean intensity '
                      f'{v:.1f}</title></circle>' for x, y, v, p in pts]
        for v in (-10, 0, 10):
            y = top + ph / 2 - (ph / 2) * v / 10
            parts.append(f'<text x="{left + pw + 4}" y="{_f(y + 4)}" class="small">{v:+d}</text>')
        parts.append(f'<text x="{width - 4}" y="{top - 10}" text-anchor="end" class="small">mean intensity</text>')
    parts.append(f'<text x="{left}" y="{top - 10}" class="small">events</text>')
    parts.append(_legend(left, height - 8))
    parts.append("</svg>")
    return Markup("".join(parts))


def network(edges: list[dict[str, Any]], *, link: Callable[[str], str] | None = None, width: int = 760,
            height: int = 760) -> Markup:
    """Actors on a circle; a line per edge, width by events, colour by mean intensity, arrows when directed."""
    if not edges:
        return _empty(width, 200, "no interactions match")
    nodes: list[str] = []
    labels: dict[str, str] = {}
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        for k, lab in ((e["source"], e["source_label"]), (e["target"], e["target_label"])):
            if k not in labels:
                nodes.append(k)
                labels[k] = str(lab or k)
            degree[k] += int(e["events"])
    nodes.sort(key=lambda k: (-degree[k], labels[k]))
    cx, cy, r = width / 2, height / 2, min(width, height) / 2 - 120
    pos = {k: (cx + r * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
               cy + r * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2)) for i, k in enumerate(nodes)}
    wmax = max(int(e["events"]) for e in edges)
    parts = [f'<svg class="chart network" viewBox="0 0 {width} {height}" width="100%" role="img" '
             'xmlns="http://www.w3.org/2000/svg"><defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" '
             'markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
             'fill="#555"/></marker></defs>']
    for e in edges:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        v = max(-10.0, min(10.0, float(e.get("mean_intensity") or 0)))
        colour = _diverging(v)
        w = 0.8 + 5 * int(e["events"]) / wmax
        marker = ' marker-end="url(#arrow)"' if e.get("directed") else ""
        parts.append(f'<line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke="{colour}" '
                     f'stroke-width="{_f(w)}" stroke-opacity="0.8"{marker}><title>{escape(labels[e["source"]])} '
                     f'{"→" if e.get("directed") else "↔"} {escape(labels[e["target"]])}: {int(e["events"])} events, '
                     f'mean intensity {v:.1f}</title></line>')
    for k in nodes:
        x, y = pos[k]
        ang = math.atan2(y - cy, x - cx)
        tx, ty = cx + (r + 12) * math.cos(ang), cy + (r + 12) * math.sin(ang)
        anchor = "start" if math.cos(ang) > 0.1 else ("end" if math.cos(ang) < -0.1 else "middle")
        label = escape(labels[k] if len(labels[k]) <= 28 else labels[k][:27] + "…")
        text = f'<text x="{_f(tx)}" y="{_f(ty + 4)}" text-anchor="{anchor}" class="small">{label}</text>'
        if link is not None:
            text = f'<a href="{escape(link(k))}">{text}</a>'
        parts.append(f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(3 + min(degree[k], 30) ** 0.5 * 1.5)}" '
                     f'class="node"><title>{escape(labels[k])}: {degree[k]} events</title></circle>{text}')
    parts.append("</svg>")
    return Markup("".join(parts))


def _diverging(v: float) -> str:
    """Red (-10) through grey (0) to blue (+10)."""
    t = (v + 10) / 20
    lo, mid, hi = (192, 57, 43), (150, 150, 150), (31, 95, 153)
    a, b, u = (lo, mid, t * 2) if t < 0.5 else (mid, hi, (t - 0.5) * 2)
    rgb = tuple(round(a[i] + (b[i] - a[i]) * u) for i in range(3))
    return "#%02x%02x%02x" % rgb


def places(points: list[dict[str, Any]], *, link: Callable[[dict[str, Any]], str] | None = None,
           width: int = 760, height: int = 420) -> Markup:
    """Event locations on a longitude/latitude plot (equirectangular, graticule, no base map).

    The view fits the points (with a margin, at least 20 degrees wide); circle area by mentions,
    colour by the quad class with most mentions there.
    """
    if not points:
        return _empty(width, 200, "no events with coordinates match")
    lats = [float(p["lat"]) for p in points]
    lons = [float(p["lon"]) for p in points]
    lon0, lon1 = min(lons), max(lons)
    lat0, lat1 = min(lats), max(lats)
    span = max(lon1 - lon0, (lat1 - lat0) * (width / height), 20.0) * 1.15
    mlon, mlat = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    lon0, lon1 = mlon - span / 2, mlon + span / 2
    hspan = span * height / width
    lat0, lat1 = mlat - hspan / 2, mlat + hspan / 2

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon - lon0) / (lon1 - lon0) * width, (lat1 - lat) / (lat1 - lat0) * height

    parts = [f'<svg class="chart places" viewBox="0 0 {width} {height}" width="100%" role="img" '
             'xmlns="http://www.w3.org/2000/svg"><rect width="100%" height="100%" class="sea"/>']
    grid = next(g for g in (1, 2, 5, 10, 15, 30, 45) if span / g <= 12)
    g = math.floor(lon0 / grid) * grid
    while g <= lon1:
        x, _ = xy(0, g)
        parts.append(f'<line x1="{_f(x)}" x2="{_f(x)}" y1="0" y2="{height}" class="grid"/>'
                     f'<text x="{_f(x + 2)}" y="{height - 4}" class="small">{g:g}°</text>')
        g += grid
    g = math.floor(lat0 / grid) * grid
    while g <= lat1:
        _, y = xy(g, 0)
        parts.append(f'<line x1="0" x2="{width}" y1="{_f(y)}" y2="{_f(y)}" class="grid"/>'
                     f'<text x="2" y="{_f(y - 2)}" class="small">{g:g}°</text>')
        g += grid
    mmax = max(int(p["mentions"]) for p in points)
    for p in sorted(points, key=lambda p: -int(p["mentions"])):
        x, y = xy(float(p["lat"]), float(p["lon"]))
        q = max((1, 2, 3, 4), key=lambda k: int(p.get(f"q{k}") or 0))
        rad = 3 + 12 * math.sqrt(int(p["mentions"]) / mmax)
        tip = (f'{p.get("name") or "?"} ({p.get("country") or "-"}): {p["mentions"]} mentions, {p["events"]} events; '
               f'lat {float(p["lat"]):.2f}, lon {float(p["lon"]):.2f}')
        dot = (f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(rad)}" fill="{QUAD_COLOURS[q]}" fill-opacity="0.7" '
               f'stroke="#333" stroke-width="0.5"><title>{escape(tip)}</title></circle>')
        if link is not None:
            dot = f'<a href="{escape(link(p))}">{dot}</a>'
        parts.append(dot)
    for p in sorted(points, key=lambda p: -int(p["mentions"]))[:12]:
        x, y = xy(float(p["lat"]), float(p["lon"]))
        parts.append(f'<text x="{_f(x + 6)}" y="{_f(y - 6)}" class="small label">{escape(p.get("name") or "")}</text>')
    parts.append(_legend(8, 16))
    parts.append("</svg>")
    return Markup("".join(parts))


__all__ = ["QUAD_COLOURS", "QUAD_NAMES", "network", "places", "quad_bars"]
