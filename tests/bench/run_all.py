"""Run every Briefer benchmark and print one table: figure, value, target, pass/fail.

Usage: .venv/bin/python tests/bench/run_all.py [--quick] [--only NAME ...]

Each benchmark is a script in this folder with a `main(argv)`; ours return
their figures (`_report.Figure`). A benchmark that only prints (and returns
None) has its output shown as is and one "see output" row in the table; one
that fails gets a FAIL row with its error, and the others still run.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import inspect
import io
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _report import Figure, table  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# (name, arguments for a full run, arguments for --quick)
BENCHMARKS = (
    ("bench_startup", [], ["--runs", "2"]),
    ("bench_ui", [], ["--articles", "20"]),
    ("bench_analysis", [], ["--articles", "32", "--repeat", "1"]),
    ("bench_scale", [], ["--articles", "100"]),
    ("bench_export", [], []),
    ("bench_ingest", [], ["--runs", "1"]),
    ("bench_views", [], ["--articles", "100"]),
    ("bench_reader", [], ["--runs", "1"]),
    ("bench_dossier", [], ["--articles", "200"]),
)


class _Tee(io.TextIOBase):
    """Write to the terminal and keep a copy."""

    def __init__(self, stream):
        self.stream = stream
        self.copy = io.StringIO()

    def write(self, text: str) -> int:
        self.stream.write(text)
        self.stream.flush()
        return self.copy.write(text)


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def run(name: str, args: list[str]) -> list[Figure]:
    path = HERE / f"{name}.py"
    if not path.exists():
        return [Figure(f"{name}", float("nan"), note="not written yet: skipped")]
    print(f"\n##### {name} {' '.join(args)}".rstrip(), flush=True)
    tee = _Tee(sys.stdout)
    saved_argv = sys.argv
    sys.argv = [str(path), *args]
    try:
        with contextlib.redirect_stdout(tee):
            module = _load(name)
            takes_argv = bool(inspect.signature(module.main).parameters)
            returned = module.main(args) if takes_argv else module.main()
    except (Exception, SystemExit) as exc:
        traceback.print_exc()
        return [Figure(name, float("nan"), note=f"error: {exc!r}"[:120], broken=True)]
    finally:
        sys.argv = saved_argv
    if isinstance(returned, list) and returned and all(
            isinstance(f, Figure) for f in returned):
        return returned
    return [Figure(name, float("nan"), note="printed its own figures: see its output above")]


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="smaller workloads (a smoke test, not the figures to report)")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="run only these benchmarks, e.g. bench_scale")
    args = parser.parse_args(argv)
    figures: list[Figure] = []
    for name, full, quick in BENCHMARKS:
        if args.only and name not in args.only:
            continue
        figures += run(name, quick if args.quick else full)
    print("\n===== Briefer benchmarks" + (" (quick)" if args.quick else "") + " =====")
    print(table(figures))
    failed = [f.name for f in figures if f.passed is False]
    print(f"\n{len(figures)} figures, {len(failed)} short of target"
          + (f": {', '.join(failed)}" if failed else ""))
    return figures


if __name__ == "__main__":
    main()
