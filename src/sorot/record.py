"""The records that flow through the pipeline.

A `Page` is one unit of input (a file, or one JSON Lines / CSV record). The clean
stage turns it into one or more `Article`s. Every annotation on an article is an
offset span into `Article.text`; nothing copies text except `RemovedLine`, which
keeps the boilerplate exactly as it was so a user can see what was removed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sorot.claims.extract import Claim
    from sorot.events.record import Event
    from sorot.stories.signature import Fingerprint
    from sorot.time.tagger import Timex


def content_hash(data: str | bytes, length: int = 16) -> str:
    """Stable hexadecimal id of some content (sha256, truncated)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:length]


@dataclass(frozen=True)
class RemovedLine:
    """A line the clean stage removed, with the reason code and its line number."""

    text: str
    reason: str
    line_no: int


@dataclass(frozen=True)
class Span:
    """A labelled character span into an article's clean text."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class ActorMention:
    """One place an actor is named in an article's clean text."""

    start: int
    end: int
    text: str


@dataclass
class ArticleActor:
    """An actor an article names: who it is (a knowledge-base id, or one made for a person
    the knowledge base does not know), the role the text gives it, and where it is named."""

    actor_id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    role: str | None
    confidence: float
    mentions: list[ActorMention] = field(default_factory=list)


@dataclass
class Article:
    """One news article: clean text plus offset-based annotations."""

    page_id: str
    source_id: str
    part: int
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    editor: str | None = None
    dateline: str | None = None
    dct: str | None = None
    dct_source: str | None = None
    dct_evidence: str | None = None
    language: str | None = None
    language_confidence: float | None = None
    removed_lines: list[RemovedLine] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    fingerprint: Fingerprint | None = None
    timexes: list[Timex] = field(default_factory=list)
    actors: list[ArticleActor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    stages: dict[str, str] = field(default_factory=dict)

    @cached_property
    def id(self) -> str:
        return content_hash(f"{self.page_id}:{self.part}")

    @cached_property
    def text_hash(self) -> str:
        return content_hash(" ".join(self.text.split()).lower())


@dataclass
class Page:
    """One unit of input, decoded to text, before cleaning.

    `fmt` is `text`, `html` or `record` (a JSON Lines or CSV record whose body is
    already plain text). The metadata fields are filled from records when the input
    carries them.
    """

    source_id: str
    source_path: str
    fmt: str
    raw: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published_raw: str | None = None
    body: str | None = None
    articles: list[Article] = field(default_factory=list)

    @cached_property
    def page_id(self) -> str:
        return content_hash(f"{self.fmt}\n{self.url or ''}\n{self.raw}")

    @property
    def version_key(self) -> str:
        """What makes two pages versions of one another: the URL, else the source id."""
        return self.url or self.source_id


@dataclass(frozen=True)
class Rejection:
    """Input that could not become an article, with a reason code and details."""

    source_id: str
    source_path: str
    reason: str
    detail: str

    @property
    def id(self) -> str:
        return content_hash(f"{self.source_path}\n{self.source_id}\n{self.reason}")


class Rejected(Exception):
    """Raised by a stage to reject a page; the runner records it and goes on."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
