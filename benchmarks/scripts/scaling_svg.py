#!/usr/bin/env python3
"""Draws the gap-analysis scaling curve as an SVG (log-log axes) from a TSV of measurements.

Input: lines "systems<TAB>series<TAB>milliseconds" (a '#' starts a comment). Each series is one line on the chart;
a dashed line shows linear growth through each series' point at 1,000 systems. Python 3 standard library only.
usage: scaling_svg.py measurements.tsv out.svg
"""
import math
import sys

W, H, LEFT, RIGHT, TOP, BOTTOM = 720, 440, 70, 170, 30, 50
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"]


def read(path):
    series = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            n, name, ms = line.split("\t")
            series.setdefault(name, []).append((int(n), float(ms)))
    return {k: sorted(v) for k, v in series.items()}


def main(src, out):
    series = read(src)
    xs = [n for pts in series.values() for n, _ in pts]
    ys = [ms for pts in series.values() for _, ms in pts]
    x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))

    def px(n):
        return LEFT + (math.log10(n) - x0) / (x1 - x0) * (W - LEFT - RIGHT)

    def py(ms):
        return H - BOTTOM - (math.log10(ms) - y0) / (y1 - y0) * (H - TOP - BOTTOM)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
             f'<rect width="{W}" height="{H}" fill="white"/>']
    for e in range(x0, x1 + 1):
        x = px(10 ** e)
        parts.append(f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{H - BOTTOM}" stroke="#ddd"/>')
        parts.append(f'<text x="{x:.1f}" y="{H - BOTTOM + 16}" text-anchor="middle">{10 ** e:,}</text>')
    for e in range(y0, y1 + 1):
        y = py(10 ** e)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{W - RIGHT}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{10 ** e:,} ms</text>')
    parts.append(f'<text x="{(LEFT + W - RIGHT) / 2}" y="{H - 12}" text-anchor="middle">AI systems in the profile (log)</text>')
    parts.append(f'<text x="14" y="{TOP - 10}">gap analysis, median ms (log)</text>')
    for i, (name, pts) in enumerate(series.items()):
        c = COLOURS[i % len(COLOURS)]
        path = " ".join(f"{'M' if j == 0 else 'L'}{px(n):.1f},{py(ms):.1f}" for j, (n, ms) in enumerate(pts))
        parts.append(f'<path d="{path}" fill="none" stroke="{c}" stroke-width="2"/>')
        for n, ms in pts:
            parts.append(f'<circle cx="{px(n):.1f}" cy="{py(ms):.1f}" r="3" fill="{c}"/>')
        ref = dict(pts).get(1000)
        lo, hi = 1000, max(n for n, _ in pts)
        if ref and hi > lo:
            parts.append(f'<line x1="{px(lo):.1f}" y1="{py(ref):.1f}" x2="{px(hi):.1f}" y2="{py(ref * hi / lo):.1f}" '
                         f'stroke="{c}" stroke-dasharray="4 3"/>')
        y = TOP + 20 + 34 * i
        parts.append(f'<line x1="{W - RIGHT + 12}" y1="{y}" x2="{W - RIGHT + 32}" y2="{y}" stroke="{c}" stroke-width="2"/>')
        parts.append(f'<text x="{W - RIGHT + 38}" y="{y + 4}">{name}</text>')
        parts.append(f'<text x="{W - RIGHT + 38}" y="{y + 18}" fill="#666">dashed: linear from 1,000</text>')
    parts.append("</svg>")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
