"""What comes into the project: the language model, imported articles, their analysis.

`Intake` loads the model (in its own process, `AnalysisServer`), imports files
and addresses, and keeps the analysis queue. Reading and analysing run in the
`JobRunner`'s worker; each result is stored on the UI thread, as it arrives,
through the session: an article is added (not undoable, it marks the project
changed), an analysis is a recorded core change (`review.store_analysis`)
pushed on the undo stack, so undo and analysis share one history. The views
hear of it by `articleStored`, `analysisStored` and the session's
`projectChanged`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from briefer.core import review
from briefer.core.errors import BrieferError
from briefer.core.settings import Settings
from briefer.core.store import Project
from briefer.gui.analysis_server import AnalysisServer, pipeline_name
from briefer.gui.jobs import JobRunner
from briefer.gui.session import ProjectSession
from briefer.gui.verbatim import verbatim
from briefer.gui.worker import Job

if TYPE_CHECKING:
    from briefer.workflows import AnalysedArticle

PROBLEMS_SHOWN = 12


class Intake(QObject):
    """Model loading, import and the analysis queue of the session's project."""

    modelStateChanged = Signal(str, str)  # status label, tooltip
    articleStored = Signal(int)  # an imported or pasted article is in the project
    analysisStored = Signal(int)  # an article's analysis is in the project

    def __init__(self, session: ProjectSession, jobs: JobRunner, settings: Settings):
        super().__init__(session)
        self.session = session
        self.jobs = jobs
        self.settings = settings
        self.nlp = None
        self.analysis_server: AnalysisServer | None = None
        self.model_error: str | None = None
        self.closing = False
        self._queue: list[int] = []
        self._analysis_job: Job | None = None
        self._stopped_servers: list[AnalysisServer] = []
        session.projectReplaced.connect(lambda _project: self._queue.clear())

    @property
    def project(self) -> Project | None:
        return self.session.project

    # -- the language model ----------------------------------------------

    def start_model_load(self, label: str = "Loading language model…") -> None:
        """Start the analysis process; it loads the pipeline while the user looks around."""
        name = self.settings.pipeline
        self.modelStateChanged.emit(label, "")
        self.jobs.run(lambda report, cancelled: AnalysisServer(name),
                      on_result=self._server_ready, on_error=self._model_failed,
                      name="model")

    def _server_ready(self, server: AnalysisServer) -> None:
        if self.closing:
            server.close()
            return
        self.analysis_server = server
        self._model_is_ready()

    def use_pipeline(self, nlp) -> None:
        """Analyse in this process with `nlp` (tests and benchmarks bring their own)."""
        self.nlp = nlp
        self._model_is_ready()

    def _model_is_ready(self) -> None:
        self.model_error = None
        self.modelStateChanged.emit(f"Model ready: {self.model_name()}", "")
        self._run_queue()

    def _model_failed(self, exc: BaseException, details: str) -> None:
        self.model_error = str(exc)
        self.modelStateChanged.emit("Language model unavailable", verbatim(str(exc)))
        self.jobs.error_reporter("Cannot Load the Language Model")(exc, details)

    @property
    def model_ready(self) -> bool:
        return self.analysis_server is not None or self.nlp is not None

    def model_name(self) -> str:
        if self.analysis_server is not None:
            return self.analysis_server.model_name
        if self.nlp is None:
            return "not loaded"
        return pipeline_name(self.nlp)

    def close(self) -> None:
        self.closing = True
        self._queue.clear()
        if self.analysis_server is not None:
            self.analysis_server.close()
            self.analysis_server = None

    # -- import -----------------------------------------------------------

    # The same loop as the command line's (`ingest.import_sources`), run in the worker:
    # each article it reads is carried to this thread and stored here.

    def import_sources(self, sources: list[str], allow_briefs: bool = False) -> Job | None:
        """Read files or URLs in the worker; each article is stored here as it arrives.

        At the end a summary names what was repaired while reading (bytes of another
        encoding) and what failed; briefs Briefer exported are imported only when the
        user says so (`allow_briefs`, asked once per batch).
        """
        if self.project is None:
            self.session.replace(Project.new())
        from briefer.ingest import import_sources

        def read_all(report, is_cancelled):
            return import_sources(_ArticleCourier(report), sources,
                                  on_progress=lambda *state: report(("progress", state)),
                                  is_cancelled=is_cancelled, allow_briefs=allow_briefs)

        imported: list[int] = []
        problems: list[str] = []
        notes: list[str] = []
        briefs: list[str] = []

        def progress(event) -> None:
            what, payload = event
            if job.owner is not self.project:
                return
            if what == "progress":
                done, total, name = payload
                self.jobs.show_progress(done, total, f"Importing {name}" if name else "")
            else:
                added = self.add_article(payload, problems)
                if added is not None:
                    imported.append(added)

        def read(report) -> None:  # the batch's ImportReport: failures, repairs, briefs
            briefs.extend(str(source) for source in report.briefs)
            problems.extend(reason for source, reason in report.failed
                            if source not in report.briefs)
            notes.extend(note for _source, note in report.notes)

        def finished() -> None:
            if job.owner is not self.project:
                return
            if imported:
                self.session.message.emit(f"Imported {len(imported)} article(s)", 5000)
                self.queue_analysis(imported)
            self._summarise_import(len(imported), notes, problems)
            if briefs and self._ask_import_briefs(briefs):
                self.import_sources(briefs, allow_briefs=True)

        job = self.jobs.run(read_all, on_progress=progress, on_result=read, on_finished=finished,
                            on_error=self.jobs.error_reporter("Import Failed"), name="import",
                            owner=self.project, progress_label="Importing…", paced=True)
        return job

    def _summarise_import(self, imported: int, notes: list[str], problems: list[str]) -> None:
        """One dialog after a batch: what failed (a warning) and what was repaired."""
        if not notes and not problems:
            return
        parts = []
        if problems:
            parts.append("Not imported:\n" + _listed(problems))
        if notes:
            parts.append("Imported, with notes (check these articles' text):\n"
                         + _listed(notes))
        text = (f"Imported {imported} article(s).\n\n" if imported else "") + "\n\n".join(parts)
        if problems:
            self.session.show_error("Some Articles Were Not Imported", text)
        else:
            QMessageBox.information(self.session.dialog_parent, "Articles Imported with Notes",
                                    verbatim(text))

    def _ask_import_briefs(self, briefs: list[str]) -> bool:
        """A brief Briefer exported is not an article: import it only if the user says so."""
        from briefer.ingest import source_name

        names = ", ".join(source_name(b) for b in briefs[:5])
        more = f" and {len(briefs) - 5} more" if len(briefs) > 5 else ""
        what = "a brief" if len(briefs) == 1 else "briefs"
        answer = QMessageBox.question(
            self.session.dialog_parent, "Import a Brief?",
            verbatim(f"{names}{more}: {what} Briefer exported, not an article. Its "
                     "quotes would be counted again as if an outlet had published them.\n\n"
                     "Import it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def add_article(self, article, problems: list[str]) -> int | None:
        """Store one article read by the worker; a refusal (a duplicate) joins `problems`."""
        try:
            stored = self.project.add_article(article)
        except BrieferError as exc:
            label = Path(article.source_path or article.url or "").name or "Article"
            problems.append(f"{label}: {exc}")
            return None
        self.session.mark_changed()
        self.articleStored.emit(stored.id)
        return stored.id

    def paste(self, text: str, title: str) -> int | None:
        """An article from pasted text, stored and queued for analysis."""
        from briefer.ingest import from_text

        try:
            article = from_text(text, title=title)
            stored = self.project.add_article(article)
        except BrieferError as exc:
            self.session.show_error("Cannot Import the Text", str(exc))
            return None
        self.session.mark_changed()
        self.articleStored.emit(stored.id)
        self.queue_analysis([stored.id])
        return stored.id

    # -- analysis ---------------------------------------------------------

    def queue_analysis(self, article_ids: list[int]) -> None:
        for article_id in article_ids:
            if article_id not in self._queue:
                self._queue.append(article_id)
        self._run_queue()

    def reanalyse(self, article_id: int) -> None:
        if not self.model_ready:
            self.session.message.emit("The language model is still loading…", 4000)
        self.queue_analysis([article_id])

    def cancel_queue(self) -> None:
        self._queue.clear()

    @property
    def analysis_job(self) -> Job | None:
        return self._analysis_job

    def interrupt_analysis(self) -> None:
        """Cancel the running analysis now, even in the middle of one long article.

        The analysis process is stopped (the article it was on stays unanalysed) and a
        fresh one starts loading the pipeline, so one slow text never blocks the
        analyses after it. Analysing in this process (tests, benchmarks) stops between
        articles only.
        """
        job = self._analysis_job
        if job is None:
            return
        job.cancel()
        server = self.analysis_server
        if server is not None:
            self.analysis_server = None
            server.interrupt()
            # Closed (its pipes, its exit status) once the job that reads from it has ended.
            self._stopped_servers.append(server)
            self.start_model_load("Restarting the language model…")

    @property
    def is_busy(self) -> bool:
        return bool(self._analysis_job or self._queue)

    def _run_queue(self) -> None:
        if (not self.model_ready or self._analysis_job is not None or not self._queue
                or self.project is None):
            return
        # The command line's loop (imported here: it pulls in the ingest at first use).
        from briefer.workflows import analysed_articles, each_text

        ids, self._queue = self._queue, []
        summaries = {a.id: a.title for a in self.project.article_summaries()}
        work = [(i, summaries[i]) for i in ids if i in summaries]
        # Read here, on the UI thread that owns the project; the worker only analyses.
        texts = {article_id: self.project.article(article_id).text for article_id, _ in work}
        analyse = self._analyser()

        def analyse_all(report, is_cancelled):
            def on_piece(done: int, count: int) -> None:
                report(PieceDone(done, count))

            stream = each_text(lambda text: analyse(text, on_piece))
            for step in analysed_articles(work, texts.pop, stream, is_cancelled):
                report(step)

        problems: list[str] = []
        # The article being analysed: its place in the run (from 0) and its title.
        current = [0, work[0][1] if work else ""]

        def progress(step: AnalysedArticle | PieceDone) -> None:
            if job.owner is not self.project:
                return
            if isinstance(step, PieceDone):
                share = 100 * step.done // step.count
                # The share first: the status bar cuts a long label's end.
                self.jobs.show_progress(current[0], len(work),
                                        f"Analysing ({share}%): {current[1] or '(untitled)'}")
                return
            if step.analysis is None:
                problems.append(step.error)
            else:
                self._store_analysis(step.article_id, step.analysis)
            current[:] = [step.number, step.following]
            label = f"Analysing {step.following}" if step.following else "Analysed"
            self.jobs.show_progress(step.number, step.total, label)

        def finished() -> None:
            self._analysis_job = None
            while self._stopped_servers:
                self._stopped_servers.pop().close()
            if job.owner is not self.project:
                return
            if problems:
                self.session.show_error("Analysis Failed for Some Articles",
                                        "\n".join(problems[:PROBLEMS_SHOWN]))
            self._run_queue()

        first = f"Analysing {work[0][1] or '(untitled)'}…" if work else "Analysing…"
        job = self.jobs.run(analyse_all, on_progress=progress, on_finished=finished,
                            on_error=self.jobs.error_reporter("Analysis Failed"),
                            name="analysis", owner=self.project,
                            progress_label=first, paced=True)
        self._analysis_job = job

    def _analyser(self) -> Callable[[str, Callable[[int, int], None]], object]:
        """(text, on_piece) -> Analysis: in the analysis process, or in-process with
        `self.nlp`; `on_piece(done, count)` hears how far a long text has come.

        Either way the names the user confirmed so far are recognised as entities
        (by `workflows.TextAnalyser`, here or in the analysis process).
        """
        names = self.project.confirmed_names()
        server = self.analysis_server
        if server is not None:
            return lambda text, on_piece: server.analyse(text, names, on_piece)
        from briefer.workflows import TextAnalyser

        # A new analyser per batch: another user of the same pipeline (the demo's
        # build) may have taught its ruler other names meanwhile.
        analyser = TextAnalyser(self.nlp)
        return lambda text, on_piece: analyser(text, names, on_piece)

    def _store_analysis(self, article_id: int, analysis) -> None:
        """Store one result as an undoable step: undoing an earlier change (a merge)
        then never meets rows it did not record."""
        try:
            change = review.store_analysis(self.project, article_id, analysis)
        except BrieferError as exc:
            self.session.show_error("Cannot Store the Analysis", str(exc))
            return
        # Empty: the article was removed while it was being analysed.
        if self.session.push("Analyse Article", change, "analysis", announce=False):
            self.analysisStored.emit(article_id)


@dataclass(frozen=True)
class PieceDone:
    """How far the analysis of a long article has come: `done` of its `count` pieces."""

    done: int
    count: int


def _listed(lines: list[str]) -> str:
    shown = "\n".join(f"• {line}" for line in lines[:PROBLEMS_SHOWN])
    if len(lines) > PROBLEMS_SHOWN:
        shown += f"\n…and {len(lines) - PROBLEMS_SHOWN} more"
    return shown


class _ArticleCourier:
    """`import_sources`'s project, on the worker's side: it hands each article read to
    the UI thread (which stores it, or reports a duplicate) and reads nothing itself."""

    def __init__(self, report: Callable[[object], None]):
        self._report = report

    def add_article(self, article):
        self._report(("article", article))
        return article
