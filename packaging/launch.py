"""The desktop bundle's entry point: the `briefer` command, frozen by PyInstaller.

A frozen program has no interpreter to run `python -m MODULE`, yet the window
starts its analysis process as `sys.executable -m briefer.gui.analysis_server`.
So the bundle answers `-m briefer.…` itself by running that module, and only
Briefer's own modules: it is not a general Python.
"""

import multiprocessing
import runpy
import sys

OWN_MODULES = "briefer."


def main() -> int:
    # spaCy's n_process > 1 starts worker processes: they must not re-run the app.
    multiprocessing.freeze_support()
    args = sys.argv[1:]
    if args[:1] == ["-P"]:  # "safe path": a frozen program never imports from the folder
        args = args[1:]
    if len(args) >= 2 and args[0] == "-m" and args[1].startswith(OWN_MODULES):
        module = args[1]
        sys.argv = [sys.argv[0], *args[2:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from briefer.cli import main as briefer_main

    return briefer_main()


if __name__ == "__main__":
    raise SystemExit(main())
