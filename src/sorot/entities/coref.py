"""Within-document coreference of bare name parts: "Putin", "Kim", "Rudenko" after the
person was named in full.

A capitalised word that no mention covers links to the most recently named person
whose name contains it, whichever position it has there (Korean and Chinese names
put the family name first: "Kim" is Kim Jong Un); before anyone of that name, to the one
person the text names in full later with it (a lead that says "Kim" before "Kim Jong
Un"). A person whose offices all ended before the article's date yields to one still in office: after "ayah Kim Jong Un,
Kim Jong Il", a bare "Kim" in 2024 news is the son. A word followed by another
uncovered capitalised word is part of a longer name ("Lapangan Kim Il Sung") and
is left alone, as is one right after an uncovered word that only names ("Klenak Murib" is
not "Oriup Murib": Papuan, Batak and other clan names are shared).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sorot.entities.tokens import Token, letters, phrase_key

_PARTICLES = frozenset({"bin", "binti", "al", "van", "von", "de", "da", "der", "jr", "sr"})


@dataclass(frozen=True)
class NamedPerson:
    """A person named at ``start`` by the name parts ``parts`` (case-folded)."""

    actor_id: str
    start: int
    parts: frozenset[str]
    former: bool = False  # every office ended before the article's date


def name_parts(*names: str) -> frozenset[str]:
    """The case-folded words of names that can stand alone for the person."""
    return frozenset(w for name in names for w in phrase_key(name) if letters(w) and w not in _PARTICLES)


def link_name_parts(tokens: list[Token], covered: set[int], people: Iterable[NamedPerson],
                    name_before: Callable[[int], bool] | None = None) -> list[tuple[int, str]]:
    """(token index, actor id) for each uncovered capitalised word that names a person
    named earlier in the text (`name_before`: whether the word right before a token, on its
    line, is only ever a name, so that a part after it is another person's name)."""
    named = sorted(people, key=lambda p: p.start)
    if not named:
        return []
    parts = frozenset().union(*(p.parts for p in named))
    links = []
    for index, token in enumerate(tokens):
        if token.folded not in parts or index in covered or not (token.text[:1].isupper() and letters(token.folded)):
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.capitalised and following.is_word and index + 1 not in covered:
            continue
        if name_before is not None and index - 1 not in covered and name_before(index) \
                and not any(tokens[index - 1].folded in p.parts for p in named if token.folded in p.parts):
            continue
        candidates = [p for p in reversed(named) if p.start < token.start and token.folded in p.parts]
        if candidates:
            person = next((p for p in candidates if not p.former), candidates[0])
            links.append((index, person.actor_id))
            continue
        # named in full only later ("... dengan Kim pada hari Rabu", then "Kim Jong Un"): one present holder
        later = {p.actor_id for p in named if p.start > token.start and token.folded in p.parts and not p.former}
        if len(later) == 1:
            links.append((index, later.pop()))
    return links
