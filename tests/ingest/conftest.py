"""Builders for the real files the import tests read: PDFs, Word documents, web servers."""

from __future__ import annotations

import contextlib
import http.server
import shutil
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def build_pdf(
    pages: list[list[str]],
    *,
    title: str = "",
    author: str = "",
    created: str = "",
    claimed_pages: int | None = None,
    drawing_only: bool = False,
) -> bytes:
    """A minimal but valid PDF: each page shows its lines in Helvetica, top to bottom.

    `claimed_pages` makes the page tree lie about its size; `drawing_only`
    gives pages a filled rectangle and no text, like a scan.
    """
    objects: list[bytes] = []
    page_ids = [4 + 2 * index for index in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    count = claimed_pages if claimed_pages is not None else len(pages)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count))
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for index, lines in enumerate(pages):
        content_id = page_ids[index] + 1
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
        if drawing_only:
            stream = b"0.5 g 72 72 468 648 re f"
        else:
            shown = b" T* ".join(_pdf_string(line) + b" Tj" for line in lines)
            stream = b"BT /F1 11 Tf 14 TL 72 720 Td " + shown + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    info_id = None
    if title or author or created:
        fields = b""
        if created:
            fields += b"/CreationDate (" + created.encode("ascii") + b") "
        if title:
            fields += b"/Title " + _pdf_string(title) + b" "
        if author:
            fields += b"/Author " + _pdf_string(author)
        objects.append(b"<< " + fields + b" >>")
        info_id = len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info_id:
        trailer += b" /Info %d 0 R" % info_id
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    return build_pdf


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Callable[[http.server.BaseHTTPRequestHandler], None]]] = {}
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self)

    def log_message(self, format: str, *args) -> None:
        """Keep test output quiet."""


class LocalServer:
    """An HTTP server on 127.0.0.1 in a thread; routes map a path to a handler function."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        handler = type("Handler", (_Handler,), {"routes": {}, "requests": []})
        self.handler = handler
        self.scheme = "https" if tls else "http"
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"{self.scheme}://{host}:{port}"

    @property
    def requests(self) -> list[str]:
        return self.handler.requests

    def route(self, path: str, handler: Callable[[http.server.BaseHTTPRequestHandler], None]):
        self.handler.routes[path] = handler
        return f"{self.base}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def no_proxy_from_the_environment(monkeypatch) -> None:
    """Talk to the local test servers directly whatever proxy the machine names."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture
def self_signed_server(tmp_path) -> Iterator[tuple[LocalServer, Path]]:
    """An HTTPS server on 127.0.0.1 with a fresh self-signed certificate (and its file)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = LocalServer(tls=context)
    yield server, cert
    server.close()
