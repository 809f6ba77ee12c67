"""Load and check the event patterns (`patterns.toml`, and any files a user adds).

A pattern names a PLOVER type and the Indonesian forms that code for it, by voice:
active verbs, passive verbs and nominalisations. Loading turns the forms into one
phrase trie over case-folded tokens, so a sentence is scanned once for all of them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from sorot.entities.mentions import PhraseTrie
from sorot.entities.tokens import phrase_key

SHIPPED = Path(__file__).with_name("patterns.toml")

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
})
VOICES = {"verbs": "active", "passives": "passive", "nouns": "noun"}
CONTEXTS = ("future", "hypothetical", "negation", "alleged", "denied")
CUES = CONTEXTS + ("pledge", "intent")
TOPICS = ("military", "economic", "diplomatic", "nuclear")
NO_TOPIC = "none"  # [topics] phrases whose words carry no topic ("perdagangan orang" is no trade)
SECTORS = ("GOV", "MIL", "MED", "BUS", "IGO", "OPP", "CVL")
DEFAULT_TO = ("ke", "kepada", "terhadap", "dengan", "atas", "melawan", "untuk", "bagi")
_PATTERN_KEYS = {"type", "mode", "verbs", "passives", "nouns", "to", "hosted", "patient", "mutual", "needs",
                 "roles", "contexts", "planned", "spoken", "obliged", "quoted", "or_named"}


class PatternError(ValueError):
    pass


@dataclass(frozen=True)
class War:
    """A war between two states and the side that began it, with the days it lasted
    (`until` None while it goes on); `act` is FIGHT, or SANCTION for a trade war; the file's
    `name` only documents it."""

    began_by: str
    against: str
    since: date
    until: date | None
    act: str = "FIGHT"


@dataclass(frozen=True)
class Pattern:
    type: str
    mode: str | None
    to: frozenset[str]
    hosted: bool
    needs: frozenset[str]
    contexts: tuple[str, ...]
    source: str
    patient: bool = False  # the actor right after a noun undergoes it: "penangkapan X"
    mutual: bool = False  # two sides and no recipient: each acts on the other ("perang Iran-Israel")
    planned: str | None = None  # the type when the act is future or hypothetical: a planned signing is AGREE
    spoken: bool = False  # a word a speaker applies to an actor: the speaker is the source, the actor the recipient
    obliged: bool = False  # a modal of obligation in reported speech: the speaker demands it of the modal's subject
    roles: frozenset[str] = frozenset()  # like `needs`, but only as the role given after "sebagai" ("sebagai tindakan ilegal")
    quoted: bool = False  # only as a quote's verb, before its speaker: '"...," kecam Erdogan'
    or_named: bool = False  # a person named right after the verb does as well as a word of `needs`


@dataclass(frozen=True)
class Trigger:
    """One form of a pattern: the pattern and the voice the form is in."""

    pattern: Pattern
    voice: str


# What an [ignore] phrase maps to: a match that codes nothing and hides the shorter
# triggers inside it.
IGNORED = Trigger(Pattern("IGNORE", None, frozenset(), False, frozenset(), (), "[ignore]"), "ignore")


@dataclass(frozen=True)
class Patterns:
    triggers: PhraseTrie[Trigger]
    modes: dict[str, dict[str, frozenset[str]]]
    contexts: dict[str, frozenset[str]]
    topics: dict[str, frozenset[str]]
    type_topics: dict[str, tuple[str, ...]]
    ignored_sentences: frozenset[str]
    agents: PhraseTrie[tuple[str, str, str]]  # noun -> (sector, English name, the noun its id is made of)
    count: int
    weak_ignored: frozenset[str] = frozenset()  # sport words that count only beside another
    default_topics: dict[str, tuple[str, ...]] = field(default_factory=dict)  # when no topic word is near
    never_topics: dict[str, tuple[str, ...]] = field(default_factory=dict)  # whatever words are near
    wars: tuple[War, ...] = ()


def load_patterns(*extra: str | Path, shipped: bool = True) -> Patterns:
    """The shipped patterns plus those in `extra` files (same format); cue lists of
    later files extend the earlier ones."""
    paths = ([SHIPPED] if shipped else []) + [Path(p) for p in extra]
    trie: PhraseTrie[Trigger] = PhraseTrie()
    modes: dict[str, dict[str, set[str]]] = {}
    contexts: dict[str, set[str]] = {name: set() for name in CUES}
    topics: dict[str, set[str]] = {name: set() for name in (*TOPICS, NO_TOPIC)}
    type_topics: dict[str, tuple[str, ...]] = {}
    default_topics: dict[str, tuple[str, ...]] = {}
    never_topics: dict[str, tuple[str, ...]] = {}
    ignored_sentences: set[str] = set()
    weak_ignored: set[str] = set()
    agents: PhraseTrie[tuple[str, str, str]] = PhraseTrie()
    canonical: dict[tuple[str, str], str] = {}  # (sector, English name) -> the first noun listed for it
    wars: list[War] = []
    count = 0
    for path in paths:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise PatternError(f"{path}: {error}") from error
        for index, raw in enumerate(data.get("pattern", [])):
            pattern = _pattern(raw, f"{path.name} pattern {index + 1}")
            for key, voice in VOICES.items():
                for form in raw.get(key, []):
                    trie.add(phrase_key(form), Trigger(pattern, voice))
            count += 1
        ignore = data.get("ignore", {})
        for phrase in ignore.get("phrases", []):
            trie.add(phrase_key(phrase), IGNORED)
        ignored_sentences.update(w.casefold() for w in ignore.get("sentence_words", []))
        weak_ignored.update(w.casefold() for w in ignore.get("weak_sentence_words", []))
        for sector, nouns in data.get("agents", {}).items():
            _check_name(sector, SECTORS, f"{path.name} [agents]")
            for noun, english in nouns.items():
                # one id for the nouns of one name: "OTK" and "orang tak dikenal" are the same people
                agents.add(phrase_key(noun), (sector, english, canonical.setdefault((sector, english), " ".join(phrase_key(noun)))))
        for event_type, table in data.get("modes", {}).items():
            _check_type(event_type, f"{path.name} [modes.{event_type}]")
            for mode, words in table.items():
                modes.setdefault(event_type, {}).setdefault(mode, set()).update(w.casefold() for w in words)
        for name, words in data.get("contexts", {}).items():
            _check_name(name, CUES, f"{path.name} [contexts]")
            contexts[name].update(w.casefold() for w in words)
        for name, words in data.get("topics", {}).items():
            _check_name(name, (*TOPICS, NO_TOPIC), f"{path.name} [topics]")
            topics[name].update(w.casefold() for w in words)
        for table, found in (("type_topics", type_topics), ("default_topics", default_topics),
                             ("never_topics", never_topics)):
            for event_type, names in data.get(table, {}).items():
                _check_type(event_type, f"{path.name} [{table}]")
                for name in names:
                    _check_name(name, TOPICS, f"{path.name} [{table}]")
                found[event_type] = tuple(names)
        wars += [_war(raw, f"{path.name} war {index + 1}") for index, raw in enumerate(data.get("wars", []))]
    return Patterns(
        trie,
        {t: {m: frozenset(w) for m, w in table.items()} for t, table in modes.items()},
        {name: frozenset(words) for name, words in contexts.items()},
        {name: frozenset(words) for name, words in topics.items()},
        type_topics,
        frozenset(ignored_sentences),
        agents,
        count,
        frozenset(weak_ignored),
        default_topics,
        never_topics,
        tuple(wars),
    )


@cache
def shipped_patterns() -> Patterns:
    return load_patterns()


def _pattern(raw: dict, where: str) -> Pattern:
    unknown = set(raw) - _PATTERN_KEYS
    if unknown:
        raise PatternError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_PATTERN_KEYS)}")
    _check_type(raw.get("type"), where)
    if not any(raw.get(key) for key in VOICES):
        raise PatternError(f"{where}: give at least one of verbs, passives, nouns")
    for name in raw.get("contexts", []):
        _check_name(name, CONTEXTS + TOPICS, where)
    if "planned" in raw:
        _check_type(raw["planned"], f"{where} (planned)")
    return Pattern(
        raw["type"], raw.get("mode"), frozenset(raw.get("to", DEFAULT_TO)), bool(raw.get("hosted", False)),
        frozenset(w.casefold() for w in raw.get("needs", [])), tuple(raw.get("contexts", [])), where,
        bool(raw.get("patient", False)), bool(raw.get("mutual", False)), raw.get("planned"),
        bool(raw.get("spoken", False)), bool(raw.get("obliged", False)), frozenset(w.casefold() for w in raw.get("roles", [])),
        bool(raw.get("quoted", False)), bool(raw.get("or_named", False)),
    )


def _war(raw: dict, where: str) -> War:
    unknown = set(raw) - {"name", "began_by", "against", "from", "until", "act"}
    if unknown or not {"began_by", "against", "from"} <= set(raw) or raw.get("act", "FIGHT") not in ("FIGHT", "SANCTION"):
        raise PatternError(f"{where}: give began_by, against and from (ISO date), optionally until, name and act "
                           "(FIGHT or SANCTION)")
    try:
        since, until = date.fromisoformat(str(raw["from"])), date.fromisoformat(str(raw["until"])) if "until" in raw else None
    except ValueError as error:
        raise PatternError(f"{where}: {error}") from error
    return War(raw["began_by"], raw["against"], since, until, raw.get("act", "FIGHT"))


def _check_type(event_type: object, where: str) -> None:
    if event_type not in PLOVER_TYPES:
        raise PatternError(f"{where}: type {event_type!r} is not a PLOVER event type ({', '.join(sorted(PLOVER_TYPES))})")


def _check_name(name: str, allowed: tuple[str, ...], where: str) -> None:
    if name not in allowed:
        raise PatternError(f"{where}: unknown name {name!r}; allowed: {', '.join(allowed)}")
