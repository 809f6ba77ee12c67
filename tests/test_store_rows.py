"""Events and claims as table rows (sorot.store.rows)."""

from __future__ import annotations

from types import SimpleNamespace

import duckdb
import pyarrow as pa

from sorot.events.record import Event, EventActor
from sorot.store.rows import event_columns, event_id
from sorot.store.schema import column_names, create_statements

RUS = EventActor("RUS", "Rusia", "RUS", "GOV", 0, 5)
PRK = EventActor("PRK", "Korea Utara", "PRK", "GOV", 15, 26)


def _event(mode: str | None, date: str | None = None) -> Event:
    return Event(event_type="AID", mode=mode, source=[RUS], recipient=[PRK], date=date, date_span=None, location=None,
                 context=[], attribution=None, trigger=(6, 14), evidence=(0, 40), confidence=0.8)


def _articles():
    # "Rusia mengirim senjata dan makanan ke Korea Utara": military and humanitarian aid from one
    # trigger, and the military aid once more for another listed year.
    text = "Rusia mengirim senjata dan makanan ke Korea Utara."
    first = SimpleNamespace(id="a1", text=text, events=[_event("military"), _event("humanitarian"),
                                                        _event("military", "2025")])
    return first, SimpleNamespace(id="a2", text=text, events=[_event("military")])


def test_two_events_read_from_one_verb_get_two_keys():
    first, other = _articles()
    columns = event_columns([first, other])
    rows = list(zip(columns["id"], columns["article_id"], columns["mode"], columns["date"]))
    assert [row[1:] for row in rows] == [("a1", "military", None), ("a1", "humanitarian", None), ("a1", "military", "2025"),
                                         ("a2", "military", None)]
    assert len({row[0] for row in rows}) == 4
    assert rows[0][0] == event_id("a1", first.events[0]) and rows[3][0] == event_id("a2", other.events[0])  # unique: unchanged
    assert event_columns([first])["id"] == columns["id"][:3]  # the same every time


def test_the_events_table_takes_them():
    con = duckdb.connect()
    for statement in create_statements():
        con.execute(statement)
    columns = event_columns(list(_articles()))
    batch = pa.table({name: columns.get(name, [None] * len(columns["id"])) for name in column_names("events")})
    con.register("batch", batch)
    con.execute("INSERT INTO events SELECT * FROM batch")
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchone() == (4, 4)
