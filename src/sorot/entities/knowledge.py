"""The actor knowledge base: user-editable JSON files in ``kb/`` (format in ``kb/README.md``).

    kb = load_knowledge_base()
    kb.by_alias("Korut")[0].id      # 'PRK'
    kb.by_id("PER:kim-jong-un").offices

Every ``*.json`` file in the folder is loaded, ``states.json`` first: its ids are the
country codes the other files may use, together with the ids of historical states
coded like a state elsewhere (``SUN`` the Soviet Union, in ``collectives.json``).
Loading validates everything and raises
:class:`KnowledgeBaseError` naming the file and the record at fault.

:func:`add_actor` appends a validated record to a file of the folder (``sorot actors add``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

KB_FOLDER = Path(__file__).parent / "kb"
STATES_FILE = "states.json"
SECTORS = frozenset({"GOV", "MIL", "MED", "BUS", "IGO", "OPP", "CVL"})
TYPES = frozenset({"GPE", "ORG", "PER", "LOC"})
ALIAS_KINDS = frozenset({"name", "short", "demonym", "capital", "seat"})
_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_RECORD_KEYS = {"id", "name", "type", "country", "sector", "aliases", "offices", "alpha2", "capital", "note", "events"}
_ALIAS_KEYS = {"text", "kind", "case_sensitive", "ambiguous", "standalone", "not_after", "not_before", "only_after"}
_CODE = re.compile(r"[A-Z]{3}")
_OFFICE_KEYS = {"title", "country", "sector", "start", "end"}


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is malformed or inconsistent."""


@dataclass(frozen=True)
class Alias:
    text: str
    kind: str = "name"
    case_sensitive: bool = False
    ambiguous: bool = False
    standalone: bool = False  # not when a capitalised word is next to it ("Barat", not "Jawa Barat")
    not_after: tuple[str, ...] = ()  # lower-case words after which the alias names something else ("kenaikan PBB")
    not_before: tuple[str, ...] = ()  # ... and before which it does ("DPD Gerindra": a party's regional board)
    only_after: tuple[str, ...] = ()  # lower-case words after which alone it names the actor ("Bupati Agam")


@dataclass(frozen=True)
class Office:
    title: str
    country: str
    sector: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: tuple[Alias, ...]
    offices: tuple[Office, ...] = ()
    alpha2: str | None = None
    note: str | None = None
    source: str = ""
    capital: str | None = None  # a state's capital as English-language news spells it (one of its aliases)
    events: bool = True  # False for a player, coach or entertainer: resolved like anyone, in no event but an arrest


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class KnowledgeBase:
    def __init__(self, actors: list[Actor]):
        self.actors = tuple(actors)
        self._ids = {a.id: a for a in actors}
        self._aliases: dict[str, list[tuple[Alias, Actor]]] = defaultdict(list)
        for actor in actors:
            for alias in actor.aliases:
                self._aliases[_fold(alias.text)].append((alias, actor))

    def by_id(self, actor_id: str) -> Actor | None:
        return self._ids.get(actor_id)

    def by_alias(self, surface: str) -> list[Actor]:
        """Actors with an alias equal to ``surface`` (case-insensitive unless the alias is case-sensitive)."""
        text = " ".join(surface.split())
        hits: list[Actor] = []
        for alias, actor in self._aliases.get(text.casefold(), ()):
            if (not alias.case_sensitive or alias.text == text) and actor not in hits:
                hits.append(actor)
        return hits


def load_knowledge_base(folder: str | Path | None = None) -> KnowledgeBase:
    folder = Path(folder) if folder is not None else KB_FOLDER
    files = sorted(folder.glob("*.json"), key=lambda p: (p.name != STATES_FILE, p.name))
    if not files or files[0].name != STATES_FILE:
        raise KnowledgeBaseError(f"{folder / STATES_FILE}: missing")
    actors: list[Actor] = []
    countries: set[str] = set()
    records = [(path, _records(path)) for path in files]
    extra_codes = {
        raw["id"]
        for path, rows in records[1:]
        for raw in rows
        if isinstance(raw, dict) and raw.get("type") == "GPE" and _is_code(raw.get("id")) and raw.get("country") == raw["id"]
    }
    for path, rows in records:
        if path.name != STATES_FILE:
            countries |= extra_codes
        for index, raw in enumerate(rows):
            where = f"{path.name}: record {index + 1} ({raw.get('id') if isinstance(raw, dict) else repr(raw)})"
            try:
                actor = _actor(raw, path.name, countries if path.name != STATES_FILE else None)
            except KeyError as exc:
                raise KnowledgeBaseError(f"{where}: missing field {exc}") from None
            except (AttributeError, TypeError, ValueError) as exc:
                raise KnowledgeBaseError(f"{where}: {exc}") from None
            if path.name == STATES_FILE:
                countries.add(actor.id)
            actors.append(actor)
    return _check_unique(actors)


def _records(path: Path) -> list:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KnowledgeBaseError(f"{path.name}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("records"), list):
        raise KnowledgeBaseError(f'{path.name}: expected an object with a "records" list')
    return data["records"]


def _actor(raw: dict, source: str, countries: set[str] | None) -> Actor:
    """One record; ``countries`` is None for the states file, whose records define the codes."""
    _keys(raw, _RECORD_KEYS, "record")
    if countries is None:
        if raw["type"] != "GPE" or not re.fullmatch(r"[A-Z]{3}", raw["id"]) or raw["country"] != raw["id"]:
            raise ValueError("a state needs type GPE and an ISO alpha-3 id equal to its country")
        if not re.fullmatch(r"[A-Z]{2}", raw.get("alpha2") or ""):
            raise ValueError("a state needs an ISO alpha-2 code in alpha2")
        _country_sector(raw["country"], raw["sector"], {raw["id"]})
    elif raw["type"] == "LOC" and raw["sector"] is None:  # regions do not act; a sub-national one has its state
        if raw["country"] is not None:
            _country_sector(raw["country"], "GOV", countries)
    elif raw["country"] is None:  # belongs to no state ("the international community"), but acts
        _country_sector("IGO", raw["sector"], countries)
    else:
        _country_sector(raw["country"], raw["sector"], countries)
    if raw["type"] not in TYPES:
        raise ValueError(f"type {raw['type']!r} not in {sorted(TYPES)}")
    aliases = tuple(_alias(a) for a in raw["aliases"])
    if not aliases:
        raise ValueError("no aliases")
    offices = tuple(_office(o, countries or set()) for o in raw.get("offices", ()))
    if offices and raw["type"] != "PER":
        raise ValueError("only people (type PER) have offices")
    capital = raw.get("capital")
    capitals = {a.text for a in aliases if a.kind == "capital"}
    if capital is not None and (countries is not None or capital not in capitals):
        raise ValueError("capital names one of a state's own capital aliases")
    events = raw.get("events", True)
    if events is not True and events is not False or not events and raw["type"] not in ("PER", "ORG"):
        raise ValueError("events is true or false, and false only for a person or an organisation")
    fields = (raw["id"], raw["name"], raw["type"], raw["country"], raw["sector"])
    return Actor(*fields, aliases, offices, raw.get("alpha2"), raw.get("note"), source, capital, events)


def _alias(raw: str | dict) -> Alias:
    if isinstance(raw, str):
        raw = {"text": raw}
    _keys(raw, _ALIAS_KEYS, "alias")
    neighbours = {key: raw.get(key, []) for key in ("not_after", "not_before", "only_after")}
    for key, words in neighbours.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w == w.casefold() and w.isalnum() for w in words):
            raise ValueError(f"alias {raw}: {key} must be a list of lower-case words")
    alias = Alias(**{**raw, **{key: tuple(words) for key, words in neighbours.items()}})
    flags = {type(alias.case_sensitive), type(alias.ambiguous), type(alias.standalone)}
    if not alias.text.strip() or alias.kind not in ALIAS_KINDS or flags != {bool}:
        raise ValueError(f"alias {raw}: empty text, kind not in {sorted(ALIAS_KINDS)} or a flag not true/false")
    return alias


def _office(raw: dict, countries: set[str]) -> Office:
    _keys(raw, _OFFICE_KEYS, "office")
    office = Office(**raw)
    _country_sector(office.country, office.sector, countries)
    dates = [d for d in (office.start, office.end) if d is not None]
    if not all(_DATE.fullmatch(d) for d in dates) or dates != sorted(dates):
        raise ValueError(f"office {office.title!r}: dates must be YYYY, YYYY-MM or YYYY-MM-DD, start before end")
    return office


def _country_sector(country: str, sector: str, countries: set[str]) -> None:
    if country != "IGO" and country not in countries:
        raise ValueError(f"unknown country code {country!r} (not in {STATES_FILE}, not 'IGO')")
    if sector not in SECTORS:
        raise ValueError(f"sector {sector!r} not in {sorted(SECTORS)}")


def _is_code(value: object) -> bool:
    return isinstance(value, str) and _CODE.fullmatch(value) is not None


def _keys(raw: dict, allowed: set[str], what: str) -> None:
    if not isinstance(raw, dict):
        raise TypeError(f"{what} must be an object, not {raw!r}")
    if unknown := set(raw) - allowed:
        raise ValueError(f"{what} has unknown keys {sorted(unknown)}")


def _check_unique(actors: list[Actor]) -> KnowledgeBase:
    """Ids are unique; an alias may name two actors only if it is flagged ambiguous on both."""
    seen: dict[str, Actor] = {}
    for actor in actors:
        if first := seen.get(actor.id):
            raise KnowledgeBaseError(f"{actor.source}: duplicate id {actor.id!r} (first in {first.source})")
        seen[actor.id] = actor
    kb = KnowledgeBase(actors)
    for entries in kb._aliases.values():
        for i, (a, x) in enumerate(entries):
            for b, y in entries[i + 1 :]:
                clash = not (a.case_sensitive and b.case_sensitive and a.text != b.text)
                if x.id != y.id and clash and not (a.ambiguous and b.ambiguous):
                    raise KnowledgeBaseError(
                        f"{y.source}: alias {b.text!r} of {y.id} also names {x.id} ({x.source}); "
                        'flag both aliases "ambiguous": true if that is intended'
                    )
    return kb


# --- writing: `sorot actors add` -----------------------------------------------------------

_FILE_FOR_TYPE = {"PER": "people.json", "LOC": "regions.json"}
_ID_PREFIX = re.compile(r"(?:[A-Z]{3}|IGO|MED|BUS|PER|LOC|COL|GRP):\S+")


def dump_kb_file(data: dict) -> str:
    """A knowledge-base file as the shipped files are written: one key per line, alias
    lists on one line, one office per line."""
    about = json.dumps(data.get("about", {}), ensure_ascii=False, indent=2).replace("\n", "\n  ")
    records = ",\n".join(_dump_record(r) for r in data["records"])
    return f'{{\n  "about": {about},\n  "records": [\n{records}\n  ]\n}}\n'


def _dump_record(record: dict) -> str:
    lines = []
    for key, value in record.items():
        if key == "offices":
            offices = ",\n".join(f"        {json.dumps(o, ensure_ascii=False)}" for o in value)
            lines.append(f'      "offices": [\n{offices}\n      ]' if value else '      "offices": []')
        else:
            lines.append(f"      {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "    {\n" + ",\n".join(lines) + "\n    }"


def default_file(actor_type: str, actor_id: str) -> str:
    """The shipped file a new record belongs in: people, regions, media (``MED:`` ids),
    companies (``BUS:`` ids), collective and historical states (other GPEs),
    organisations (the rest)."""
    if actor_type in _FILE_FOR_TYPE:
        return _FILE_FOR_TYPE[actor_type]
    if actor_id.startswith("MED:"):
        return "media.json"
    if actor_id.startswith("BUS:"):
        return "companies.json"
    return "collectives.json" if actor_type == "GPE" else "organisations.json"


def add_actor(
    folder: str | Path | None,
    record: dict,
    file: str | None = None,
) -> tuple[Actor, Path]:
    """Append ``record`` (the JSON record format of ``kb/README.md``) to a file of the
    knowledge-base folder, after checking it with the loader's rules against everything
    already there: a clash (the same id, or an alias another actor has, unless both are
    flagged ambiguous) or a malformed field raises :class:`KnowledgeBaseError` and leaves
    the files untouched. ``file`` defaults to :func:`default_file`; a new file is created
    with an ``about`` block. Returns the loaded actor and the file written."""
    folder = Path(folder) if folder is not None else KB_FOLDER
    if not isinstance(record.get("id"), str) or not record["id"].strip():
        raise KnowledgeBaseError("a record needs an id")
    kb = load_knowledge_base(folder)
    actor_id = record["id"]
    if (existing := kb.by_id(actor_id)) is not None:
        raise KnowledgeBaseError(f"id {actor_id!r} is already in {existing.source} ({existing.name})")
    if record.get("type") != "GPE" and not _ID_PREFIX.fullmatch(actor_id):
        raise KnowledgeBaseError(
            f"id {actor_id!r}: use a prefix and a slug, e.g. PER:jane-doe, IDN:KEMENSOS, MED:ANTARA, LOC:sinai, IGO:ASEAN"
        )
    name = file or default_file(str(record.get("type")), actor_id)
    if Path(name).name != name or not name.endswith(".json") or name == STATES_FILE:
        raise KnowledgeBaseError(f"{name!r}: give the name of a .json file in {folder}, not states.json")
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {
        "about": {"contents": "Actors added with `sorot actors add`.", "sources": [], "note": "See README.md for the format."},
        "records": [],
    }
    if not isinstance(data, dict) or not isinstance(data.get("records"), list):
        raise KnowledgeBaseError(f'{name}: expected an object with a "records" list')
    codes = {a.id for a in kb.actors if a.type == "GPE" and a.country == a.id}
    try:
        if record.get("type") == "GPE" and _is_code(actor_id) and record.get("country") == actor_id:
            codes = codes | {actor_id}
        actor = _actor(record, name, codes)
    except KeyError as exc:
        raise KnowledgeBaseError(f"{name}: new record ({actor_id}): missing field {exc}") from None
    except (AttributeError, TypeError, ValueError) as exc:
        raise KnowledgeBaseError(f"{name}: new record ({actor_id}): {exc}") from None
    _check_unique([*kb.actors, actor])
    data["records"].append(record)
    text = dump_kb_file(data)
    json.loads(text)
    path.write_text(text, encoding="utf-8")
    return actor, path
