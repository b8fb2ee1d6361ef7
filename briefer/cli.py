"""The `briefer` command: the GUI, or one of the commands below over the same core.

Commands import what they need inside their handler: `--help` and `export`
never load spaCy, and nothing here ever imports Qt except the GUI launch.
A user's mistake is one line on stderr and exit code 2; a bug is one line,
a hint to report it, and exit code 1. Neither shows a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefer.cli_brief import (
    apply_settings_front_matter,
    check_output,
    chosen_template,
    export_checked,
)
from briefer.core.errors import BrieferError, ProjectError
from briefer.core.settings import Settings
from briefer.terminal_progress import TerminalProgress

PROG = "briefer"
EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
REPORT_HINT = "this is a bug in Briefer; please report it, with the command you ran"


class UsageError(BrieferError):
    """The command line itself is wrong (unknown option, missing argument...)."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports a mistake as one line instead of usage + exit."""

    def error(self, message: str):
        command = self.prog.removeprefix(PROG).strip()
        prefix = f"{command}: " if command else ""
        raise UsageError(f"{prefix}{message} (see '{self.prog} --help')")


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def _path_label(filename: object) -> str:
    """A path an error names, as "name: " with a very long name cut ("" for none)."""
    if filename is None:
        return ""
    name = os.path.basename(os.fsdecode(filename)) or os.fsdecode(filename)
    return f"{name[:60]}…: " if len(name) > 60 else f"{name}: "


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _print(text: str, ascii_fallback: str | None = None) -> None:
    """Print to a terminal whose encoding may lack some characters (a latin-1 or cp1252 one).

    `ascii_fallback` is an equivalent all-ASCII text (JSON with escapes); otherwise the
    characters the terminal cannot show are replaced.
    """
    encoding = sys.stdout.encoding or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        if ascii_fallback is not None:
            text = ascii_fallback
        else:
            text = text.encode(encoding, "replace").decode(encoding)
    print(text)


# -- the GUI ---------------------------------------------------------------------


class _VersionAction(argparse.Action):
    """`--version`: what Help › About shows, on one line (read only when asked)."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        from briefer.about import version_line

        _print(version_line())
        parser.exit()


def _gui_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="Turn news articles into a policy brief: find actors and quotes, review "
                    "them, export a Word brief with footnotes.",
        epilog="commands (each has --help):\n"
               "  import PROJECT FILE_OR_URL...   import articles into a project and analyse them\n"
               "  analyze FILE [--json]           analyse one article, no project needed\n"
               "  export PROJECT -o BRIEF.docx    write a project's brief to Word\n"
               "  draft INPUT... -o BRIEF.docx    draft a brief from articles or projects\n"
               "  settings [--pipeline NAME ...]  show or change the settings",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction,
                        help="show the version, the spaCy pipeline, spaCy, Qt and Python "
                             "versions, and where settings and recovery copies are kept")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo project (built from the sample articles if needed)")
    parser.add_argument("paths", nargs="*", metavar="PROJECT.briefer | ARTICLE",
                        help="the project to open in the window; article files given too (or "
                             "alone, in a new project) are imported into it")
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    """Open the window on a project, importing any article files named beside it (the way a
    file manager's "Open With Briefer" passes them)."""
    from briefer.ingest import SUPPORTED_SUFFIXES

    if args.demo and args.paths:
        raise UsageError("give either --demo or a project, not both")
    project = None
    articles: list[str] = []
    for given in args.paths:
        path = Path(given).expanduser()
        if not path.is_file():
            if path.is_dir():
                reason = "is a folder, not a Briefer project"
            elif path.exists():
                reason = "is not a regular file, not a Briefer project"
            else:
                reason = "no such file"
            raise ProjectError(f"{path}: {reason}")
        if _is_project_file(path):
            if project:
                raise UsageError("give one project at a time")
            project = str(path)
        elif path.suffix.lower() in SUPPORTED_SUFFIXES:
            articles.append(str(path))
        else:
            raise ProjectError(f"{path}: neither a Briefer project nor an article Briefer reads "
                               f"({', '.join(sorted(SUPPORTED_SUFFIXES))})")
    try:
        from briefer.gui.app import run
    except ImportError as exc:
        raise BrieferError(f"the window cannot start: {exc}") from exc
    return run(project_path=project, demo=args.demo, articles=articles)


# -- commands --------------------------------------------------------------------


def _nlp_loader(settings: Settings, pipeline: str | None):
    """A callable loading the chosen pipeline only when something needs analysing."""

    def load():
        from briefer.nlp.pipeline import load_pipeline

        return load_pipeline(pipeline or settings.pipeline)

    return load


def _expand_folders(sources: list[str]) -> list[str]:
    """A folder stands for the article files in it and its subfolders, in name order.

    A folder without any is passed on as is, so the import reports it.
    """
    from briefer.ingest import SUPPORTED_SUFFIXES

    expanded: list[str] = []
    for source in sources:
        folder = Path(source).expanduser()
        # An empty argument is Path("."), the current folder; it is reported, not expanded.
        if not source.strip() or not folder.is_dir():
            expanded.append(source)
            continue
        files = sorted(
            str(p) for p in folder.rglob("*")
            if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        )
        expanded.extend(files or [source])
    return expanded


FORCE_HINT = " (import it anyway with --force)"


def _cmd_import(args: argparse.Namespace) -> int:
    from briefer.core.recent import remember_project
    from briefer.ingest import import_sources
    from briefer.workflows import analyze_articles, open_or_create

    settings = Settings.load()
    project = open_or_create(args.project)
    try:
        # Before minutes of analysis, not after them.
        project.check_writable()
    except ProjectError as exc:
        raise ProjectError(f"{exc}; nothing was imported (make it writable, or import into "
                           "another project)") from exc
    progress = TerminalProgress(PROG, quiet=args.quiet)
    try:
        report = import_sources(project, _expand_folders(args.sources), allow_briefs=args.force,
                                on_progress=progress.reading)
    finally:
        progress.clear()
    for source, reason in report.failed:
        hint = FORCE_HINT if source in report.briefs else ""
        _say(f"{PROG}: failed: {_one_line(reason)}{hint}")
    for _source, reason in report.duplicates:
        _say(f"{PROG}: skipped: {_one_line(reason)}")
    for _source, note in report.notes:
        _say(f"{PROG}: note: {_one_line(note)}")
    analysed = []
    if report.imported and not args.no_analyze:
        try:
            progress.show("loading the language model")
            nlp = _nlp_loader(settings, args.pipeline)()
            analysed = analyze_articles(project, nlp, [a.id for a in report.imported],
                                        n_process=settings.n_process,
                                        batch_size=settings.batch_size,
                                        on_progress=progress.analysing,
                                        on_piece=progress.pieces)
        except (KeyboardInterrupt, BrieferError):
            progress.clear()
            # Keep the imported articles (and any finished analyses) before giving up.
            project.save()
            remember_project(project.path)
            _say(f"{PROG}: the imported articles are saved in {project.path}, not all analysed")
            raise
    if report.imported:
        project.save()
        remember_project(project.path)
    summary = (f"{project.path}: imported {len(report.imported)}, "
               f"analysed {len(analysed)}, duplicates {len(report.duplicates)}, "
               f"failed {len(report.failed)}")
    _print(summary)
    if report.failed and not report.imported:
        return EXIT_USAGE
    return EXIT_OK


def _summary(article, analysis) -> str:
    names = {a.key: a.name for a in analysis.actors}
    lines = [article.title or "(untitled)"]
    meta = ", ".join(v for v in (article.outlet, article.author, article.published) if v)
    if meta:
        lines.append(meta)
    lines.append("")
    lines.append(f"Actors ({len(analysis.actors)}):")
    for actor in analysis.actors:
        roles = f" - {', '.join(actor.roles)}" if actor.roles else ""
        expert = " [expert]" if actor.is_expert else ""
        lines.append(f"  {actor.name} ({actor.type}){roles}{expert}, "
                     f"{len(actor.mentions)} mention(s)")
    lines.append("")
    lines.append(f"Quotes ({len(analysis.quotes)}):")
    for quote in analysis.quotes:
        speakers = " and ".join(names[k] for k in quote.speaker_keys if k in names)
        lines.append(f"  [{quote.kind}] {speakers or 'unattributed'}: {_one_line(quote.text)}")
    return "\n".join(lines)


def _cmd_analyze(args: argparse.Namespace) -> int:
    from briefer.ingest import ExportedBriefError, load_source

    notes: list[str] = []
    try:
        article = load_source(args.file, allow_brief=args.force, notes=notes)
    except ExportedBriefError as exc:
        raise BrieferError(f"{exc}{FORCE_HINT}") from exc
    for note in notes:
        _say(f"{PROG}: note: {_one_line(note)}")
    progress = TerminalProgress(PROG, quiet=args.quiet)
    try:
        progress.show("loading the language model")
        nlp = _nlp_loader(Settings.load(), args.pipeline)()
        from briefer.nlp.analyze import analyze_text

        progress.analysing(0, 1, article.title)
        analysis = analyze_text(nlp, article.text, on_piece=progress.pieces)
    finally:
        progress.clear()
    if args.json:
        data = analysis.to_json(article)
        _print(json.dumps(data, ensure_ascii=False, indent=2), json.dumps(data, indent=2))
    else:
        _print(_summary(article, analysis))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from briefer.core.brief import is_empty
    from briefer.core.draft import draft_brief
    from briefer.core.store import Project

    settings = Settings.load()
    check_output(args, [Path(args.project)])
    project = Project.open(args.project, read_only=True)
    template = chosen_template(project, args, settings)
    drafted = is_empty(project)
    if drafted:
        # The project file is not changed: the draft only goes into this export.
        draft_brief(project, args.length, template)
        apply_settings_front_matter(project, settings)
    for line in export_checked(project, args, template):
        _say(f"{PROG}: warning: {line}")
    note = " (a first draft: the project's brief is empty)" if drafted else ""
    _print(f"wrote {args.output}{note}")
    return EXIT_OK


def _is_project_file(path: Path) -> bool:
    from briefer.core.store import PROJECT_SUFFIX, SQLITE_HEADER

    if path.suffix == PROJECT_SUFFIX:
        return True
    if not path.is_file():  # a named pipe would block the read below
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _cmd_draft(args: argparse.Namespace) -> int:
    from briefer.core.draft import draft_brief
    from briefer.core.errors import DuplicateArticleError
    from briefer.core.store import Project
    from briefer.export.signature import is_briefer_brief
    from briefer.ingest import import_sources
    from briefer.workflows import analyze_articles

    settings = Settings.load()
    progress = TerminalProgress(PROG, quiet=args.quiet)
    inputs = [Path(i).expanduser() if not _looks_like_url(i) else i
              for i in _expand_folders(args.inputs)]
    check_output(args, inputs)
    briefs = [i for i in inputs if isinstance(i, Path) and i.suffix.lower() == ".docx"
              and is_briefer_brief(i)]
    if briefs and not args.force:
        raise UsageError(f"{briefs[0]}: this is a brief Briefer wrote, not an article; "
                         "leave it out, or pass --force to read it as an article")
    projects = [i for i in inputs if isinstance(i, Path) and _is_project_file(i)]
    if len(inputs) == 1 and projects:
        project = Project.open(projects[0], read_only=True)
        pending = [a.id for a in project.articles() if not a.analyzed_at]
    else:
        # Several inputs meet in a temporary project; the inputs themselves are never changed.
        project = Project.new()
        for path in projects:
            source = Project.open(path, read_only=True)
            for article in source.articles():
                article.id = None
                article.analyzed_at = ""
                with contextlib.suppress(DuplicateArticleError):
                    project.add_article(article)
            source.close()
        others = [str(i) for i in inputs if not (isinstance(i, Path) and i in projects)]
        try:
            report = import_sources(project, others, allow_briefs=args.force,
                                    on_progress=progress.reading)
        finally:
            progress.clear()
        for _source, note in report.notes:
            _say(f"{PROG}: note: {_one_line(note)}")
        for _source, reason in report.failed:
            _say(f"{PROG}: failed: {_one_line(reason)}")
        if not project.article_ids():
            raise BrieferError("no article could be read, so there is nothing to draft from")
        pending = project.article_ids()
    template = chosen_template(project, args, settings)
    if pending:
        try:
            progress.show("loading the language model")
            nlp = _nlp_loader(settings, args.pipeline)()
            analyze_articles(project, nlp, pending, n_process=settings.n_process,
                             batch_size=settings.batch_size, on_progress=progress.analysing,
                             on_piece=progress.pieces)
        finally:
            progress.clear()
    draft_brief(project, args.length, template)
    apply_settings_front_matter(project, settings)
    for line in export_checked(project, args, template):
        _say(f"{PROG}: warning: {line}")
    _print(f"wrote {args.output}")
    return EXIT_OK


def _looks_like_url(text: str) -> bool:
    return "://" in text


# briefer.core.draft.LENGTHS, spelled out so that --help loads no drafting code.
LENGTH_CHOICES = ("one", "two", "full")

SETTING_OPTIONS = {
    "pipeline": "the spaCy pipeline to analyse with (e.g. en_core_web_sm, en_core_web_trf)",
    "n_process": "how many processes analyse a batch of articles",
    "batch_size": "how many articles each process takes at a time",
    "recovery_minutes": "minutes between recovery copies of an open project",
    "brief_template": "a .docx whose styles the exported brief uses ('' for the default)",
    "author": "the author named on a new brief",
    "organisation": "the organisation named on a new brief",
}


def _cmd_settings(args: argparse.Namespace) -> int:
    from briefer.core.settings import settings_path

    settings = Settings.load()
    changes = {name: getattr(args, name) for name in SETTING_OPTIONS
               if getattr(args, name) is not None}
    for name, value in changes.items():
        settings.set(name, value)
    if "brief_template" in changes and settings.brief_template:
        template = Path(settings.brief_template).expanduser()
        if not template.is_file():
            raise BrieferError(f"{template}: no such template file")
        settings.brief_template = os.path.realpath(template)
    if changes:
        settings.save()
    for name, value in settings.as_dict().items():
        _print(f"{name} = {value}")
    _print(f"({settings_path()})")
    if settings.brief_template and not Path(settings.brief_template).expanduser().is_file():
        _say(f"{PROG}: warning: the brief_template {settings.brief_template} is missing; "
             "choose another with --brief-template T.docx, or --brief-template '' for "
             "Briefer's default styles")
    return EXIT_OK


QUIET_HELP = ("no progress line on stderr (shown only when stderr is a terminal); "
              "warnings and errors are still shown")


def _command_parser() -> _Parser:
    parser = _Parser(prog=PROG)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    cmd = commands.add_parser(
        "import", help="import articles into a project and analyse them",
        description="Import files (.txt .md .html .pdf .docx), folders of them or web pages "
                    "into PROJECT, creating it if needed, analyse the new articles and save. "
                    "Exit code 2 when every source failed.")
    cmd.add_argument("project", metavar="PROJECT.briefer")
    cmd.add_argument("sources", nargs="+", metavar="FILE_OR_URL")
    cmd.add_argument("--no-analyze", action="store_true",
                     help="only import; analyse later (in the window)")
    cmd.add_argument("-q", "--quiet", action="store_true", help=QUIET_HELP)
    cmd.add_argument("--force", action="store_true",
                     help="import a brief Briefer exported as if it were an article")
    cmd.add_argument("--pipeline", metavar="NAME", help="spaCy pipeline for this run")
    cmd.set_defaults(handler=_cmd_import)

    cmd = commands.add_parser(
        "analyze", help="analyse one article (no project needed)",
        description="Find the actors and quotes in one article file or web page.")
    cmd.add_argument("file", metavar="FILE_OR_URL")
    cmd.add_argument("--json", action="store_true",
                     help="print the analysis JSON (offsets index the article's text)")
    cmd.add_argument("-q", "--quiet", action="store_true", help=QUIET_HELP)
    cmd.add_argument("--force", action="store_true",
                     help="analyse a brief Briefer exported as if it were an article")
    cmd.add_argument("--pipeline", metavar="NAME", help="spaCy pipeline for this run")
    cmd.set_defaults(handler=_cmd_analyze)

    for name, summary, description in (
        ("export", "write a project's brief to Word",
         "Write PROJECT's brief as a Word file with footnote citations (a first draft when the "
         "brief is still empty). The project file is not changed."),
        ("draft", "draft a brief from articles or projects",
         "Draft a brief from article files, web pages or projects and write it to Word. The "
         "inputs are not changed; several inputs are combined."),
    ):
        cmd = commands.add_parser(name, help=summary, description=description)
        if name == "export":
            cmd.add_argument("project", metavar="PROJECT.briefer")
        else:
            cmd.add_argument("inputs", nargs="+", metavar="ARTICLE_OR_PROJECT")
            cmd.add_argument("--pipeline", metavar="NAME", help="spaCy pipeline for this run")
            cmd.add_argument("-q", "--quiet", action="store_true", help=QUIET_HELP)
        cmd.add_argument("-o", "--output", required=True, metavar="BRIEF.docx",
                         help="the Word file to write")
        cmd.add_argument("--template", metavar="T.docx",
                         help="a Word file whose styles the brief uses, instead of the "
                              "template saved with the brief or in the settings; "
                              "--template '' uses Briefer's default styles")
        cmd.add_argument("--allow-mismatches", action="store_true",
                         help="export even if a kept quote no longer matches its source")
        cmd.add_argument("--drop-rejected", action="store_true",
                         help="leave out the brief's items whose quote review rejected")
        cmd.add_argument("--length", choices=LENGTH_CHOICES, default="two",
                         help="the length of a drafted brief: one page, two pages (default) "
                              "or full")
        if name == "draft":
            cmd.add_argument("--force", action="store_true",
                             help="read a brief Briefer wrote as if it were an article")
        cmd.set_defaults(handler=_cmd_export if name == "export" else _cmd_draft)

    cmd = commands.add_parser(
        "settings", help="show or change the settings",
        description="Without options, show the settings; with options, change and show them.")
    for name, meaning in SETTING_OPTIONS.items():
        cmd.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar="VALUE", help=meaning)
    cmd.set_defaults(handler=_cmd_settings)
    return parser


COMMANDS = ("import", "analyze", "export", "draft", "settings")


def _dispatch(argv: list[str]) -> int:
    first = next((a for a in argv if not a.startswith("-")), None)
    if first in COMMANDS:
        args = _command_parser().parse_args(argv)
        return args.handler(args)
    return _run_gui(_gui_parser().parse_args(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `briefer` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(argv)
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except BrieferError as exc:
        _say(f"{PROG}: error: {_one_line(exc)}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say(f"{PROG}: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): nothing left to tell.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        # The system refused a path the user gave (a name too long for it, say) where
        # no one-line message was written for it: the user's to fix, not a bug.
        _say(f"{PROG}: error: {_path_label(exc.filename)}{exc.strerror or exc}")
        return EXIT_USAGE
    except Exception as exc:
        _say(f"{PROG}: internal error: {type(exc).__name__}: {_one_line(exc)}")
        _say(f"{PROG}: {REPORT_HINT}")
        return EXIT_BUG

