"""The DuckDB schema, versioned. A database made by another version of Sorot is refused,
with a message that says what to do, and never altered."""

from __future__ import annotations

SCHEMA_VERSION = 4
# What each version added, for the message that refuses an older database.
ADDED = {2: "events, claims or stories", 3: "stored duplicate index (lsh_bands) or claim group keys",
         4: "canonical event blocks (canonical_blocks)"}

_V = "VARCHAR"

# table -> (columns in order, primary key)
TABLES: dict[str, tuple[list[tuple[str, str]], tuple[str, ...]]] = {
    "meta": ([("key", _V), ("value", _V)], ("key",)),
    "runs": ([("run_id", _V), ("started_at", "TIMESTAMP"), ("finished_at", "TIMESTAMP"), ("paths", _V), ("counts", _V)], ("run_id",)),
    "pages": (
        [("page_id", _V), ("seq", "BIGINT"), ("source_id", _V), ("source_path", _V), ("fmt", _V), ("url", _V),
         ("published_raw", _V), ("run_id", _V)],
        ("page_id",),
    ),
    "articles": (
        [("id", _V), ("seq", "BIGINT"), ("page_id", _V), ("source_id", _V), ("part", "INTEGER"), ("url", _V),
         ("outlet", _V), ("title", _V), ("author", _V), ("editor", _V), ("dateline", _V), ("dct", _V),
         ("dct_source", _V), ("dct_evidence", _V), ("language", _V), ("language_confidence", "DOUBLE"),
         ("text", _V), ("text_hash", _V), ("removed_lines", _V), ("sentences", _V), ("story_id", _V)],
        ("id",),
    ),
    "versions": ([("version_key", _V), ("part", "INTEGER"), ("version", "INTEGER"), ("article_id", _V)], ("version_key", "part", "version")),
    "duplicates": (
        [("article_id", _V), ("duplicate_of", _V), ("matched", _V), ("kind", _V), ("similarity", "DOUBLE"), ("containment", "DOUBLE")],
        ("article_id",),
    ),
    "fingerprints": ([("article_id", _V), ("minhash", "UINTEGER[]"), ("shingles", "INTEGER"), ("numbers", "VARCHAR[]")], ("article_id",)),
    # The MinHash LSH buckets each fingerprinted article falls in (`sorot.stories.dedup.band_keys`):
    # an ingest reads only the buckets of its new articles. No primary key: an index over
    # 64 rows per article would cost more to keep than the scans it saves.
    "lsh_bands": ([("band", "UTINYINT"), ("key", "UBIGINT"), ("article_id", _V)], ()),
    "timexes": (
        [("article_id", _V), ("start", "INTEGER"), ("end", "INTEGER"), ("text", _V), ("type", _V), ("value", _V), ("anchor", _V)],
        ("article_id", "start"),
    ),
    "actors": (
        [("article_id", _V), ("actor_id", _V), ("name", _V), ("type", _V), ("country", _V), ("sector", _V),
         ("role", _V), ("confidence", "DOUBLE"), ("mentions", _V)],
        ("article_id", "actor_id"),
    ),
    "events": (
        [("id", _V), ("article_id", _V), ("event_type", _V), ("mode", _V), ("context", _V), ("source", _V),
         ("recipient", _V), ("date", _V), ("date_start", "INTEGER"), ("date_end", "INTEGER"), ("location", _V),
         ("attribution", _V), ("trigger_text", _V), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
         ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"), ("confidence", "DOUBLE"), ("cues", _V),
         ("mentions", "INTEGER"), ("canonical_id", _V)],
        ("id",),
    ),
    "claims": (
        [("id", _V), ("article_id", _V), ("subject", _V), ("value", "DOUBLE"), ("unit", _V), ("qualifier", _V),
         ("approx", "BOOLEAN"), ("date", _V), ("attribution", _V), ("text", _V), ("start", "INTEGER"),
         ("end", "INTEGER"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"), ("confidence", "DOUBLE"),
         ("group_id", _V), ("group_key", _V), ("group_day", "DATE")],
        ("id",),
    ),
    "canonical_events": (
        [("canonical_id", _V), ("event_type", _V), ("mode", _V), ("source", _V), ("recipient", _V), ("date", _V),
         ("location", _V), ("reports", "INTEGER"), ("outlets", "INTEGER"), ("event_ids", _V),
         ("first_reported", _V), ("planned_for", _V), ("seq", "BIGINT"), ("start", "DATE"), ("end", "DATE"),
         ("provisional", "BOOLEAN"), ("first_event_id", _V)],
        ("canonical_id",),
    ),
    # The blocks (`sorot.stories.canonical.Block`: type|source state|recipient state, and
    # whether its mentions are plans reported ahead) of each canonical event, with the days
    # a report that joins it may give (its reach): an ingest reads only the events its new
    # mentions may join. No primary key, as lsh_bands.
    "canonical_blocks": (
        [("block", _V), ("ahead", "BOOLEAN"), ("canonical_id", _V), ("start", "DATE"), ("end", "DATE"), ("seq", "BIGINT")],
        (),
    ),
    "stories": (
        [("story_id", _V), ("title", _V), ("article_ids", _V), ("source_ids", _V), ("outlets", _V),
         ("first_seen", _V), ("last_seen", _V)],
        ("story_id",),
    ),
    "story_links": ([("article_id", _V), ("story_id", _V), ("reason", _V)], ("article_id",)),
    "provenance": ([("article_id", _V), ("stage", _V), ("version", _V), ("run_id", _V)], ("article_id", "stage")),
    "rejections": (
        [("id", _V), ("seq", "BIGINT"), ("source_id", _V), ("source_path", _V), ("reason", _V), ("detail", _V), ("run_id", _V)],
        ("id",),
    ),
}

# Columns that record when or in which run something happened; everything else is
# determined by the input alone, so two runs over the same input store the same rows.
RUN_COLUMNS = frozenset({"run_id", "started_at", "finished_at"})


def column_names(table: str) -> list[str]:
    return [name for name, _ in TABLES[table][0]]


def create_statements() -> list[str]:
    statements = []
    for table, (columns, key) in TABLES.items():
        body = ", ".join(f'"{name}" {kind}' for name, kind in columns)
        keys = ", ".join(f'"{name}"' for name in key)
        primary = f", PRIMARY KEY ({keys})" if key else ""
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body}{primary})")
    return statements
