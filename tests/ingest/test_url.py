"""URL import against a local http.server: pages, stalls, loops, floods and refusals."""

from __future__ import annotations

import base64
import gzip
import socket
import time
import zlib

import pytest

from briefer.core.errors import ImportError_
from briefer.ingest import load_url

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Summit ends | The Daily</title>"
    "<meta name='author' content='Jane Smith'>"
    "<meta property='og:site_name' content='The Daily'>"
    "<meta property='article:published_time' content='2025-09-05'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World news</a></nav>"
    "<article><h1>Summit ends</h1>"
    "<p>European leaders ended their summit in Paris on Friday without agreeing on a date "
    "for the deployment of a reassurance force in Ukraine.</p>"
    "<p>“We are not there yet,” said Keir Starmer, the British prime minister, after the "
    "talks had run late into the evening.</p></article>"
    "<footer>Copyright The Daily. All rights reserved.</footer></body></html>"
).encode()


def serve(content_type: str, body: bytes):
    def handler(request):
        request.send_response(200)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handler


def redirect(location: str, status: int = 302):
    def handler(request):
        request.send_response(status)
        request.send_header("Location", location)
        request.send_header("Content-Length", "0")
        request.end_headers()

    return handler


def test_normal_page_goes_through_the_html_path(local_server):
    url = local_server.route("/summit", serve("text/html; charset=utf-8", PAGE))
    article = load_url(url)
    assert "ended their summit in Paris on Friday" in article.text
    assert "“We are not there yet,” said Keir Starmer" in article.text
    assert "World news" not in article.text
    assert "All rights reserved" not in article.text
    assert article.title == "Summit ends"
    assert article.author == "Jane Smith"
    assert article.outlet == "The Daily"
    assert article.published == "2025-09-05"
    assert article.url == url
    assert local_server.requests == ["/summit"]


def test_redirects_are_followed_to_the_page(local_server):
    final = local_server.route("/final", serve("text/html", PAGE))
    local_server.route("/moved", redirect("/final", 301))
    first = local_server.route("/short", redirect(f"{local_server.base}/moved", 307))
    article = load_url(first)
    assert article.url == final
    assert local_server.requests == ["/short", "/moved", "/final"]


def test_redirect_loop_gives_a_clear_error(local_server):
    local_server.route("/ping", redirect("/pong"))
    url = local_server.route("/pong", redirect("/ping"))
    with pytest.raises(ImportError_, match=r"the server redirects in a loop"):
        load_url(url)


def test_redirects_are_bounded(local_server):
    for step in range(10):
        local_server.route(f"/step{step}", redirect(f"/step{step + 1}"))
    with pytest.raises(ImportError_, match=r"too many redirects \(more than 3\)"):
        load_url(f"{local_server.base}/step0", max_redirects=3)
    assert len(local_server.requests) == 4


@pytest.mark.parametrize(
    "location",
    ["file:///etc/passwd", "ftp://example.com/file.txt", "javascript:alert(1)"],
)
def test_redirect_to_a_non_web_address_is_refused(local_server, location):
    url = local_server.route("/escape", redirect(location))
    with pytest.raises(ImportError_, match=r"redirected to a non-web address"):
        load_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/article.txt",
        "javascript:alert(1)",
        "data:text/html,<p>hello</p>",
        "gopher://example.com/",
        "http://",
        "http://[::1",
        "http://example.com:99999/",
        "not a url at all",
    ],
)
def test_only_http_and_https_addresses_are_fetched(url):
    with pytest.raises(ImportError_, match=r"only http and https|not a valid web address"):
        load_url(url)


def test_server_that_never_answers_times_out(local_server):
    def stall(request):
        time.sleep(5)

    url = local_server.route("/stall", stall)
    started = time.monotonic()
    with pytest.raises(ImportError_, match=r"did not answer within 0.5 s"):
        load_url(url, timeout=0.5)
    assert time.monotonic() - started < 3


def trickle_body(request):
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.end_headers()
    request.wfile.write(b"<html><body><p>")
    while True:
        request.wfile.write(b"a")
        request.wfile.flush()
        time.sleep(0.05)


def trickle_headers(request):
    request.wfile.write(b"HTTP/1.0 200 OK\r\n")
    for number in range(1000):
        request.wfile.write(b"X-Slow-%d: 1\r\n" % number)
        request.wfile.flush()
        time.sleep(0.05)


@pytest.mark.parametrize("trickle", [trickle_body, trickle_headers])
def test_server_trickling_meets_the_overall_deadline(local_server, trickle):
    url = local_server.route("/trickle", trickle)
    started = time.monotonic()
    with pytest.raises(ImportError_, match=r"the download took longer than 2 s"):
        load_url(url, timeout=0.5)
    assert time.monotonic() - started < 4


def test_endless_body_stops_at_the_size_cap(local_server):
    def endless(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        chunk = b"<p>" + b"flood " * 10_000 + b"</p>"
        while True:
            request.wfile.write(chunk)

    url = local_server.route("/endless", endless)
    started = time.monotonic()
    with pytest.raises(ImportError_, match=r"the page is larger than the 1 MB limit"):
        load_url(url, max_bytes=1_000_000)
    assert time.monotonic() - started < 5


def test_declared_oversize_is_refused_before_download(local_server):
    def huge(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.send_header("Content-Length", "50000000")
        request.end_headers()
        request.wfile.write(b"<p>start</p>")

    url = local_server.route("/huge", huge)
    with pytest.raises(ImportError_, match=r"too large \(50.0 MB; the limit is 20 MB\)"):
        load_url(url)


def test_non_html_content_type_is_refused(local_server):
    url = local_server.route("/photo", serve("image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)))
    with pytest.raises(ImportError_, match=r"not a web page or document \(image/png\)"):
        load_url(url)


def test_plain_text_is_read_exactly(local_server):
    text = "The minister said: “We will not give in.”\r\nIt cost €5 million.\r\n"
    url = local_server.route("/statement.txt", serve("text/plain", text.encode("cp1252")))
    article = load_url(url)
    assert article.text == text
    assert article.url == url


def test_pdf_goes_through_the_pdf_path(local_server, make_pdf):
    pdf = make_pdf([["Statement", "The ministers met in Rome on Monday and agreed on a position."]])
    url = local_server.route("/statement.pdf", serve("application/octet-stream", pdf))
    article = load_url(url)
    expected = "Statement\nThe ministers met in Rome on Monday and agreed on a position."
    assert article.text == expected
    assert article.url == url


def test_http_error_status_is_reported(local_server):
    with pytest.raises(ImportError_, match=r"the server answered 404 Not Found"):
        load_url(f"{local_server.base}/nowhere")


def test_empty_page_is_reported(local_server):
    url = local_server.route("/empty", serve("text/html", b""))
    with pytest.raises(ImportError_, match=r"the page is empty"):
        load_url(url)


def test_refused_connection_is_reported():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ImportError_, match=r"the server refused the connection"):
        load_url(f"http://127.0.0.1:{port}/article", timeout=2)


def test_unknown_host_is_reported():
    with pytest.raises(ImportError_, match=r"cannot find the server|did not answer|failed"):
        load_url("http://briefer-no-such-host.invalid/article", timeout=2)


def test_https_page_with_a_trusted_certificate(self_signed_server, monkeypatch):
    server, certificate = self_signed_server
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate))
    url = server.route("/secure", serve("text/html", PAGE))
    assert url.startswith("https://127.0.0.1:")
    assert "ended their summit in Paris" in load_url(url, timeout=5).text


def test_https_with_an_untrusted_certificate_is_refused(self_signed_server):
    server, _certificate = self_signed_server
    url = server.route("/secure", serve("text/html", PAGE))
    with pytest.raises(ImportError_, match=r"security certificate is not valid"):
        load_url(url, timeout=5)


def compressed(content_type: str, body: bytes, encoding: str = "gzip"):
    def handler(request):
        request.send_response(200)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Encoding", encoding)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handler


def test_page_compressed_although_not_asked_for_is_inflated(local_server):
    url = local_server.route("/gzip", compressed("text/html", gzip.compress(PAGE)))
    assert "ended their summit in Paris" in load_url(url).text
    url = local_server.route("/deflate", compressed("text/html", zlib.compress(PAGE), "deflate"))
    assert "ended their summit in Paris" in load_url(url).text


def test_compressed_bomb_stops_at_the_size_cap(local_server):
    bomb = gzip.compress(b"<p>" + b"a" * 50_000_000 + b"</p>", compresslevel=9)
    assert len(bomb) < 100_000
    url = local_server.route("/bomb", compressed("text/html", bomb))
    with pytest.raises(ImportError_, match=r"the page is larger than the 20 MB limit"):
        load_url(url)


def test_damaged_or_unknown_compression_is_reported(local_server):
    for name, body in (("/broken", b"not gzip at all"), ("/cut", gzip.compress(PAGE)[:-30])):
        url = local_server.route(name, compressed("text/html", body))
        with pytest.raises(ImportError_, match=r"a damaged compressed page"):
            load_url(url)
    url = local_server.route("/brotli", compressed("text/html", b"\x1b\x00", "br"))
    with pytest.raises(ImportError_, match=r"an unsupported encoding \(br\)"):
        load_url(url)


def test_http_proxy_from_the_environment_is_used(local_server, monkeypatch):
    seen_headers = []

    def proxy(request):
        seen_headers.append(dict(request.headers))
        serve("text/html", PAGE)(request)

    local_server.handler.routes["http://briefer.test:80/summit"] = proxy
    monkeypatch.setenv("http_proxy", f"http://analyst:s%40cret@{local_server.base[7:]}")
    article = load_url("http://briefer.test/summit")
    assert "ended their summit in Paris" in article.text
    assert local_server.requests == ["http://briefer.test:80/summit"]
    assert seen_headers[0]["Host"] == "briefer.test:80"
    assert seen_headers[0]["Proxy-Authorization"] == "Basic " + base64.b64encode(
        b"analyst:s@cret"
    ).decode()


def test_no_proxy_addresses_are_fetched_directly(local_server, monkeypatch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{dead_port}")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    url = local_server.route("/direct", serve("text/html", PAGE))
    assert "ended their summit in Paris" in load_url(url).text
    monkeypatch.setenv("no_proxy", "")
    with pytest.raises(ImportError_, match=r"the server refused the connection"):
        load_url(url)
