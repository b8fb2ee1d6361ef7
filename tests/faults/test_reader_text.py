"""The reader shows an article's text as text: HTML in it is never rendered as markup."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from briefer.core.records import Actor, Article, Mention, Quote
from briefer.gui.reader import Reader

HOSTILE_HTML = (
    "<html><head><script>document.title='pwned'</script></head><body>"
    "<h1>Big headline</h1><b>bold</b> <i>italic</i> <a href=\"https://evil.example\">link</a>\n"
    "<img src=\"https://tracker.example/pixel.gif\"> <img src=\"file:///etc/passwd\">\n"
    "<iframe src=\"https://evil.example/frame\"></iframe>&amp; &lt;tag&gt; &#x263A;"
    "</body></html>"
)


def _fragments(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            yield iterator.fragment()
            iterator += 1
        block = block.next()


def test_article_text_with_html_is_shown_verbatim(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    reader.resize(1600, 900)
    reader.show()
    qtbot.waitExposed(reader)
    title, outlet = "<b>Title</b> <img src=\"x.png\">", "<i>Outlet</i>"
    reader.set_article(Article(text=HOSTILE_HTML, title=title, id=1, outlet=outlet))

    document = reader.view.document()
    assert document.toPlainText() == HOSTILE_HTML
    assert document.resource(QTextDocument.ResourceType.ImageResource,
                              "https://tracker.example/pixel.gif") is None
    for fragment in _fragments(document):
        fmt = fragment.charFormat()
        assert not fmt.isImageFormat()
        assert not fmt.isAnchor()
        assert fmt.fontWeight() <= 400, "no <b> or <h1> may turn into bold text"
    labels = " ".join(_shown_label(label) for label in reader.findChildren(QLabel))
    assert title in labels and outlet in labels
    for widget in [reader, *reader.findChildren(QWidget)]:
        tooltip = widget.toolTip()
        for hostile in (title, outlet):
            if hostile in tooltip:
                assert hostile in _shown(tooltip), (
                    f"markup rendered in the tooltip of {widget.objectName()!r}: {tooltip!r}")


def _shown_label(label: QLabel) -> str:
    """The text a label displays: markup only counts as markup when Qt renders it."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText:
        return text
    if label.textFormat() == Qt.TextFormat.AutoText:
        return _shown(text)
    return _rendered(text)


def _shown(tooltip_or_auto_text: str) -> str:
    if Qt.mightBeRichText(tooltip_or_auto_text):
        return _rendered(tooltip_or_auto_text)
    return tooltip_or_auto_text


def test_tooltips_of_names_and_roles_with_markup_are_not_rich_text(qtbot):
    reader = Reader()
    qtbot.addWidget(reader)
    name = "<img src=\"file:///etc/passwd\"><b>Bobby</b>"
    text = f"{name} said: “<script>alert(1)</script>”"
    article = Article(text=text, title="t", id=1)
    actor = Actor(id=7, name=name, type="person", roles=["<i>Minister</i>"],
                  affiliation="<a href=\"https://evil.example\">Evil</a>")
    q_start = text.index("“") + 1
    quote = Quote(id=3, article_id=1, start=q_start, end=text.index("”"),
                  text=text[q_start:text.index("”")], kind="direct", speaker_id=7)
    mention = Mention(id=5, article_id=1, actor_id=7, start=0, end=len(name), text=name)
    reader.set_article(article, mentions=[mention], quotes=[quote], actors={7: actor})

    tooltips = [h.tooltip for h in reader.view.highlights]
    assert len(tooltips) == 2
    for tooltip in tooltips:
        shown = _shown(tooltip)
        assert "Bobby" in shown
        assert "<b>Bobby</b>" in shown, f"markup was rendered: {tooltip!r}"


def _rendered(markup: str) -> str:
    """What a rich-text tooltip actually displays."""
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()
