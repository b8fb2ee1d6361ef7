"""Articles downloaded from an http(s) address, with every wait and size bounded.

The download uses the standard library's http.client directly so that each
limit is enforced by Briefer itself: only http and https (also after a
redirect), a timeout on every network wait, an overall deadline that a server
trickling bytes cannot stretch, a size cap checked while the body streams in,
and a bound on redirects. An http proxy named by the environment (http_proxy,
https_proxy, no_proxy) is used. The page then goes through the same path as a
saved file of its type; trafilatura never fetches anything itself.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from urllib.parse import SplitResult, quote, unquote, urljoin, urlsplit

from briefer.core.errors import ImportError_
from briefer.core.records import Article
from briefer.ingest.docx import docx_article
from briefer.ingest.files import MAX_FILE_BYTES, failure_reason, sniff_format, too_large
from briefer.ingest.html import html_article
from briefer.ingest.pdf import pdf_article
from briefer.ingest.source_meta import outlet_from_url, public_url
from briefer.ingest.text import text_article

WEB_SCHEMES = ("http", "https")
# The whole download, redirects included, must end within this many timeouts.
DEADLINE_TIMEOUTS = 4
CHUNK_BYTES = 64 * 1024
MAX_GZIP_MEMBERS = 100
USER_AGENT = "Briefer/0.1 (article import)"
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
HTML_TYPES = ("text/html", "application/xhtml+xml")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_SNIFFED_TYPES = {"pdf": "application/pdf", "docx": DOCX_TYPE, "html": "text/html"}
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"


@dataclass
class _Response:
    status: int
    headers: Message
    body: bytes


class _Deadline:
    """The time left for the whole download; expiry closes the connection it guards."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False

    def remaining(self) -> float:
        return self.ends - time.monotonic()

    def guard(self, connection: http.client.HTTPConnection) -> threading.Timer:
        """A timer that cuts the connection when time runs out, waking any blocked read."""

        def cut() -> None:
            self.expired = True
            sock = connection.sock
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(max(self.remaining(), 0.0), cut)
        timer.daemon = True
        timer.start()
        return timer


def load_url(
    url: str,
    *,
    timeout: float = 15,
    max_bytes: int = MAX_FILE_BYTES,
    max_redirects: int = 5,
    allow_brief: bool = False,
    notes: list[str] | None = None,
) -> Article:
    """Download `url` and read the article in it (web page, PDF, Word file or plain text).

    The article's `url` is the address it was finally read from, without any
    user name or password; its outlet is the site's name, or its host name.
    A brief Briefer exported is refused unless `allow_brief`; what the reading
    had to repair is added to `notes`.
    """
    label = url_label(url)
    current = _web_address(url.strip(), label)
    deadline = _Deadline(timeout * DEADLINE_TIMEOUTS)
    visited = {current}
    for _ in range(max_redirects + 1):
        response = _get(current, label, timeout, deadline, max_bytes)
        if response.status not in REDIRECT_STATUSES:
            article = _article(response, label, public_url(current), allow_brief, notes)
            article.outlet = article.outlet or outlet_from_url(current)
            return article
        location = response.headers.get("Location")
        if not location:
            raise ImportError_(f"{label}: the server redirected without saying where to")
        target = urljoin(current, location.strip())
        if urlsplit(target).scheme.lower() not in WEB_SCHEMES:
            raise ImportError_(f"{label}: redirected to a non-web address ({url_label(target)})")
        target = _web_address(target, label)
        if target in visited:
            raise ImportError_(f"{label}: the server redirects in a loop")
        visited.add(target)
        current = target
    raise ImportError_(f"{label}: too many redirects (more than {max_redirects})")


def url_label(url: str) -> str:
    """A URL short enough for a one-line message, without any password in it."""
    url = public_url(" ".join(url.split()))
    return url if len(url) <= 100 else url[:97] + "..."


def _web_address(url: str, label: str) -> str:
    """The URL, checked to be http(s) with a host; refuses file:, ftp:, javascript: and so on."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise ImportError_(f"{label}: not a valid web address") from exc
    if parts.scheme.lower() not in WEB_SCHEMES:
        raise ImportError_(f"{label}: only http and https addresses can be imported")
    if not parts.hostname:
        raise ImportError_(f"{label}: not a valid web address (no host)")
    return parts._replace(fragment="").geturl()


def _get(
    url: str, label: str, timeout: float, deadline: _Deadline, max_bytes: int
) -> _Response:
    parts = urlsplit(url)
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ImportError_(f"{label}: not a valid web address (bad host name)") from exc
    # http.client takes an IPv6 address bare; a URL and a Host header put it in brackets.
    url_host = f"[{host}]" if ":" in host else host
    wait = min(timeout, deadline.remaining())
    if wait <= 0:
        raise _too_slow(label, deadline)
    secure = parts.scheme.lower() == "https"
    port = parts.port or (443 if secure else 80)
    target = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        target += "?" + quote(parts.query, safe=_PATH_SAFE + "?")
    proxy = _proxy_for(parts)
    connect_host, connect_port, proxy_headers = proxy or (host, port, {})
    if secure:
        connection = http.client.HTTPSConnection(
            connect_host, connect_port, timeout=wait, context=ssl.create_default_context()
        )
        if proxy is not None:
            connection.set_tunnel(host, port, headers=proxy_headers)
    else:
        connection = http.client.HTTPConnection(connect_host, connect_port, timeout=wait)
        if proxy is not None:
            # A plain-http proxy is asked for the whole address.
            target = f"http://{url_host}:{port}{target}"
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "identity",
    }
    if not secure:
        headers.update(proxy_headers)
    timer = deadline.guard(connection)
    try:
        connection.request("GET", target, headers=headers)
        response = connection.getresponse()
        if response.status in REDIRECT_STATUSES:
            return _Response(response.status, response.headers, b"")
        if response.status != 200:
            raise ImportError_(
                f"{label}: the server answered {response.status} {response.reason}".rstrip()
            )
        _check_declared_length(response, label, max_bytes)
        body = _read_body(response, connection, label, timeout, deadline, max_bytes)
        body = _decoded_body(body, response.headers, label, max_bytes)
        return _Response(response.status, response.headers, body)
    except ImportError_:
        raise
    except http.client.IncompleteRead as exc:
        if deadline.expired:
            raise _too_slow(label, deadline) from exc
        # A chunked body that ends without its last, empty chunk was cut short.
        raise _cut_short(label) from exc
    except TimeoutError as exc:
        if deadline.expired:
            raise _too_slow(label, deadline) from exc
        raise ImportError_(f"{label}: the server did not answer within {timeout:g} s") from exc
    except ssl.SSLCertVerificationError as exc:
        raise ImportError_(
            f"{label}: the site's security certificate is not valid ({exc.verify_message})"
        ) from exc
    except socket.gaierror as exc:
        raise ImportError_(f"{label}: cannot find the server {parts.hostname}") from exc
    except ConnectionRefusedError as exc:
        raise ImportError_(f"{label}: the server refused the connection") from exc
    except http.client.BadStatusLine as exc:
        # Its message is the first line the server sent: the page itself, for an HTTP/0.9 server.
        raise ImportError_(f"{label}: the server's answer is not an HTTP answer") from exc
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if deadline.expired:
            raise _too_slow(label, deadline) from exc
        raise ImportError_(f"{label}: the download failed ({failure_reason(exc)})") from exc
    finally:
        timer.cancel()
        connection.close()


def _proxy_for(parts: SplitResult) -> tuple[str, int, dict[str, str]] | None:
    """The http proxy the environment names for this address, unless it is bypassed.

    Returns the proxy's host, port and the headers that authenticate to it.
    """
    proxy = urllib.request.getproxies().get(parts.scheme.lower())
    if not proxy or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    try:
        proxy_parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        proxy_port = proxy_parts.port or 80
    except ValueError:
        return None
    if proxy_parts.scheme.lower() != "http" or not proxy_parts.hostname:
        return None
    headers = {}
    if proxy_parts.username:
        credentials = f"{unquote(proxy_parts.username)}:{unquote(proxy_parts.password or '')}"
        token = base64.b64encode(credentials.encode("utf-8")).decode("ascii")
        headers["Proxy-Authorization"] = f"Basic {token}"
    return proxy_parts.hostname, proxy_port, headers


def _too_slow(label: str, deadline: _Deadline) -> ImportError_:
    return ImportError_(f"{label}: the download took longer than {deadline.seconds:g} s")


def _over_cap(label: str, max_bytes: int) -> ImportError_:
    return ImportError_(f"{label}: the page is larger than the {max_bytes / 1_000_000:g} MB limit")


def _cut_short(label: str, got: int | None = None, declared: int | None = None) -> ImportError_:
    amount = f" (got {got:,} of {declared:,} bytes)" if declared else ""
    return ImportError_(f"{label}: the download was cut short{amount}; try again")


def _check_declared_length(
    response: http.client.HTTPResponse, label: str, max_bytes: int
) -> None:
    lengths = {value.strip() for value in response.headers.get_all("Content-Length") or []}
    if len(lengths) > 1:
        # http.client would trust the first and cut the page there without a word.
        raise ImportError_(f"{label}: the server sent conflicting lengths for the page")
    declared = response.headers.get("Content-Length", "")
    if declared.strip().isdigit() and int(declared) > max_bytes:
        raise ImportError_(f"{label}: {too_large(int(declared), max_bytes)}")


def _read_body(
    response: http.client.HTTPResponse,
    connection: http.client.HTTPConnection,
    label: str,
    timeout: float,
    deadline: _Deadline,
    max_bytes: int,
) -> bytes:
    """The body, read a chunk at a time so the size cap and the deadline are checked as it comes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        left = deadline.remaining()
        if left <= 0:
            raise _too_slow(label, deadline)
        if connection.sock is not None:
            connection.sock.settimeout(min(timeout, left))
        chunk = response.read1(CHUNK_BYTES)
        if deadline.expired:
            # The deadline cut the connection: what came so far is not the whole page.
            raise _too_slow(label, deadline)
        if not chunk:
            if response.length:
                # http.client counts down the declared Content-Length; bytes are missing.
                raise _cut_short(label, size, size + response.length)
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise _over_cap(label, max_bytes)
        chunks.append(chunk)


def _decoded_body(body: bytes, headers: Message, label: str, max_bytes: int) -> bytes:
    """The body without its content encoding, inflated no further than the size cap.

    Briefer asks for no compression, but some servers compress anyway. A gzip
    body may hold several members one after another (RFC 1952); all are read.
    """
    encoding = headers.get("Content-Encoding", "").strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise ImportError_(f"{label}: the server sent an unsupported encoding ({encoding})")
    pieces: list[bytes] = []
    size = 0
    rest = body
    while rest.strip(b"\x00"):
        if len(pieces) == MAX_GZIP_MEMBERS:
            # Each member costs a copy of the rest; a million empty ones would hang the import.
            raise ImportError_(f"{label}: the server sent a compressed page in too many parts")
        inflated, rest = _inflate_member(rest, label, max_bytes - size, max_bytes)
        size += len(inflated)
        pieces.append(inflated)
    return b"".join(pieces)


def _inflate_member(data: bytes, label: str, room: int, max_bytes: int) -> tuple[bytes, bytes]:
    """The first compressed member of `data`, inflated within `room` bytes, and what follows it."""
    # wbits 47 reads both gzip and zlib headers; raw deflate needs negative wbits.
    for wbits in (47, -zlib.MAX_WBITS):
        inflater = zlib.decompressobj(wbits)
        try:
            inflated = inflater.decompress(data, room + 1)
        except zlib.error:
            continue
        if len(inflated) > room or inflater.unconsumed_tail:
            raise _over_cap(label, max_bytes)
        if inflater.eof:
            return inflated, inflater.unused_data
    raise ImportError_(f"{label}: the server sent a damaged compressed page")


def _article(
    response: _Response, label: str, url: str, allow_brief: bool, notes: list[str] | None
) -> Article:
    """The downloaded body read by the loader for its content type, in its declared charset."""
    body = response.body
    if not body.strip():
        raise ImportError_(f"{label}: the page is empty")
    content_type = (
        response.headers.get_content_type() if response.headers.get("Content-Type") else ""
    )
    if content_type in ("", "application/octet-stream"):
        content_type = _SNIFFED_TYPES.get(sniff_format(body), content_type or "text/html")
    if content_type == "application/pdf":
        return pdf_article(body, label, url=url)
    if content_type == DOCX_TYPE:
        return docx_article(body, label, url=url, allow_brief=allow_brief)
    charset = response.headers.get_content_charset() or ""
    if content_type == "text/plain":
        return text_article(body, label, url=url, encoding=charset, notes=notes)
    if content_type in HTML_TYPES:
        return html_article(body, label, url=url, encoding=charset, notes=notes)
    raise ImportError_(f"{label}: not a web page or document ({content_type})")
