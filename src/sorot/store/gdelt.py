"""A GDELT-like events CSV for event-data users: one row per source-recipient pair.

Columns follow GDELT 2.0's event table where it has an equivalent (GLOBALEVENTID,
SQLDATE, Actor1Code/Name/CountryCode, Actor2..., EventCode, NumMentions (the sentences of
the article that report the event),
ActionGeo_FullName/CountryCode, SOURCEURL); EventCode holds the PLOVER type, and
PLOVER's mode, context and Sorot's evidence span are added at the end.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
    "Actor2CountryCode", "EventCode", "EventMode", "Context", "NumMentions", "ActionGeo_FullName",
    "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL", "SourceId", "Confidence", "EvidenceStart", "EvidenceEnd",
    "EvidenceText",
]


def _code(actor: dict | None) -> str:
    """CAMEO-style actor code: country then sector ("RUSGOV"), or the sector alone."""
    if not actor:
        return ""
    return f"{actor.get('country') or ''}{actor.get('sector') or ''}"


def _sqldate(value: str | None) -> str:
    """YYYYMMDD of a TIMEX3 value at day precision, else empty (GDELT needs a day)."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:10].replace("-", "").isdigit():
        return value[:10].replace("-", "")
    return ""


def gdelt_records(events: Iterable[dict]) -> Iterable[dict]:
    for event in events:
        recipients = event["recipient"] or [None]
        for number, (source, recipient) in enumerate((s, r) for s in event["source"] for r in recipients):
            location = event["location"] or {}
            yield {
                "GLOBALEVENTID": f"{event['id']}-{number}",
                "SQLDATE": _sqldate(event["date"]) or _sqldate(event.get("dct")),
                "Actor1Code": _code(source), "Actor1Name": source["name"], "Actor1CountryCode": source.get("country") or "",
                "Actor2Code": _code(recipient), "Actor2Name": (recipient or {}).get("name", ""),
                "Actor2CountryCode": (recipient or {}).get("country") or "",
                "EventCode": event["event_type"], "EventMode": event["mode"] or "", "Context": ";".join(event["context"]),
                "NumMentions": event.get("mentions") or 1, "ActionGeo_FullName": location.get("name", ""),
                "ActionGeo_CountryCode": location.get("country") or "", "DATEADDED": _sqldate(event.get("dct")),
                "SOURCEURL": event.get("url") or "", "SourceId": event["source_id"], "Confidence": event["confidence"],
                "EvidenceStart": event["evidence"]["start"], "EvidenceEnd": event["evidence"]["end"],
                "EvidenceText": event["evidence"]["text"],
            }


def write_gdelt(events: Iterable[dict], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for record in gdelt_records(events):
        writer.writerow(record)
        count += 1
    return count
