"""The DuckDB store: one write path (a transaction per batch), read queries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

from sorot.record import Article, Page, Rejection
from sorot.stories.dedup import BUCKET_LIMIT, DuplicateIndex, DuplicateLink, StoredEntries, band_keys
from sorot.stories.signature import Fingerprint
from sorot.store.rows import claim_columns, event_columns
from sorot.store.schema import ADDED, SCHEMA_VERSION, column_names, create_statements


class StoreError(RuntimeError):
    pass


# The stored articles of the buckets in `_keys`, seen before page ? (the last ? of each, in
# the order they were seen), their fingerprints, and the first article of each text in `_hashes`.
BUCKET_SQL = """
SELECT band, key, article_id FROM (
    SELECT l.band, l.key, l.article_id, a.seq, a.part,
           row_number() OVER (PARTITION BY l.band, l.key ORDER BY a.seq DESC, a.part DESC) AS latest
    FROM lsh_bands l SEMI JOIN _keys k ON l.band = k.band AND l.key = k.key
    JOIN articles a ON a.id = l.article_id
    WHERE a.seq < ?
) WHERE latest <= ? ORDER BY band, key, seq, part
"""
PRINT_SQL = """
SELECT f.article_id, f.minhash, f.shingles, f.numbers, coalesce(d.duplicate_of, f.article_id)
FROM fingerprints f LEFT JOIN duplicates d ON d.article_id = f.article_id
WHERE f.article_id IN (SELECT id FROM _wanted)
"""
TEXT_SQL = """
SELECT a.text_hash, a.id, coalesce(d.duplicate_of, a.id) FROM articles a
JOIN fingerprints f ON f.article_id = a.id LEFT JOIN duplicates d ON d.article_id = a.id
WHERE a.text_hash IN (SELECT text_hash FROM _hashes) AND a.seq < ?
ORDER BY a.seq, a.part
"""


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Store:
    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no database at {self.path}; run `sorot ingest --db {self.path} PATH...` first")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as error:
            raise StoreError(f"cannot open database {self.path}: {error}") from error
        if not read_only and self._stored_version() is None:
            self._create()
        self._check_version()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _create(self) -> None:
        self.con.begin()
        for statement in create_statements():
            self.con.execute(statement)
        self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        self.con.commit()

    def _stored_version(self) -> int | None:
        """The schema version the file declares; None for a new (empty) file."""
        tables = {row[0] for row in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if not tables:
            return None
        if "meta" not in tables:
            raise StoreError(f"{self.path} is not a Sorot database")
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _check_version(self) -> None:
        found = self._stored_version()
        if found is None or found > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {found}, newer than this Sorot's {SCHEMA_VERSION}; upgrade Sorot"
                if found else f"{self.path} is not a Sorot database"
            )
        if found < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {found}, older than this Sorot's {SCHEMA_VERSION}: it has no "
                f"{', '.join(ADDED[v] for v in range(found + 1, SCHEMA_VERSION + 1) if v in ADDED)}. "
                f"Ingest its input into a new database (this file is left as it is)"
            )

    # --- state the ingest needs ---------------------------------------------------

    # Each takes the keys of a chunk of input, so an ingest reads what its input needs,
    # not every stored id.

    def stored_ids(self, ids: list[str]) -> set[str]:
        """The ids among ``ids`` of pages or rejections already stored."""
        with self.registered({"_ids": pa.table({"id": pa.array(ids, pa.string())})}):
            return {row[0] for row in self.con.execute(
                "SELECT page_id FROM pages WHERE page_id IN (SELECT id FROM _ids) "
                "UNION ALL SELECT id FROM rejections WHERE id IN (SELECT id FROM _ids)").fetchall()}

    def version_heads(self, keys: list[tuple[str, int]]) -> dict[tuple[str, int], int]:
        """The latest stored version number of each (version key, part) among ``keys`` that has one."""
        table = pa.table({"key": pa.array([k for k, _ in keys], pa.string()), "part": pa.array([p for _, p in keys], pa.int32())})
        with self.registered({"_heads": table}):
            rows = self.con.execute("SELECT v.version_key, v.part, max(v.version) FROM versions v "
                                    "SEMI JOIN _heads h ON v.version_key = h.key AND v.part = h.part GROUP BY ALL").fetchall()
        return {(key, part): version for key, part, version in rows}

    def next_seq(self) -> int:
        row = self.con.execute(
            "SELECT greatest((SELECT coalesce(max(seq), 0) FROM pages), (SELECT coalesce(max(seq), 0) FROM rejections))"
        ).fetchone()
        return int(row[0]) + 1

    def duplicate_index(self, before_seq: int) -> DuplicateIndex:
        """A duplicate index over the articles stored before page `before_seq`, which reads
        from the store only the buckets and texts its new articles need (`DuplicateIndex.prefetch`)."""
        if not self.con.execute("SELECT count(*) FROM lsh_bands").fetchall()[0][0]:
            return DuplicateIndex()
        return DuplicateIndex(lambda buckets, texts: self._stored_entries(buckets, texts, before_seq))

    def _stored_entries(self, buckets: set[tuple[int, int]], texts: set[str], before_seq: int) -> StoredEntries:
        entries = StoredEntries()
        keys = pa.table({"band": pa.array([b for b, _ in buckets], pa.uint8()),
                         "key": pa.array([k for _, k in buckets], pa.uint64())})
        with self.registered({"_keys": keys, "_hashes": pa.table({"text_hash": pa.array(sorted(texts), pa.string())})}):
            for band, key, article_id in self.con.execute(BUCKET_SQL, [before_seq, BUCKET_LIMIT]).fetchall():
                entries.buckets.setdefault((band, key), []).append(article_id)
            for text_hash, article_id, original in self.con.execute(TEXT_SQL, [before_seq]).fetchall():
                entries.texts.setdefault(text_hash, (article_id, original))
        wanted = sorted({article_id for ids in entries.buckets.values() for article_id in ids})
        with self.registered({"_wanted": pa.table({"id": pa.array(wanted, pa.string())})}):
            table = self.con.sql(PRINT_SQL).to_arrow_table()
        for article_id, minhash, shingles, numbers, original in zip(*(column.to_pylist() for column in table.columns)):
            entries.prints[article_id] = (Fingerprint(minhash, shingles, frozenset(numbers)), original)
        return entries

    @contextmanager
    def registered(self, tables: dict[str, pa.Table]) -> Iterator[None]:
        """``tables`` registered under their names for the queries inside."""
        for name, table in tables.items():
            self.con.register(name, table)
        try:
            yield
        finally:
            for name in tables:
                self.con.unregister(name)

    def apply(self, tables: dict[str, pa.Table], statements: list[str]) -> None:
        """Run ``statements`` in one transaction, with ``tables`` registered under their
        names: all of a corpus-wide step is stored, or none of it."""
        with self.registered(tables):
            self.con.begin()
            try:
                for statement in statements:
                    self.con.execute(statement)
                self.con.commit()
            except BaseException:
                self.con.rollback()
                raise

    # --- the one write path ---------------------------------------------------------

    def start_run(self, run_id: str, paths: list[str]) -> None:
        self.con.execute("INSERT INTO runs VALUES (?, ?, NULL, ?, NULL)", [run_id, _now(), json.dumps(paths)])

    def finish_run(self, run_id: str, counts: dict) -> None:
        self.con.execute("UPDATE runs SET finished_at = ?, counts = ? WHERE run_id = ?", [_now(), json.dumps(counts), run_id])

    def write_batch(
        self,
        pages: list[tuple[int, Page]],
        versions: list[tuple[str, int, int, str]],
        links: list[DuplicateLink],
        rejections: list[tuple[int, Rejection]],
        run_id: str,
    ) -> None:
        """Write one batch in one transaction: all of it is stored, or none of it."""
        articles = [(seq, article) for seq, page in pages for article in page.articles]
        self.con.begin()
        try:
            if pages:
                self._insert("pages", {
                    "page_id": [p.page_id for _, p in pages], "seq": [s for s, _ in pages],
                    "source_id": [p.source_id for _, p in pages], "source_path": [p.source_path for _, p in pages],
                    "fmt": [p.fmt for _, p in pages], "url": [p.url for _, p in pages],
                    "published_raw": [p.published_raw for _, p in pages], "run_id": [run_id] * len(pages),
                })
            if articles:
                self._insert("articles", _article_columns(articles))
                printed = [a for _, a in articles if a.fingerprint]
                self._insert("fingerprints", {
                    "article_id": [a.id for a in printed],
                    "minhash": pa.array([a.fingerprint.minhash for a in printed], pa.list_(pa.uint32())),
                    "shingles": [a.fingerprint.shingles for a in printed],
                    "numbers": pa.array([sorted(a.fingerprint.numbers) for a in printed], pa.list_(pa.string())),
                })
                bands = [(band, key, a.id) for a in printed for band, key in enumerate(band_keys(a.fingerprint.minhash))]
                self._insert("lsh_bands", {
                    "band": pa.array([b[0] for b in bands], pa.uint8()), "key": pa.array([b[1] for b in bands], pa.uint64()),
                    "article_id": [b[2] for b in bands],
                })
                timexes = [(a.id, t) for _, a in articles for t in a.timexes]
                self._insert("timexes", {
                    "article_id": [i for i, _ in timexes], "start": [t.start for _, t in timexes], "end": [t.end for _, t in timexes],
                    "text": [t.text for _, t in timexes], "type": [t.type for _, t in timexes],
                    "value": [t.value for _, t in timexes], "anchor": [t.anchor for _, t in timexes],
                })
                self._insert("actors", _actor_columns([a for _, a in articles]))
                self._insert("events", event_columns([a for _, a in articles]))
                self._insert("claims", claim_columns([a for _, a in articles]))
                stages = [(a.id, name, version) for _, a in articles for name, version in a.stages.items()]
                self._insert("provenance", {
                    "article_id": [s[0] for s in stages], "stage": [s[1] for s in stages],
                    "version": [s[2] for s in stages], "run_id": [run_id] * len(stages),
                })
            if versions:
                self._insert("versions", {
                    "version_key": [v[0] for v in versions], "part": [v[1] for v in versions],
                    "version": [v[2] for v in versions], "article_id": [v[3] for v in versions],
                })
            if links:
                self._insert("duplicates", {
                    "article_id": [l.article_id for l in links], "duplicate_of": [l.duplicate_of for l in links],
                    "matched": [l.matched for l in links],
                    "kind": [l.kind for l in links], "similarity": [l.similarity for l in links],
                    "containment": [l.containment for l in links],
                })
            if rejections:
                self._insert("rejections", {
                    "id": [r.id for _, r in rejections], "seq": [s for s, _ in rejections],
                    "source_id": [r.source_id for _, r in rejections], "source_path": [r.source_path for _, r in rejections],
                    "reason": [r.reason for _, r in rejections], "detail": [r.detail for _, r in rejections],
                    "run_id": [run_id] * len(rejections),
                }, ignore_existing=True)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def _insert(self, table: str, columns: dict, ignore_existing: bool = False) -> None:
        rows = len(next(iter(columns.values())))
        batch = pa.table({name: columns.get(name, [None] * rows) for name in column_names(table)})
        verb = "INSERT OR IGNORE" if ignore_existing else "INSERT"
        self.con.register("_batch", batch)
        try:
            self.con.execute(f"{verb} INTO {table} SELECT * FROM _batch")
        finally:
            self.con.unregister("_batch")

    # --- reads --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {
            table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("pages", "articles", "timexes", "actors", "events", "claims", "stories", "canonical_events",
                          "duplicates", "versions", "rejections", "runs")
        }

    def rejection_counts(self) -> dict[str, int]:
        return dict(self.con.execute("SELECT reason, count(*) FROM rejections GROUP BY reason ORDER BY 2 DESC").fetchall())

    def query(self, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
        cursor = self.con.execute(sql, params or [])
        return [column[0] for column in cursor.description], cursor.fetchall()

    def iter_dicts(self, sql: str, params: list | None = None, batch: int = 1000) -> Iterator[dict]:
        cursor = self.con.execute(sql, params or [])
        names = [column[0] for column in cursor.description]
        while rows := cursor.fetchmany(batch):
            for row in rows:
                yield dict(zip(names, row))


def _article_columns(articles: list[tuple[int, Article]]) -> dict:
    def column(name: str) -> list:
        return [getattr(article, name) for _, article in articles]

    return {
        "id": column("id"), "seq": [seq for seq, _ in articles], "page_id": column("page_id"),
        "source_id": column("source_id"), "part": column("part"), "url": column("url"), "outlet": column("outlet"),
        "title": column("title"), "author": column("author"), "editor": column("editor"),
        "dateline": column("dateline"), "dct": column("dct"), "dct_source": column("dct_source"),
        "dct_evidence": column("dct_evidence"), "language": column("language"),
        "language_confidence": column("language_confidence"), "text": column("text"),
        "text_hash": column("text_hash"),
        "removed_lines": [json.dumps([asdict(line) for line in a.removed_lines], ensure_ascii=False) for _, a in articles],
        "sentences": [json.dumps([[s.start, s.end] for s in a.sentences]) for _, a in articles],
    }


def _actor_columns(articles: list[Article]) -> dict:
    """One row per actor per article; the mentions as a JSON list of {text, start, end}."""
    rows = [(a.id, actor) for a in articles for actor in a.actors]
    return {
        "article_id": [i for i, _ in rows], "actor_id": [x.actor_id for _, x in rows], "name": [x.name for _, x in rows],
        "type": [x.type for _, x in rows], "country": [x.country for _, x in rows], "sector": [x.sector for _, x in rows],
        "role": [x.role for _, x in rows], "confidence": [x.confidence for _, x in rows],
        "mentions": [
            json.dumps([{"text": m.text, "start": m.start, "end": m.end} for m in x.mentions], ensure_ascii=False)
            for _, x in rows
        ],
    }
