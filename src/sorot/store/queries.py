"""Filters over exported events and claims, shared by the CLI and the API."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


def _names(actor: dict) -> set[str]:
    return {str(actor.get("actor_id") or "").casefold(), str(actor.get("name") or "").casefold(),
            str(actor.get("country") or "").casefold()}


def involves(event: dict, actor: str) -> bool:
    """Whether an actor takes part, by id, country code or (part of) its name."""
    wanted = actor.casefold()
    for side in event["source"] + event["recipient"]:
        names = _names(side)
        if wanted in names or any(wanted in name for name in names if len(wanted) >= 3):
            return True
    return False


def when(event: dict) -> str:
    """The event's date, else its article's publication date: what a timeline sorts on."""
    return event.get("date") or (event.get("dct") or "")[:10]


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None
    event_type: str | None = None
    context: str | None = None
    since: str | None = None
    until: str | None = None

    def __call__(self, events: Iterable[dict]) -> Iterator[dict]:
        for event in events:
            if self.actor and not involves(event, self.actor):
                continue
            if self.event_type and event["event_type"] != self.event_type.upper():
                continue
            if self.context and self.context not in event["context"]:
                continue
            day = when(event)
            if self.since and (not day or day[: len(self.since)] < self.since):
                continue
            if self.until and (not day or day[: len(self.until)] > self.until):
                continue
            yield event
