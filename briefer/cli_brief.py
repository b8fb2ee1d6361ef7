"""The command line's brief writing (export and draft): the template decision and the
checks made before any long work, then the export with its warnings.

Split from `briefer.cli` (which prints); nothing here prints, and nothing imports Qt or spaCy.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from briefer.core.errors import BrieferError
from briefer.core.settings import Settings


def apply_settings_front_matter(project, settings: Settings) -> None:
    """A drafted brief names the author and organisation of the settings, unless it has its own."""
    from briefer.core.brief import load_front_matter, set_front_matter

    front = load_front_matter(project)
    defaults = {"author": settings.author, "organisation": settings.organisation}
    missing = {k: v for k, v in defaults.items() if v and not getattr(front, k)}
    if missing:
        set_front_matter(project, **missing)


def chosen_template(project, args: argparse.Namespace, settings: Settings) -> str | None:
    """--template overrides ('' for Briefer's default); else the brief's own template, else
    the settings'. A draft fits its length to the same template the export writes on.

    Called before any long work: a template file that has gone is one line then, not a
    failure after minutes of analysis.
    """
    from briefer.core.brief import docx_template, missing_template, template_for_export
    from briefer.export.docx import check_template

    if args.template is not None:
        if not args.template.strip():
            return None
        check_template(args.template)
        return args.template
    missing = missing_template(project, settings.brief_template)
    if missing:
        whose = "the brief's" if docx_template(project) else "the settings'"
        raise BrieferError(f"{whose} Word template {missing} is missing: give another with "
                           "--template T.docx, or --template '' for Briefer's default styles")
    chosen = template_for_export(project, settings.brief_template)
    if chosen:
        check_template(chosen)
    return chosen


def export_checked(project, args: argparse.Namespace, template: str | None) -> list[str]:
    """Check the brief against the review, then write it (one path for draft and export).

    Rejected items stop the export unless `--drop-rejected`; unreviewed items and
    sources lacking outlet or date are returned, one warning line each.
    """
    from briefer.core.brief_checks import drop_rejected, export_problems
    from briefer.export.docx import export_brief

    problems = export_problems(project)
    if problems.rejected:
        if not args.drop_rejected:
            raise BrieferError(
                f"{len(problems.rejected)} item(s) in the brief quote what review rejected; "
                "remove them, or export with --drop-rejected")
        drop_rejected(project)
    export_brief(project, args.output, template=template,
                 allow_mismatches=args.allow_mismatches)
    return list(problems.warnings())


def check_output(args: argparse.Namespace, inputs: list) -> None:
    """The brief may never be written over one of the files it is drafted from, and a
    place it cannot be written to is told before the analysis, not after it."""
    from briefer.export.docx import check_target

    # realpath, not resolve(): a symbolic link loop is a path like any other here, not a crash.
    target = os.path.realpath(Path(args.output).expanduser())
    for source in inputs:
        if isinstance(source, Path) and os.path.realpath(source.expanduser()) == target:
            raise BrieferError(f"{args.output}: the output is one of the inputs; "
                             "choose another file name")
    check_target(Path(args.output).expanduser())
