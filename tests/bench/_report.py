"""Figures the benchmarks measure, each with its target, and the table they print."""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Figure:
    """One measured figure; `target` is a bound (`higher_is_better` says which way) or None.

    A benchmark that could not measure reports `broken=True` with the reason in `note`.
    """

    name: str
    value: float
    unit: str = ""
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""
    broken: bool = False

    @property
    def passed(self) -> bool | None:
        if self.broken:
            return False
        if self.target is None or math.isnan(self.value):
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def value_text(self) -> str:
        if math.isnan(self.value):
            return "-"
        return f"{_number(self.value)} {self.unit}".strip()

    def target_text(self) -> str:
        if self.target is None:
            return "-"
        sign = "≥" if self.higher_is_better else "≤"
        return f"{sign} {_number(self.target)} {self.unit}".strip()

    def verdict(self) -> str:
        return {True: "pass", False: "FAIL", None: "info"}[self.passed]


def _number(value: float) -> str:
    if math.isnan(value):
        return "-"
    if value == int(value):
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"


def table(figures: Iterable[Figure]) -> str:
    """A fixed-width table: figure, value, target, verdict, note."""
    rows = [("figure", "value", "target", "result", "note")]
    rows += [(f.name, f.value_text(), f.target_text(), f.verdict(), f.note) for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[i].ljust(widths[i]) if i == 0 else row[i].rjust(widths[i]) for i in range(4)]
        lines.append("  ".join([*cells, row[4]]).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def print_figures(title: str, figures: list[Figure]) -> None:
    print(f"\n== {title} ==")
    print(table(figures))


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a benchmark's child process: offscreen Qt, this checkout importable."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO), str(Path(__file__).parent), env.get("PYTHONPATH", "")) if p
    )
    return env


def process_tree_rss(root_pid: int) -> int:
    """Resident memory in bytes of a process and all its descendants, read from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read().decode("ascii", "replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * page
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


class Stopwatch:
    """`with Stopwatch() as watch: ...` then `watch.seconds`."""

    def __enter__(self) -> Stopwatch:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self._start
