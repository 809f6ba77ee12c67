"""Filters over exported events and claims, shared by the CLI and the API."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


def involves(event: dict, actor: str) -> bool:
    """Whether an actor takes part: its id or country code exactly ("PRK",
    "PER:vladimir-putin"), or whole words of its name or id ("Putin", "Kim Jong Un")."""
    wanted = actor.casefold().strip()
    words = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
    for side in event["source"] + event["recipient"]:
        actor_id, country = str(side.get("actor_id") or "").casefold(), str(side.get("country") or "").casefold()
        if wanted in (actor_id, country):
            return True
        if words.search(str(side.get("name") or "").casefold()) or words.search(actor_id.replace("-", " ")):
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
