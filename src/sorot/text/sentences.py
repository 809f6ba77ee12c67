"""Indonesian sentence splitting that survives scraping artifacts.

Boundaries: every line break; a full stop, question or exclamation mark followed
by space and a capital, quote or digit, unless the word before is a known
abbreviation or an initial; and the glued forms "lalu.Presiden" and
"Rabu (18/6/2025).Kapolres", where a scraper dropped the space after a full stop.
"""

from __future__ import annotations

import re

from sorot.record import Span

ABBREVIATIONS = frozenset(
    """
    a.n adm bpk brigjen capt co corp dll dr dra drg drs dsb dst gen h hj inc ir jend jl jln jr kab kapt kec kel
    kol kombes kompol laksma letjen ltd m mayjen mhd moh mr mrs ms muh no nn ny p pak pdt pol prof pt rp sdr sr st tbk tsb u.p abd ust
    vs yth s.d s.h s.e s.t m.si m.m m.h m.a ph.d tb kh
    """.split()
)
_TITLE_CASE_ONLY = frozenset({"tb"})  # abbreviations only when not written in capitals ("Tb." a title, "TB" a disease)
_BOUNDARY = re.compile(r"[.!?…]+['\"”’)\]]*(?=\s+['\"“‘(\[]?[A-Z0-9])|(?:[a-z]{2}|\))[.!?]['\"”’]?(?=[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*['\"”’)\]]*$")


def _is_abbreviation(text: str, end: int) -> bool:
    found = _WORD_BEFORE.search(text, max(0, end - 20), end)
    if not found:
        return False
    word = found.group(1).rstrip(".")
    if word.isupper() and word.lower() in _TITLE_CASE_ONLY:
        return False  # "kasus TB." (tuberculosis) ends a sentence; "Tb. Hamdi" does not
    word = word.lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[Span]:
    """Sentence spans (offsets into `text`), whitespace trimmed."""
    spans: list[Span] = []
    line_start = 0
    for line in text.split("\n"):
        cuts = [line_start]
        for match in _BOUNDARY.finditer(line):
            end = line_start + match.end()
            if match.group(0)[-1] in ".…" and _is_abbreviation(text, end):
                continue
            cuts.append(end)
        cuts.append(line_start + len(line))
        for start, end in zip(cuts, cuts[1:]):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append(Span(start, end, "sentence"))
        line_start += len(line) + 1
    return spans
