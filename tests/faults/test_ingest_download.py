"""Issue 13, items 12 to 14: downloads cut short, odd encodings, IPv6, passwords in URLs.

Each test talks to a server on the loopback address that answers one fixed,
hand-written HTTP response, so a body can be cut, chunked or compressed exactly
as a broken or unusual server would.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from briefer.cli import main
from briefer.core.errors import ImportError_
from briefer.core.store import Project
from briefer.ingest import import_sources, load_url

ARTICLE = (
    "<html><head><title>Budget deal reached</title>"
    "<meta property='og:site_name' content='The Courier'></head><body><article>"
    "<h1>Budget deal reached</h1>"
    "<p>Finance ministers agreed the budget on Friday after talks that ran through the night "
    "in the capital, officials said.</p>"
    "<p>“It is a fair deal for every region,” said Marta Ruiz, the finance minister, who "
    "had led the talks since the spring.</p>" + "<p>More details follow.</p>" * 40 +
    "</article></body></html>"
)


class RawServer:
    """Answers every connection with `response` (bytes, sent as is), then closes it."""

    def __init__(self, family: int = socket.AF_INET, host: str = "127.0.0.1") -> None:
        self.response = b""
        self.requests: list[bytes] = []
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.bind((host, 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.base = f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            with client:
                request = b""
                while b"\r\n\r\n" not in request:
                    piece = client.recv(4096)
                    if not piece:
                        break
                    request += piece
                self.requests.append(request)
                client.sendall(self.response)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def server() -> Iterator[RawServer]:
    running = RawServer()
    yield running
    running.close()


def _response(body: bytes, *headers: str, length: int | None = None) -> bytes:
    lines = ["HTTP/1.1 200 OK", "Connection: close", *headers]
    lines.append(f"Content-Length: {len(body) if length is None else length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def test_body_shorter_than_its_content_length_is_refused(server):
    body = ARTICLE.encode()
    server.response = _response(body[: len(body) * 4 // 10], "Content-Type: text/html",
                                length=len(body))
    with pytest.raises(ImportError_, match=r": the download was cut short \(got [\d,]+ of "
                                           rf"{len(body):,} bytes\); try again$"):
        load_url(f"{server.base}/budget")


def test_chunked_body_without_its_last_chunk_is_refused(server):
    body = ARTICLE.encode()[:1500]
    server.response = (
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n" % len(body) + body + b"\r\n"
    )
    with pytest.raises(ImportError_, match=r": the download was cut short; try again$"):
        load_url(f"{server.base}/budget")


def test_complete_chunked_body_is_read(server):
    body = ARTICLE.encode()
    half = len(body) // 2
    server.response = (
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
        + b"%x\r\n" % half + body[:half] + b"\r\n"
        + b"%x\r\n" % (len(body) - half) + body[half:] + b"\r\n0\r\n\r\n"
    )
    assert "fair deal for every region" in load_url(f"{server.base}/budget").text


def test_every_member_of_a_gzip_body_is_read(server):
    body = ARTICLE.encode()
    half = body.index(b"<p>\xe2\x80\x9cIt is")
    compressed = gzip.compress(body[:half]) + gzip.compress(body[half:])
    server.response = _response(compressed, "Content-Type: text/html; charset=utf-8",
                                "Content-Encoding: gzip")
    article = load_url(f"{server.base}/budget")
    assert "fair deal for every region" in article.text


def test_a_million_empty_gzip_members_are_refused_quickly(server):
    server.response = _response(gzip.compress(b"") * 1_000_000, "Content-Type: text/html",
                                "Content-Encoding: gzip")
    started = time.monotonic()
    with pytest.raises(ImportError_, match=r"a compressed page in too many parts$"):
        load_url(f"{server.base}/budget")
    assert time.monotonic() - started < 5


def test_ipv6_loopback_address_can_be_imported():
    try:
        server = RawServer(socket.AF_INET6, "::1")
    except OSError:
        pytest.skip("this machine has no IPv6 loopback")
    try:
        server.response = _response(ARTICLE.encode(), "Content-Type: text/html; charset=utf-8")
        article = load_url(f"{server.base}/budget")
        assert article.title == "Budget deal reached"
        assert article.url == f"{server.base}/budget"
        assert b"Host: [::1]:" in server.requests[0]
    finally:
        server.close()


def test_latin1_page_is_read_in_the_charset_its_header_declares(server):
    page = ARTICLE.replace("ministers agreed", "ministers of Bruxelles-Capitale and Méribel "
                           "agreed (naïve hopes)").replace("“", '"').replace("”", '"')
    server.response = _response(page.encode("latin-1"),
                                "Content-Type: text/html; charset=ISO-8859-1")
    article = load_url(f"{server.base}/budget")
    assert "Méribel" in article.text
    assert "naïve" in article.text


def test_utf16_page_declared_in_the_header_is_read(server):
    server.response = _response(ARTICLE.encode("utf-16-le"),
                                "Content-Type: text/html; charset=UTF-16LE")
    article = load_url(f"{server.base}/budget")
    assert "“It is a fair deal for every region,” said Marta Ruiz" in article.text


def test_plain_text_in_its_declared_charset(server):
    text = "Café owners in Liège said the new tax “would close half the town’s bars”."
    server.response = _response(text.encode("cp1252"),
                                "Content-Type: text/plain; charset=windows-1252")
    assert load_url(f"{server.base}/note.txt").text == text


@pytest.mark.parametrize("charset", ["zlib", "base64", "rot13", "no-such-charset"])
def test_a_charset_that_is_not_a_character_set_is_ignored(server, charset):
    server.response = _response(ARTICLE.encode(), f"Content-Type: text/html; charset={charset}")
    assert "fair deal for every region" in load_url(f"{server.base}/budget").text


def test_password_in_a_redirect_is_never_stored_or_shown(server):
    final = RawServer()
    try:
        final.response = _response(ARTICLE.encode(), "Content-Type: text/html; charset=utf-8")
        secret_url = f"http://editor:hunter2@127.0.0.1:{final.port}/budget"
        server.response = (
            f"HTTP/1.1 302 Found\r\nLocation: {secret_url}\r\nContent-Length: 0\r\n"
            "Connection: close\r\n\r\n"
        ).encode()
        project = Project.new()
        report = import_sources(project, [f"{server.base}/short"])
        (article,) = report.imported
        assert article.url == f"http://127.0.0.1:{final.port}/budget"
        stored = project.article(article.id)
        assert "hunter2" not in repr(stored)
        with pytest.raises(ImportError_) as refused:
            load_url("http://editor:hunter2@127.0.0.1:1/budget")
        assert "hunter2" not in str(refused.value)
    finally:
        final.close()


def test_analyze_with_an_empty_name_says_so_in_one_line(capsys):
    assert main(["analyze", ""]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["briefer: error: no file or web address given (the name is empty)"]


def test_import_of_an_empty_name_does_not_read_the_current_folder(tmp_path, monkeypatch, capsys):
    (tmp_path / "unrelated.txt").write_text("A note that is not meant for any project.")
    monkeypatch.chdir(tmp_path)
    assert main(["import", "p.briefer", "", "--no-analyze"]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "briefer: failed: no file or web address given (the name is empty)"]
