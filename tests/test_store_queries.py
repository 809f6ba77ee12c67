"""Event filters: actors by id, country code or whole words of their name; dates; types."""

from __future__ import annotations

from sorot.store.queries import EventFilter, involves


def event(source, recipient=(), event_type="CONSULT", date=None, dct="2025-06-18", context=()):
    return {"source": list(source), "recipient": list(recipient), "event_type": event_type, "date": date, "dct": dct,
            "context": list(context)}


PUTIN = {"actor_id": "PER:vladimir-putin", "name": "Vladimir Putin", "country": "RUS"}
FIRMS = {"actor_id": "AGT:IDN:BUS:perusahaan", "name": "company", "country": "IDN"}
RUSDI = {"actor_id": "PER:rusdi-kirana", "name": "Rusdi Kirana", "country": "IDN"}


def test_actor_by_id_country_or_whole_words_of_its_name():
    assert involves(event([PUTIN]), "RUS") and involves(event([PUTIN]), "putin")
    assert involves(event([PUTIN]), "PER:vladimir-putin") and involves(event([], [PUTIN]), "Vladimir Putin")
    assert not involves(event([RUSDI]), "RUS")  # not a substring of a name
    assert not involves(event([FIRMS]), "USA")  # "perusahaan" holds "usa"


def test_filters_on_type_context_and_dates():
    events = [event([PUTIN], event_type="CONSULT", date="2024-06-19"),
              event([PUTIN], event_type="AGREE", date=None, dct="2025-06-18T10:00", context=["future"])]
    assert len(list(EventFilter(event_type="consult")(events))) == 1
    assert len(list(EventFilter(context="future")(events))) == 1
    assert [e["event_type"] for e in EventFilter(since="2025")(events)] == ["AGREE"]  # no date: the article's
    assert [e["event_type"] for e in EventFilter(until="2024-06")(events)] == ["CONSULT"]
