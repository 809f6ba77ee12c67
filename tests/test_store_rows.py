"""Events and claims as table rows (sorot.store.rows)."""

from __future__ import annotations

from types import SimpleNamespace

from sorot.events.record import Event, EventActor
from sorot.store.rows import event_columns, event_id

RUS = EventActor("RUS", "Rusia", "RUS", "GOV", 0, 5)
PRK = EventActor("PRK", "Korea Utara", "PRK", "GOV", 15, 26)


def _event(mode: str | None, date: str | None = None) -> Event:
    return Event(event_type="AID", mode=mode, source=[RUS], recipient=[PRK], date=date, date_span=None, location=None,
                 context=[], attribution=None, trigger=(6, 14), evidence=(0, 40), confidence=0.8)


def test_two_events_read_from_one_verb_get_two_keys():
    # "Rusia mengirim senjata dan makanan ke Korea Utara": military and humanitarian aid, one trigger.
    article = SimpleNamespace(id="a1", text="Rusia mengirim senjata dan makanan ke Korea Utara.",
                              events=[_event("military"), _event("humanitarian"), _event("military", "2025-06")])
    other = SimpleNamespace(id="a2", text=article.text, events=[_event("military")])
    ids = event_columns([article, other])["id"]
    assert len(set(ids)) == 4
    assert ids[0] == event_id("a1", article.events[0]) and ids[3] == event_id("a2", other.events[0])  # unchanged where unique
    assert event_columns([article])["id"] == ids[:3]  # the same every time
