"""An event mention: one PLOVER event a sentence reports, with the text behind every field."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EventActor:
    """An actor in an event role, with the span of the article that names it."""

    actor_id: str
    name: str
    country: str | None
    sector: str | None
    start: int
    end: int


@dataclass
class Event:
    """One event mention. Offsets are into the article's clean text; `trigger` is the
    word or phrase that codes the type, `evidence` the sentence."""

    event_type: str
    mode: str | None
    source: list[EventActor]
    recipient: list[EventActor]
    date: str | None
    date_span: tuple[int, int] | None
    location: EventActor | None
    context: list[str]
    attribution: EventActor | None
    trigger: tuple[int, int]
    evidence: tuple[int, int]
    confidence: float
    cues: dict[str, tuple[int, int]] = field(default_factory=dict)
    mentions: int = 1  # sentences of the article that report it (the first is the evidence)
    ongoing: bool = False  # a war or conflict as a state of affairs, not one act within it
