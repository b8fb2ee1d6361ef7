"""Attack pass: responses that are not what they declare: two Content-Lengths, no HTTP.

http.client trusts the first; when it is the shorter, the page was imported cut
after that many bytes, with no word said ("... with enough words to"). Two
different lengths make a response unusable (RFC 9112, 6.3): it is refused.
"""

from __future__ import annotations

import pytest

from briefer.core.errors import ImportError_
from briefer.ingest import load_url
from tests.faults.test_ingest_download import ARTICLE, server  # noqa: F401  (the fixture)


def test_two_different_content_lengths_are_refused(server):  # noqa: F811
    body = ARTICLE.encode()
    head = ("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n"
            f"Content-Length: {len(body) - 200}\r\nContent-Length: {len(body)}\r\n\r\n")
    server.response = head.encode() + body
    with pytest.raises(ImportError_, match="conflicting lengths"):
        load_url(f"{server.base}/page")


def test_a_repeated_equal_content_length_is_accepted(server):  # noqa: F811
    body = ARTICLE.encode()
    head = ("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n"
            f"Content-Length: {len(body)}\r\nContent-Length: {len(body)}\r\n\r\n")
    server.response = head.encode() + body
    assert "More details follow." in load_url(f"{server.base}/page").text


def test_an_answer_that_is_not_http_is_named_without_echoing_the_page(server):  # noqa: F811
    server.response = ARTICLE.encode()  # HTTP/0.9 style: the body without a status line
    with pytest.raises(ImportError_) as caught:
        load_url(f"{server.base}/page")
    assert "not an HTTP answer" in str(caught.value)
    assert "<html>" not in str(caught.value)
