"""The `sorot` command line: a thin layer over importable functions.

Data goes to stdout, messages and progress to stderr. Exit codes: 0 success,
1 a command failed (a message says why), 2 bad usage.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from enum import Enum
from itertools import islice
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sorot.ingest.run import IngestOptions, IngestSummary, ingest
from sorot.ingest.sources import ReadOptions
from sorot.store.db import Store, StoreError
from sorot.store.export import (
    actor_summary, article_rows, canonical_rows, claim_rows, event_rows, export, story_detail, story_rows,
)
from sorot.stories.claim_groups import disagreement
from sorot.store.gdelt import write_gdelt
from sorot.store.queries import EventFilter, when

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Sorot: Indonesian news pages into verifiable event intelligence.")
err = Console(stderr=True)
out = Console()

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
DEFAULT_DB = Path("sorot.duckdb")


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _fail(message: str) -> NoReturn:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(1)


def _open(db: Path) -> Store:
    try:
        return Store(db, read_only=True)
    except StoreError as error:
        _fail(str(error))


def _parse_field_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        if "=" not in pair:
            raise typer.BadParameter(f"{pair!r}: use OURS=THEIRS, e.g. text=content")
        ours, theirs = pair.split("=", 1)
        mapping[ours.strip()] = theirs.strip()
    return mapping


def print_summary(summary: IngestSummary, console: Console) -> None:
    table = Table(title="Ingest summary", show_header=False)
    table.add_row("inputs read", str(summary.inputs))
    table.add_row("pages stored", str(summary.pages))
    table.add_row("articles stored", str(summary.articles))
    table.add_row("already stored or rejected (skipped)", str(summary.already_stored))
    table.add_row("new versions of a known URL", str(summary.new_versions))
    table.add_row("exact duplicates", str(summary.exact_duplicates))
    table.add_row("near duplicates", str(summary.near_duplicates))
    if summary.articles:  # the corpus-wide steps ran
        table.add_row("stories (whole database)", str(summary.stories))
        table.add_row("canonical events (whole database)", str(summary.canonical_events))
        table.add_row("claim groups (whole database)", str(summary.claim_groups))
    table.add_row("rejected", str(sum(summary.rejected.values())))
    for reason, count in summary.rejected.most_common():
        table.add_row(f"  rejected: {reason}", str(count))
    console.print(table)


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively); .gz, .jsonl, .csv, .html, .txt.")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 2,
    batch_size: Annotated[int, typer.Option(min=1, help="Pages per transaction.")] = 256,
    max_bytes: Annotated[int, typer.Option(help="Largest page accepted, in bytes.")] = 10_000_000,
    field: Annotated[Optional[list[str]], typer.Option("--field", help="Record field mapping OURS=THEIRS, e.g. text=content.")] = None,
) -> None:
    """Ingest news pages: clean, identify language, split sentences, link duplicates, store."""
    options = IngestOptions(workers=workers, batch_size=batch_size, read=ReadOptions(max_bytes, _parse_field_map(field or [])))
    columns = (SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("inputs"), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("ingest", total=None)
            summary = ingest(paths, db, options, progress=lambda n: progress.advance(task, n))
    except StoreError as error:
        _fail(str(error))
    print_summary(summary, err)


@app.command()
def status(db: DbOption = DEFAULT_DB) -> None:
    """What the database holds."""
    with _open(db) as store:
        table = Table(title=str(db), show_header=False)
        for name, count in store.counts().items():
            table.add_row(name, str(count))
        for reason, count in store.rejection_counts().items():
            table.add_row(f"  rejected: {reason}", str(count))
        _, languages = store.query("SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")
        table.add_row("languages", ", ".join(f"{lang} {count}" for lang, count in languages))
        _, sources = store.query("SELECT dct_source, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")
        table.add_row("DCT decided by", ", ".join(f"{source} {count}" for source, count in sources))
        out.print(table)


ARTICLE_LIST_FIELDS = ["id", "source_id", "part", "outlet", "dct", "language", "title", "duplicate_of"]


def _emit(rows: list[dict], fields: list[str], fmt: OutputFormat, title: str) -> None:
    if fmt is OutputFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps({k: row.get(k) for k in fields}, ensure_ascii=False, default=str) + "\n")
    elif fmt is OutputFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(title=title)
        for name in fields:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(k) is None else str(row.get(k)) for k in fields))
        out.print(table)


def _json_lines(rows: Iterable[dict]) -> None:
    """Whole records, one JSON object a line (every field, nested ones too)."""
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _article_table(rows: list[dict], title: str) -> None:
    """A compact listing: ids are shortened (`sorot show` takes a prefix)."""
    table = Table(title=title, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("source", overflow="ellipsis", no_wrap=True, ratio=1)
    table.add_column("outlet", overflow="ellipsis", no_wrap=True, ratio=1)
    table.add_column("dct", no_wrap=True)
    table.add_column("title", overflow="fold", ratio=3)
    table.add_column("dup of", no_wrap=True)
    for row in rows:
        source = row["source_id"] + (f"#{row['part']}" if row["part"] else "")
        table.add_row(row["id"][:10], source, row["outlet"] or "", (row["dct"] or "")[:10], row["title"] or "",
                      (row["duplicate_of"] or "")[:10])
    out.print(table)


@app.command()
def articles(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
    outlet: Annotated[Optional[str], typer.Option(help="Only this outlet.")] = None,
) -> None:
    """List stored articles."""
    where, params = ("WHERE a.outlet = ?", [outlet]) if outlet else ("", [])
    with _open(db) as store:
        rows = []
        for row in article_rows(store, where, params):
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    if fmt is OutputFormat.table:
        _article_table(rows, f"articles in {db}")
    else:
        _emit(rows, ARTICLE_LIST_FIELDS, fmt, f"articles in {db}")


ACTOR_LIST_FIELDS = ["actor_id", "name", "type", "country", "sector", "articles", "mentions"]
KbOption = Annotated[
    Optional[Path],
    typer.Option("--kb", help="Knowledge-base folder (default: the shipped one, src/sorot/entities/kb).", show_default=False),
]
actors_app = typer.Typer(
    help="Actors: list those stored (also `sorot actors` alone), show one, add one to the knowledge base.",
    invoke_without_command=True,
)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors(
    ctx: typer.Context,
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
) -> None:
    """List actors with the number of articles that name them and of mentions (`sorot actors` or `sorot actors list`)."""
    if ctx.invoked_subcommand is None:
        actors_list(db, fmt, limit)


@actors_app.command("list")
def actors_list(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
) -> None:
    """List actors with the number of articles that name them and of mentions."""
    with _open(db) as store:
        rows = actor_summary(store, limit)
    _emit(rows, ACTOR_LIST_FIELDS, fmt, f"actors in {db}")


@actors_app.command("show")
def actors_show(
    actor_id: Annotated[str, typer.Argument(help="Actor id (PRK, PER:kim-jong-un) or an alias (Korut).")],
    db: DbOption = DEFAULT_DB,
    kb: KbOption = None,
) -> None:
    """One actor: its knowledge-base record (aliases, dated offices, file) and, if --db exists, the articles naming it."""
    from sorot.entities.knowledge import KnowledgeBaseError, load_knowledge_base
    from sorot.store.export import actor_rows

    try:
        base = load_knowledge_base(kb)
    except KnowledgeBaseError as error:
        _fail(str(error))
    found = [base.by_id(actor_id)] if base.by_id(actor_id) else base.by_alias(actor_id)
    for actor in found:
        meta = Table(show_header=False, title=f"{actor.id}: {actor.name}")
        for name, value in (("type", actor.type), ("country", actor.country), ("sector", actor.sector),
                            ("file", actor.source), ("note", actor.note),
                            ("events", None if actor.events else "takes no part in events")):
            if value is not None:
                meta.add_row(name, str(value))
        aliases = []
        for a in actor.aliases:
            marks = [a.kind] * (a.kind != "name") + [f for f in ("case_sensitive", "ambiguous", "standalone") if getattr(a, f)]
            marks += [f"not after {', '.join(a.not_after)}"] if a.not_after else []
            aliases.append(a.text + (f" ({', '.join(marks)})" if marks else ""))
        meta.add_row("aliases", "; ".join(aliases), style=None)
        for office in actor.offices:
            meta.add_row("office", f"{office.title} ({office.country}, {office.sector}) {office.start or '?'} .. {office.end or ''}")
        out.print(meta)
    ids = {a.id for a in found} or {actor_id}
    rows = []
    if db.exists():
        with _open(db) as store:
            rows = [r for r in actor_rows(store) if r["actor_id"] in ids]
        table = Table(title=f"articles naming {', '.join(sorted(ids))} in {db}")
        for name in ("article_id", "actor_id", "role", "mentions"):
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(row["article_id"], row["actor_id"], row["role"] or "", "; ".join(m["text"] for m in row["mentions"]))
        out.print(table)
    if not found and not rows:
        _fail(f"no actor {actor_id!r} in the knowledge base{' or in ' + str(db) if db.exists() else ''}")


@actors_app.command("add")
def actors_add(
    actor_id: Annotated[str, typer.Argument(help="New id: PER:jane-doe, IDN:KEMENSOS, MED:ANTARA, LOC:sinai, or ABC for a state-like GPE.")],
    name: Annotated[Optional[str], typer.Option(help="Canonical English name.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="PER, ORG, GPE or LOC (default: PER for PER: ids, LOC for LOC:, else ORG).")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO alpha-3 code, IGO, or 'none' (regions, the international community).")] = None,
    sector: Annotated[Optional[str], typer.Option(help="GOV, MIL, MED, BUS, IGO, OPP, CVL, or 'none' (regions).")] = None,
    alias: Annotated[Optional[list[str]], typer.Option(help="A name it is written as (repeat; Indonesian forms first).")] = None,
    short: Annotated[Optional[list[str]], typer.Option(help="An abbreviation or nickname (repeat).")] = None,
    case_sensitive: Annotated[Optional[list[str]], typer.Option("--case-sensitive", help="An alias or short form to match only as written (repeat).")] = None,
    ambiguous: Annotated[Optional[list[str]], typer.Option(help="An alias that may name another actor too (repeat).")] = None,
    office: Annotated[Optional[str], typer.Option(help="Office title as news writes it (PER only), e.g. 'Menteri Sosial'.")] = None,
    office_country: Annotated[Optional[str], typer.Option(help="The office's country (default: --country).")] = None,
    office_sector: Annotated[Optional[str], typer.Option(help="The office's sector (default: --sector).")] = None,
    start: Annotated[Optional[str], typer.Option(help="Office start, YYYY[-MM[-DD]].")] = None,
    end: Annotated[Optional[str], typer.Option(help="Office end, YYYY[-MM[-DD]] (omit if current or unknown).")] = None,
    note: Annotated[Optional[str], typer.Option(help="Free text: a source, a caveat.")] = None,
    record: Annotated[Optional[str], typer.Option("--json", help="The whole record as JSON instead of the options above.")] = None,
    file: Annotated[Optional[str], typer.Option(help="File of the folder to append to (default: by type: people.json, organisations.json, media.json, regions.json, collectives.json).")] = None,
    kb: KbOption = None,
) -> None:
    """Add an actor to the knowledge base: checked with the loader's rules, refused on a clash, appended to a JSON file."""
    from sorot.entities.knowledge import KnowledgeBaseError, add_actor

    if record is not None:
        try:
            data = json.loads(record)
        except json.JSONDecodeError as error:
            raise typer.BadParameter(f"--json: {error}") from None
        if not isinstance(data, dict):
            raise typer.BadParameter("--json: give one JSON object")
        data.setdefault("id", actor_id)
        if data["id"] != actor_id:
            raise typer.BadParameter(f"--json has id {data['id']!r}, the argument {actor_id!r}")
    else:
        data = _actor_record(actor_id, name, type_, country, sector, alias or [], short or [], set(case_sensitive or ()),
                             set(ambiguous or ()), office, office_country, office_sector, start, end, note)
    try:
        actor, path = add_actor(kb, data, file)
    except KnowledgeBaseError as error:
        _fail(str(error))
    err.print(f"added {actor.id} ({actor.name}, {actor.type}, {actor.country}, {actor.sector}) to {path}")


def _actor_record(actor_id, name, type_, country, sector, aliases, shorts, exact, ambiguous, office, office_country,
                  office_sector, start, end, note) -> dict:
    """A knowledge-base record from `sorot actors add` options."""
    none = lambda value: None if value is None or value.lower() in ("none", "null", "") else value  # noqa: E731
    if not name:
        raise typer.BadParameter("--name is required (or give the record with --json)")
    if not aliases and not shorts:
        aliases = [name]
    if type_ is None:
        type_ = {"PER:": "PER", "LOC:": "LOC"}.get(actor_id[:4], "ORG")
    known = set(aliases) | set(shorts)
    if unknown := (exact | ambiguous) - known:
        raise typer.BadParameter(f"--case-sensitive/--ambiguous {sorted(unknown)}: not among the --alias/--short values")
    entries = []
    for text, kind in [(a, "name") for a in aliases] + [(s, "short") for s in shorts]:
        flags = {"case_sensitive": True} if text in exact else {}
        flags |= {"ambiguous": True} if text in ambiguous else {}
        entries.append({"text": text, "kind": kind, **flags} if kind != "name" or flags else text)
    data = {"id": actor_id, "name": name, "type": type_.upper(), "country": none(country), "sector": none(sector), "aliases": entries}
    if office:
        data["offices"] = [{"title": office, "country": office_country or data["country"], "sector": office_sector or data["sector"],
                            "start": start, "end": end}]
    elif start or end or office_country or office_sector:
        raise typer.BadParameter("--start/--end/--office-country/--office-sector need --office")
    if note:
        data["note"] = note
    return data


@app.command()
def show(article_id: Annotated[str, typer.Argument(help="Article id, or a unique prefix of it.")], db: DbOption = DEFAULT_DB) -> None:
    """One article: metadata, clean text, and the removed lines with their reasons."""
    with _open(db) as store:
        found = list(article_rows(store, "WHERE a.id LIKE ?", [article_id + "%"]))
    if not found:
        _fail(f"no article with id {article_id!r}; `sorot articles` lists them")
    if len(found) > 1:
        _fail(f"{article_id!r} matches {len(found)} articles; give more of the id")
    row = found[0]
    meta = Table(show_header=False, title=row["title"] or "(no title)")
    for name in ("id", "source_id", "part", "url", "outlet", "author", "editor", "dateline", "dct", "dct_source",
                 "dct_evidence", "language", "version", "duplicate_of", "duplicate_matched", "duplicate_kind",
                 "duplicate_similarity", "duplicate_containment"):
        if row.get(name) is not None:
            meta.add_row(name, str(row[name]))
    out.print(meta)
    out.print(row["text"], markup=False, highlight=False)
    removed = Table(title="removed lines")
    removed.add_column("reason")
    removed.add_column("line", overflow="fold")
    for text, reason in zip(row["removed_lines"], row["removed_reasons"]):
        removed.add_row(reason, text)
    out.print(removed)


class ExportKind(str, Enum):
    articles = "articles"
    timexes = "timexes"
    actors = "actors"
    events = "events"
    claims = "claims"
    canonical_events = "canonical-events"
    stories = "stories"


@app.command("export")
def export_command(
    kind: Annotated[ExportKind, typer.Argument(help="What to export.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", help="jsonl; for events also gdelt (a GDELT-like CSV).")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
) -> None:
    """Export records as JSON Lines (formats in EXPORTS.md), or events as a GDELT-like CSV."""
    if fmt not in ("jsonl", "gdelt") or (fmt == "gdelt" and kind is not ExportKind.events):
        _fail(f"format {fmt!r} is not supported for {kind.value}; use jsonl" + (" or gdelt" if kind is ExportKind.events else ""))
    with _open(db) as store:
        handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            count = write_gdelt(event_rows(store), handle) if fmt == "gdelt" else export(store, kind.value, handle)
        finally:
            if output:
                handle.close()
    err.print(f"exported {count} {kind.value}" + (" (GDELT-like rows, one per source-recipient pair)" if fmt == "gdelt" else ""))


def canonical_event_view(store: Store):
    """Canonical events shaped like event rows, so the event filters apply to them."""
    for row in canonical_rows(store):
        yield {**row, "context": [], "dct": row["first_reported"], "recipient": row["recipient"] or []}


def _side(actors: list[dict]) -> str:
    return ", ".join(a["name"] for a in actors)


def _event_table_rows(events: list[dict]) -> list[dict]:
    return [{
        "id": e["id"], "date": when(e), "type": e["event_type"], "mode": e["mode"], "source": _side(e["source"]),
        "recipient": _side(e["recipient"]), "context": ", ".join(e["context"]),
        "attribution": (e["attribution"] or {}).get("name"), "trigger": e["trigger"]["text"],
        "evidence": e["evidence"]["text"], "source_id": e["source_id"], "confidence": e["confidence"],
    } for e in events]


EVENT_FIELDS = ["date", "type", "mode", "source", "recipient", "context", "attribution", "trigger", "source_id"]
EVENT_TABLE = ["date", "type", "source", "recipient", "context", "trigger"]  # what fits a terminal


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[Optional[str], typer.Option(help="Only events with this actor (id, country code or name).")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="Only this PLOVER type, e.g. CONSULT.")] = None,
    context: Annotated[Optional[str], typer.Option(help="Only events with this context, e.g. future, denied.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Only events on or after this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only events on or before this date (YYYY[-MM[-DD]]).")] = None,
    canonical: Annotated[bool, typer.Option("--canonical", help="One row per real-world event, with its reports and outlets.")] = False,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
) -> None:
    """PLOVER events: who did what to whom, when, in which context, with the sentence behind it."""
    chosen = EventFilter(actor, event_type, context, since, until)
    if canonical and context:
        _fail("--context filters event mentions; a canonical event merges mentions of several contexts: drop one of the two")
    if canonical:
        with _open(db) as store:
            rows = list(islice(chosen(canonical_event_view(store)), limit or None))
        _emit([{**r, "source": _side(r["source"]), "recipient": _side(r["recipient"])} for r in rows],
              ["date", "event_type", "source", "recipient", "reports", "outlets"] if fmt is OutputFormat.table else
              ["date", "event_type", "mode", "source", "recipient", "reports", "outlets", "first_reported", "canonical_id"],
              fmt, f"{len(rows)} canonical events")
        return
    with _open(db) as store:
        rows = list(islice(chosen(event_rows(store)), limit or None))
    if fmt is OutputFormat.json:
        _json_lines(rows)
        return
    _emit(_event_table_rows(rows), EVENT_TABLE if fmt is OutputFormat.table else EVENT_FIELDS + ["evidence", "id"], fmt,
          f"{len(rows)} events")


@app.command()
def timeline(
    actor: Annotated[str, typer.Argument(help="Actor id, country code or name, e.g. PER:vladimir-putin, PRK, Putin.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """The events of one actor in date order, each with its evidence sentence."""
    with _open(db) as store:
        rows = sorted(EventFilter(actor)(event_rows(store)), key=when)
    if not rows:
        _fail(f"no events involve {actor!r}; `sorot actors` lists the actors")
    if fmt is OutputFormat.json:
        _json_lines(rows)
        return
    _emit(_event_table_rows(rows), ["date", "type", "source", "recipient", "context", "evidence"], fmt,
          f"timeline of {actor}: {len(rows)} events")


def claim_group_rows(claims: list[dict]) -> list[dict]:
    """Claims by group, largest first: the series of figures in date order, with sources."""
    groups: dict[str, list[dict]] = {}
    for claim in claims:
        groups.setdefault(claim["group_id"] or claim["id"], []).append(claim)
    rows = []
    for group_id, members in groups.items():
        members.sort(key=lambda c: (c["date"] or c["dct"] or "", c["id"]))
        series = "; ".join(
            f"{(c['date'] or c['dct'] or '?')[:10]}: {c['value']:g}" + (f" ({c['attribution']['name']})" if c["attribution"] else "")
            for c in members
        )
        rows.append({
            "group_id": group_id, "unit": members[0]["unit"], "subject": members[0]["subject"], "claims": len(members),
            "articles": len({c["article_id"] for c in members}),
            "disagreement": disagreement((c["date"] or c["dct"], c["value"]) for c in members), "series": series,
        })
    rows.sort(key=lambda r: (-r["articles"], -r["claims"], r["group_id"]))
    return rows


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
    size: Annotated[int, typer.Option(min=1, help="Only stories with at least this many articles.")] = 1,
) -> None:
    """Stories: the articles across outlets that report one development, largest first."""
    with _open(db) as store:
        rows = [r for r in story_rows(store) if len(r["article_ids"]) >= size]
    rows.sort(key=lambda r: (-len(r["article_ids"]), r["first_seen"] or "", r["story_id"]))
    rows = rows[: limit or None]
    flat = [{**r, "articles": len(r["article_ids"]), "outlets": ", ".join(r["outlets"])} for r in rows]
    _emit(flat, ["story_id", "articles", "outlets", "first_seen", "last_seen", "title"], fmt, f"{len(rows)} stories")


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id, or a unique prefix of it.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """One story: its articles in time order, each with why it joined the story."""
    with _open(db) as store:
        found = story_detail(store, story_id)
    if found is None:
        _fail(f"no single story has an id starting with {story_id!r}; `sorot stories` lists them")
    head, articles = found
    err.print(f"story {head['story_id']}: {head['title']} ({len(articles)} articles, {head['first_seen']} - {head['last_seen']})")
    _emit(articles, ["dct", "outlet", "title", "reason", "id"], fmt, f"story {head['story_id']}")


CLAIM_FIELDS = ["value", "unit", "qualifier", "approx", "subject", "date", "attribution", "number", "source_id"]
CLAIM_TABLE = ["number", "value", "unit", "qualifier", "subject", "date"]  # what fits a terminal


@app.command()
def claims(
    db: DbOption = DEFAULT_DB,
    unit: Annotated[Optional[str], typer.Option(help="Only claims in this unit, e.g. persons, USD.")] = None,
    grouped: Annotated[bool, typer.Option("--grouped", help="One row per quantity: its figures over time and by source.")] = False,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
) -> None:
    """Numeric claims: value, unit, qualifier, date and who states it, with the sentence behind it."""
    with _open(db) as store:
        rows = [r for r in claim_rows(store) if unit is None or r["unit"] == unit]
    if grouped:
        groups = claim_group_rows(rows)[: limit or None]
        _emit(groups, ["group_id", "unit", "subject", "claims", "articles", "disagreement", "series"], fmt,
              f"{len(groups)} claim groups")
        return
    rows = rows[: limit or None]
    if fmt is OutputFormat.json:
        _json_lines(rows)
        return
    flat = [{**r, "attribution": (r["attribution"] or {}).get("name"), "number": r["number"]["text"],
             "evidence": r["evidence"]["text"]} for r in rows]
    _emit(flat, CLAIM_TABLE if fmt is OutputFormat.table else CLAIM_FIELDS + ["evidence", "id"], fmt, f"{len(rows)} claims")


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option(help="Folder of gold JSON files.")] = Path("../shared/gold/seeds"),
    pages: Annotated[Path, typer.Option(help="Folder of the pages the gold describes.")] = Path("../shared/corpus/seeds"),
    corpus: Annotated[Path, typer.Option(help="Dev corpus (JSON Lines) for near-duplicate recall.")] = Path("../shared/data/corpus/indonews-2025-06-dev.jsonl"),
    timeqty: Annotated[Path, typer.Option(help="Inline-tagged sentences whose TIME spans measure timex recall.")] = Path("../shared/data/ner/timeqty-inline/data_test.txt"),
    ner: Annotated[Path, typer.Option(help="Folder of the NER sets whose test splits score the NER model.")] = Path("../shared/data/ner"),
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """Score cleaning, titles, DCT, time expressions, near-duplicates and NER against gold data."""
    from sorot.eval.report import run_eval

    for path in (gold, pages):
        if not path.exists():
            _fail(f"{path} does not exist")
    results = run_eval(gold, pages, corpus if corpus.exists() else None, timeqty if timeqty.exists() else None,
                       ner if ner.exists() else None)
    _emit(results, ["metric", "value", "detail"], fmt, "sorot eval")


@app.command()
def bench(
    corpus: Annotated[Path, typer.Option(help="JSON Lines corpus to ingest.")] = Path("../shared/data/corpus/indonews-2025-06-dev.jsonl"),
    workers: Annotated[int, typer.Option(min=1)] = 2,
    repeat: Annotated[int, typer.Option(min=1, help="Runs of each configuration; the median is shown.")] = 3,
    scale: Annotated[Optional[str], typer.Option(help="Instead: cost per article at these corpus sizes, e.g. 10000,100000 (synthetic expansion of the corpus; minutes).")] = None,
) -> None:
    """Ingest throughput (articles/s, MB/s, peak memory) beside a baseline, measured in this run."""
    from sorot.eval.bench import run_bench, run_stage_bench

    if not corpus.exists():
        _fail(f"{corpus} does not exist")
    if scale:
        from sorot.eval.scale import run_scale_bench

        try:
            sizes = sorted(int(size) for size in scale.split(","))
        except ValueError:
            _fail(f"--scale takes sizes separated by commas, e.g. 10000,100000; got {scale!r}")
        rows = run_scale_bench(corpus, sizes, workers=workers)
        _emit(rows, list(rows[0].keys()), OutputFormat.table, f"sorot bench --scale: synthetic expansion of {corpus.name}")
        return
    rows = run_bench(corpus, workers=workers, repeat=repeat)
    _emit(rows, list(rows[0].keys()), OutputFormat.table, f"sorot bench: ingest ({corpus.name})")
    stage_rows = run_stage_bench(corpus, repeat=repeat)
    _emit(stage_rows, list(stage_rows[0].keys()), OutputFormat.table, "sorot bench: single stages, one core")


train_app = typer.Typer(no_args_is_help=True, help="Train models from the shared data sets.")
app.add_typer(train_app, name="train")


@train_app.command("ner")
def train_ner(
    output: Annotated[Optional[Path], typer.Option(help="Model file to write (default: the shipped model in the package).")] = None,
    data: Annotated[Path, typer.Option(help="Folder of the NER sets.")] = Path("../shared/data/ner"),
) -> None:
    """Train the NER model (CRF) on idner-news-2k, NER-UGM and NERGrit, test sentences removed."""
    from sorot.entities.ner.model import DEFAULT_MODEL
    from sorot.entities.ner.train import train

    if not data.exists():
        _fail(f"{data} does not exist")
    target = output or DEFAULT_MODEL
    err.print(f"training on {data} (1-2 minutes) ...")
    summary = train(target, data_root=data)
    err.print(f"wrote {target} ({summary.model_bytes / 1e6:.2f} MB): {summary.sentences} sentences, "
              f"{summary.removed_test_sentences} test sentences removed")


@app.command()
def tag(
    source: Annotated[Path, typer.Argument(help="Token-per-line input, blank line between sentences.")],
    target: Annotated[Path, typer.Argument(help="Output: the same lines with a predicted BIO label appended.")],
    conll: Annotated[bool, typer.Option("--conll", help="CoNLL-style input and output (the only format for now).")] = False,
) -> None:
    """Tag entities (PER/ORG/LOC) with the NER model."""
    from sorot.entities.ner.model import NerModel, tag_conll

    if not conll:
        _fail("only --conll is supported for now")
    if not source.exists():
        _fail(f"{source} does not exist")
    count = tag_conll(source, target, NerModel.load())
    err.print(f"tagged {count} sentences into {target}")


if __name__ == "__main__":
    app()
