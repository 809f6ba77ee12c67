"""Page layout: which lines are title, body or boilerplate, and where articles begin.

A scraped page reads top to bottom as: a header zone (crawl date, site name,
section label, headline, repeated headline, photo caption), the body, and a
trailer (pagination, recommendations, copyright). Listing pages (tag archives,
search results) hold several headline + body blocks; a second dateline after a
headline also starts a new article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sorot.clean.boilerplate import NAME_IN_BRACKETS, ends_like_sentence, is_body_line, line_reason, words
from sorot.clean.metadata import DATELINE
from sorot.record import RemovedLine
from sorot.text.sentences import split_sentences


@dataclass
class Line:
    number: int
    text: str
    reason: str | None = None

    @property
    def body(self) -> bool:
        return self.reason is None and is_body_line(self.text)


@dataclass
class ArticleLayout:
    title: str | None
    lines: list[Line] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


_REPEAT_CHARS = 80  # a shorter line may repeat a phrase by chance


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _is_headline(line: Line) -> bool:
    count = len(words(line.text))
    return line.reason is None and not line.body and 3 <= count <= 25 and not line.text.endswith(":")


def _is_single_sentence(text: str) -> bool:
    return len(words(text)) <= 45 and len(split_sentences(text)) == 1


def _mark_captions(lines: list[Line]) -> None:
    """The caption of a photo credit: the one-sentence line after it, else a finished
    one-sentence line before it (a headline above a credit has no full stop)."""
    for index, line in enumerate(lines):
        if line.reason != "photo_credit":
            continue
        after = lines[index + 1] if index + 1 < len(lines) else None
        before = lines[index - 1] if index > 0 else None
        if after and after.reason is None and _is_single_sentence(after.text) and not DATELINE.match(after.text):
            after.reason = "caption"
        elif before and before.reason is None and _is_single_sentence(before.text) and ends_like_sentence(before.text):
            before.reason = "caption"


def _mark_repeats(lines: list[Line]) -> None:
    """A paragraph that an earlier, longer kept line of the same article already holds: a page
    that nests the body in several containers gives it once whole and again piece by piece.
    (A paragraph written twice alone is left.)"""
    kept: list[str] = []
    for line in lines:
        if line.reason is not None:
            continue
        if len(line.text) >= _REPEAT_CHARS and any(line.text in earlier and line.text != earlier for earlier in kept):
            line.reason = "repeated_text"
        else:
            kept.append(line.text)


def _mark_trailer(lines: list[Line]) -> None:
    """After the last paragraph: short non-sentences, and once the trailer has begun
    (the first boilerplate line after the body), every line that is not a paragraph."""
    last_body = max(index for index, line in enumerate(lines) if line.body)
    in_trailer = False
    for line in lines[last_body + 1 :]:
        if line.reason is not None:
            in_trailer = True
            continue
        short = len(words(line.text)) <= 5 and not ends_like_sentence(line.text)
        if short or (in_trailer and not line.body):
            line.reason = "trailing_widget"


def _choose_title(header: list[Line]) -> Line | None:
    candidates = [line for line in header if line.reason is None and len(words(line.text)) >= 3]
    if not candidates:
        return None
    return max(candidates, key=lambda line: len(words(line.text)))


def _fuller_title(header: list[Line], known_title: str) -> Line | None:
    """A header line that repeats the declared title, perhaps more fully (an <h1> that
    continues a shorter og:title): it becomes the title."""
    key = _normalise(known_title)
    for line in header:
        if line.reason is None and key and _normalise(line.text).startswith(key):
            return line
    return None


def _article_starts(lines: list[Line], first_body: int, listing: bool) -> list[int]:
    """Indexes of headlines that open a further article after the first one."""
    starts = []
    seen_body = False
    for index in range(first_body, len(lines)):
        line = lines[index]
        if line.body:
            seen_body = True
            continue
        if not seen_body or not _is_headline(line):
            continue
        following = next((other for other in lines[index + 1 :] if other.reason is None), None)
        if following is None or not following.body:
            continue
        if listing or DATELINE.match(following.text):
            starts.append(index)
            seen_body = False
    return starts


def layout_page(text: str, known_title: str | None = None, scraped: bool = True) -> list[ArticleLayout]:
    """Split page text into articles, each with title, body lines and removed lines.

    `scraped` pages (plain-text scrapes and HTML) get the header/trailer analysis;
    records whose title is known only get the line rules.
    """
    lines = [Line(number, raw.strip()) for number, raw in enumerate(text.split("\n"), start=1) if raw.strip()]
    for line in lines:
        line.reason = line_reason(line.text)
    if lines and lines[-1].reason is None and NAME_IN_BRACKETS.match(lines[-1].text):
        lines[-1].reason = "reporter_initials"  # the closing "(Angkasa Yudhistira)"
    _mark_captions(lines)
    first_body = next((index for index, line in enumerate(lines) if line.body), None)

    title_line: Line | None = None
    listing = False
    if scraped and first_body is not None:
        header = lines[:first_body]
        listing = any(line.reason == "archive_header" for line in header)
        if known_title is None:
            title_line = _choose_title(header)
        else:
            title_line = _fuller_title(header, known_title)
            known_title = title_line.text if title_line else known_title
        for line in header:
            if line is title_line or line.reason is not None:
                continue
            if len(words(line.text)) <= 6:
                line.reason = "section_label"
        _mark_trailer(lines)

    title = known_title if known_title is not None else (title_line.text if title_line else None)
    starts = _article_starts(lines, first_body, listing) if scraped and first_body is not None else []
    boundaries = [0, *starts, len(lines)]
    articles = []
    for begin, end in zip(boundaries, boundaries[1:]):
        segment = lines[begin:end]
        if begin > 0:
            title_line = segment[0]
            title = title_line.text
            segment = segment[1:]
        article = ArticleLayout(title=title)
        title_key = _normalise(title) if title else None
        _mark_repeats([line for line in segment if line is not title_line])  # within one article of a listing
        for line in segment:
            if line is title_line:
                continue
            if line.reason is None and title_key and _normalise(line.text) == title_key:
                line.reason = "title_repeat"
            if line.reason is None:
                article.lines.append(line)
            else:
                article.removed.append(RemovedLine(line.text, line.reason, line.number))
        if article.lines:
            articles.append(article)
    return articles
