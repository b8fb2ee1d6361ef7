"""What both faces (command line and GUI) do with a project: import, analyse, the demo.

Nothing here imports Qt, and spaCy is only imported once something is
analysed, so the GUI can run these in a worker thread and the CLI can keep
spaCy out of commands that never analyse.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefer.core.draft import draft_brief
from briefer.core.errors import BrieferError, ProjectError
from briefer.core.paths import data_dir, seeds_dir
from briefer.core.store import PROJECT_SUFFIX, Project, project_path
from briefer.ingest import SUPPORTED_SUFFIXES, ImportReport, import_sources

ProgressCallback = Callable[[int, int, str], None]
DEMO_NAME = "Demo"


class TextAnalyser:
    """text -> Analysis with the names the user confirmed recognised as entities.

    The one place the entity ruler learns the confirmed names, used by the
    command line's batch, the GUI's analysis process and its in-process
    analysis; the ruler is rebuilt only when the names changed.
    """

    def __init__(self, nlp: Any):
        self.nlp = nlp
        self._names: list[tuple[str, str]] | None = None

    def use_names(self, names: Iterable[tuple[str, str]]) -> None:
        names = [tuple(n) for n in names]
        if names != self._names:
            from briefer.nlp.pipeline import add_confirmed_names

            add_confirmed_names(self.nlp, names)
            self._names = names

    def __call__(self, text: str, names: Iterable[tuple[str, str]] = (),
                 on_piece: Callable[[int, int], None] | None = None) -> Any:
        from briefer.nlp.analyze import analyze_text

        self.use_names(names)
        return analyze_text(self.nlp, text, on_piece)


TextStream = Callable[[Iterator[str]], Iterator[Any]]


@dataclass(frozen=True)
class AnalysedArticle:
    """One article's turn in an analysis run: its analysis, or why it has none."""

    article_id: int
    number: int  # its place in the run, from 1
    total: int
    analysis: Any | None  # None when it failed
    error: str = ""  # "title: reason" when it failed
    following: str = ""  # the next article's title ("" after the last)


def each_text(analyse: Callable[[str], Any]) -> TextStream:
    """A text -> analysis function as a stream: a text that fails yields its exception
    instead of ending the run, so one bad article does not stop the others."""

    def stream(texts: Iterator[str]) -> Iterator[Any]:
        for text in texts:
            try:
                yield analyse(text)
            except Exception as exc:  # reported as that article's failure
                yield exc

    return stream


def analysed_articles(
    articles: Sequence[tuple[int, str]],
    text_of: Callable[[int], str],
    analyse: TextStream,
    is_cancelled: Callable[[], bool] | None = None,
) -> Iterator[AnalysedArticle]:
    """Analyse articles (id, title) in order, yielding each one's result as it comes.

    The one analysis loop of both faces: the command line streams the texts
    through spaCy in batches (`analyze_texts`), the window through its
    analysis process one text at a time (`each_text`). `text_of(id)` is read
    only as the analyser asks for the text. `is_cancelled()` is asked before
    the first article and after each; a failure while cancelled ends the run
    (the analyser was stopped) rather than counting as the article's.
    """

    def cancelled() -> bool:
        return is_cancelled is not None and is_cancelled()

    total = len(articles)
    if total == 0 or cancelled():
        return
    results = analyse(text_of(article_id) for article_id, _title in articles)
    try:
        for number, ((article_id, title), result) in enumerate(
                zip(articles, results, strict=False), start=1):
            following = articles[number][1] if number < total else ""
            if isinstance(result, Exception):
                if cancelled():
                    return
                yield AnalysedArticle(article_id, number, total, None,
                                      f"{title or '(untitled)'}: {result}", following)
            else:
                yield AnalysedArticle(article_id, number, total, result, "", following)
            if cancelled():
                return
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()


def analyze_articles(
    project: Project,
    nlp: Any,
    article_ids: Iterable[int] | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    on_progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    on_piece: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Analyse articles (all of them by default) and return the ids analysed.

    Each result is stored as soon as it is ready, in its own transaction, so a
    cancel or a crash part-way leaves every article either fully re-analysed or
    untouched. `on_progress(done, total, title)` follows `import_sources`;
    `on_piece(done, count)` follows the pieces of a long article (`analyze_text`).
    """
    # Imported here: spaCy takes a second to import, which the GUI's start-up should not pay.
    from briefer.nlp.analyze import analyze_texts

    TextAnalyser(nlp).use_names(project.confirmed_names())

    titles = {a.id: a.title for a in project.article_summaries()}
    ids = list(titles if article_ids is None else article_ids)
    work = [(article_id, titles.get(article_id, "")) for article_id in ids]
    total = len(ids)
    # More processes than batches only costs the start-up of loading the pipeline again.
    workers = max(1, min(n_process, -(-total // max(1, batch_size))))
    done: list[int] = []
    if on_progress is not None and total:
        on_progress(0, total, work[0][1])

    def stream(texts: Iterator[str]) -> Iterator[Any]:
        return analyze_texts(nlp, texts, n_process=workers, batch_size=batch_size,
                             on_piece=on_piece)

    for step in analysed_articles(work, lambda i: project.article(i).text, stream,
                                  is_cancelled):
        if step.analysis is None:
            raise BrieferError(f"Analysis failed: {step.error}")
        project.store_analysis(step.article_id, step.analysis)
        done.append(step.article_id)
        if on_progress is not None:
            on_progress(len(done), total, step.following)
    return done


def import_and_analyze(
    project: Project,
    sources: Iterable[str],
    nlp_loader: Callable[[], Any] | None,
    n_process: int = 1,
    batch_size: int = 16,
    on_progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import the sources, then analyse what was imported (skipped when `nlp_loader` is None).

    The pipeline is only loaded when something new arrived.
    """
    report = import_sources(project, list(sources), on_progress=on_progress,
                            is_cancelled=is_cancelled)
    if report.imported and nlp_loader is not None and not report.cancelled:
        analyze_articles(project, nlp_loader(), [a.id for a in report.imported],
                         n_process=n_process, batch_size=batch_size,
                         on_progress=on_progress, is_cancelled=is_cancelled)
    return report


def open_or_create(path: str | os.PathLike) -> Project:
    """The project at `path`, or a new empty one that will be saved there.

    A new project's file is only written by its first save, so a failed first
    import leaves nothing behind. A name without the `.briefer` suffix gets it.
    """
    path = Path(path)
    if path.exists():
        return Project.open(path)
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        # "briefer import story.docx a.txt": the arguments swapped, not a project to make.
        raise ProjectError(f"{path}: names an article, not a project: give the project first "
                           f"(PROJECT{PROJECT_SUFFIX} FILE...)")
    if path.suffix != PROJECT_SUFFIX:
        target = project_path(path)
        if target.exists():
            return Project.open(target)
        path = target
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectError(f"{path}: the folder does not exist")
    # Locked from now on, and its first save refuses if someone else made the file meanwhile.
    return Project.new(path)


def demo_project_path() -> Path:
    """Where the demo project lives: the user's data folder, never the installation."""
    return data_dir() / "demo" / f"{DEMO_NAME}{PROJECT_SUFFIX}"


def _demo_is_usable(path: Path) -> bool:
    try:
        project = Project.open(path, read_only=True)
    except BrieferError:
        return False
    try:
        return bool(project.article_ids())
    finally:
        project.close()


def ensure_demo_project(
    nlp_loader: Callable[[], Any],
    n_process: int = 1,
    on_progress: ProgressCallback | None = None,
) -> Path:
    """The demo project, built once from the sample articles in `seeds/`.

    An existing demo (with the user's changes) is kept; a missing, damaged or
    empty one is rebuilt. The pipeline is only loaded when building.
    """
    path = demo_project_path()
    if path.is_file() and _demo_is_usable(path):
        return path
    sources = sorted(str(p) for p in seeds_dir().glob("*") if p.is_file()
                     and not p.name.startswith("."))
    if not sources:
        raise BrieferError(f"No sample articles in {seeds_dir()}: cannot build the demo project")
    path.parent.mkdir(parents=True, exist_ok=True)
    project = Project.new()
    try:
        report = import_and_analyze(project, sources, nlp_loader, n_process=n_process,
                                    on_progress=on_progress)
        if not report.imported:
            reasons = "; ".join(reason for _, reason in report.failed)
            raise BrieferError(f"The sample articles could not be imported: {reasons}")
        draft_brief(project)
        project.save_as(path)
    finally:
        project.close()
    return path

