"""Word tokens with offsets, the unit every actor rule works on.

A token is a run of word characters or a single other non-space character, so
"Kim Jong-un" is ``Kim``, ``Jong``, ``-``, ``un`` and glued text such as
"lalu.Presiden" still splits at the full stop. Phrases (aliases, office titles)
are compared token by token on the case-folded form; the spacing between tokens
does not matter.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from typing import NamedTuple

# A word keeps an apostrophe between letters ("Ma'ruf", "Jum'at", "Xi'an"), but not an English
# possessive's ("Trump's": "Trump", "'", "s").
_TOKEN = re.compile(r"\w+(?:['’](?!s\b)[^\W\d_]\w*)*|[^\w\s]")
_SENTENCE_END = frozenset(".!?")
_OPENING = frozenset("\"'“‘([")


class Token(NamedTuple):
    """A named tuple rather than a dataclass: articles have hundreds of tokens, and
    building tuples costs half as much."""

    start: int
    end: int
    text: str
    folded: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "_"


_APOSTROPHES = str.maketrans("", "", "'’")


def letters(text: str) -> bool:
    """Whether a word is all letters, apostrophes inside it aside ("Ma'ruf")."""
    return text.translate(_APOSTROPHES).isalpha()


_new_tuple = tuple.__new__  # skips the named tuple's Python-level constructor: tokenizing is a third faster


def tokenize(text: str) -> list[Token]:
    return [_new_tuple(Token, (*m.span(), word, _fold(word))) for m in _TOKEN.finditer(text) for word in (m.group(),)]


def _fold(word: str) -> str:
    """Case-folded, with a curly apostrophe as a straight one ("Xi’an" is "xi'an")."""
    return word.casefold().replace("’", "'")


def phrase_key(text: str) -> tuple[str, ...]:
    """The case-folded token sequence of a phrase: the key aliases and titles are stored under."""
    return tuple(_fold(m.group()) for m in _TOKEN.finditer(text))


def starts_sentence(text: str, tokens: list[Token], index: int) -> bool:
    """Whether token ``index`` opens a sentence, a line or a quotation, where a capital
    letter says nothing about the word."""
    position = index - 1
    while position >= 0 and tokens[position].text in _OPENING:
        position -= 1
    if position < 0:
        return True
    previous = tokens[position]
    return previous.text in _SENTENCE_END or "\n" in text[previous.end : tokens[index].start]


# --- glued words -----------------------------------------------------------------------
# Scrapers that drop a link's markup often drop the spaces around it too: "Iranmengeluarkan
# peringatan", "Presiden RusiaVladimir Putindan", "militerIsraeldi Gaza". The actors stage
# splits such tokens before anything matches, so that aliases, titles and names inside them
# are found and their offsets cover only the name.

# Function words that follow a name in news prose, and so are seen glued to one.
GLUE_WORDS = frozenset(
    """dan di ke dari yang untuk dalam pada dengan bahwa akan juga telah sudah tidak adalah ini itu saat
    sebagai oleh serta atau karena kepada terhadap melalui menjadi pun tersebut bersama sejak hingga usai
    setelah sebelum ketika kembali masih belum merupakan agar atas lalu kini namun tetapi sedang segera
    pernah bisa dapat harus ingin tak secara langsung mengatakan menyatakan menegaskan menyebut menyebutkan
    mengungkapkan menjelaskan menambahkan meminta menilai disebut dikatakan selaku yakni sendiri terus turut
    turun selama tetap lagi pula hanya sempat mulai baru tengah soal tentang bagi jika maupun sambil seperti
    sehingga sekaligus semua seluruh para sejumlah beberapa banyak setiap""".split()
)
# Prepositions of place, glued to a name only before the place they introduce ("Israeldi Gaza"); a
# name that merely ends in them stands before anything else ("Ahmad Kusumadi, tersangka ...").
_PLACE_GLUE = frozenset({"di", "ke"})
_NEVER_PLACED = frozenset({"dan", "yang", "pada", "juga", "telah", "sudah", "akan", "tidak", "tak", "atau", "serta",
                           "sebagai", "oleh", "kepada", "bahwa", "ini", "itu", "adalah", "merupakan", "selaku", "pun",
                           "untuk", "dengan", "karena", "saat", "ketika", "usai", "sejak", "lalu", "kini", "sempat"})
# Affixed (derived) Indonesian words, the verbs that follow a subject: me-, di-, ber-, ter-, per-.
_AFFIXED = re.compile(r"(?:me|di|ber|ter|per|se|ke|pe)[a-z]{3,}")
# After a known name, a glued word not written on its own elsewhere must look like a verb
# ("Iranmengeluarkan"), and the name be longer than 3 letters ("Mas" + "tercard" is not one).
_VERB = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}")
# After any capitalised word, a long derived verb ("bertujuan", "mengatakan", "disebutkan").
_LONG_VERB = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}(?:kan|an|i)")
_LONG = 8
_LONG_GLUE = 6  # letters of a function word glued to an unknown name ("kembali", "sebagai")
_DERIVED_HEAD = re.compile(r"pe|ke|me|di|ber|ter")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2})")
_MIN_NAME = 3  # letters of a name part before a glued lowercase word
# Prepositions a scraper glues to the linked word after them ("dalamperang Iran-Israel"); the
# linked word has 4+ letters. Words that begin so are left alone ("daripada", "padamkan").
_LINKED_AFTER = re.compile(r"(?:dalam|atas|dengan|untuk|terhadap|antara|tentang|melawan|akibat|dari|pada|kepada)(?=[a-z]{4})")
_PREPOSITION_WORDS = frozenset({"daripada"})
_GLUED_HEAD = 4  # letters at least of each part of a lowercase token split in two


def split_glued(tokens: list[Token], names: frozenset[str] | set[str] = frozenset(),
                words: Container[str] = frozenset(), whole: Container[str] = frozenset()) -> list[Token]:
    """Tokens with glued words split: at a lowercase-uppercase boundary ("TimurKhofifah",
    and "ASDonald" before a capitalised word) where one side is a known word, or after a
    lower-case word of 2+ letters ("militerIsrael", "danXi"); and a name glued to a
    lowercase word ("Iranmengeluarkan", "Putindan", "Mulyadimengatakan").

    ``whole`` are case-folded words that stand for themselves: such a token is left whole unless
    a capital inside it marks the glue ("Wulandari" is no "Wulan" glued to "dari", "Dokumentasi"
    no "Doku" glued to a verb; "diDesa" is split). ``names`` are case-folded words of known names
    (the knowledge base's alias words). A
    name part must be one of them or be written on its own, capitalised, elsewhere in the
    text; the lowercase part must then be a function word (:data:`GLUE_WORDS`), an affixed
    word (me-, di-, ber-, ter-, ...) written on its own elsewhere in the text, or, after a
    known name of 4+ letters, a me-/di-/ber-/ter- word of 5+ letters; after the second word
    of a known two-word name whose first word stands right before it, any word of 4+ letters
    written on its own in lower case elsewhere ("Prabowo Subiantohari" where the text writes
    "hari"; not "Singaraja", "Polres Tebingtinggi"). ``names`` also holds the pairs of
    consecutive words of known names ("prabowo subianto"). Any other name of
    5+ letters that does not itself look derived is split only before a long derived verb
    ("Trilogibertujuan"; not "Penyeberangan"). A token written the same way twice
    ("TikTok", "YouTube") or that is itself a known name ("Sudan") is left alone, unless
    it is a known name glued to a word (a repeated paragraph's "Merzmenyatakan").

    A preposition glued to the linked word after it ("dalamperang", "terhadaptarif") is
    split when that word is written on its own in the text or is one of ``words``; so is a
    word written on its own elsewhere glued to one of ``words`` ("dampakperangIran") or to
    another word so written ("seorangguru", "ngajiberinisial"; each part has 4+ letters, and
    a lowercase token written twice is left alone).
    """
    written = Counter(token.text for token in tokens)
    glued = {text for text in written if _may_be_glued(text)}
    if not glued:
        return tokens
    candidates = [i for i, t in enumerate(tokens) if t.text in glued]
    lower_counts = {text: n for text, n in written.items() if text.islower()}  # a lowercase word written twice is a word, not a glue
    lower = set(lower_counts)
    counts = {text: n for text, n in written.items() if text[:1].isupper()}
    capitalised = {text.casefold() for text in counts}
    result: list[Token] = []
    done = 0
    for index in candidates:
        token = tokens[index]
        repeated = counts.get(token.text, 0) > 1
        if token.folded in names or token.folded in whole and not _CAMEL.search(token.text) or \
                lower_counts.get(token.text, 0) > 1 or (repeated and token.text.islower()):
            continue
        if token.text.islower():
            parts = _split_lowercase(token.text, lower, capitalised, words)
        else:
            before = _CAMEL.split(tokens[index - 1].text)[-1] if index and tokens[index - 1].text[:1].isupper() else None
            parts = [piece for part in _split_token(token.text, names, lower, capitalised, before)
                     for piece in (_split_lowercase(part, lower, capitalised, words) if part.islower() else [part])]
        if len(parts) > 1 and parts[-1] in _PLACE_GLUE and parts[-2][:1].isupper() and \
                not _place_may_follow(tokens[index + 1].text if index + 1 < len(tokens) else ""):
            parts[-2:] = [parts[-2] + parts[-1]]  # "Kusumadi, tersangka ..." is a name; "Israeldi Gaza" is glued
        if len(parts) == 1:
            continue
        if repeated and not (any(part.islower() and len(part) >= _GLUED_HEAD for part in parts) and all(
                part.islower() or part.casefold() in names for part in parts)):
            continue  # "TikTok" and "AirAsia" written twice are names; a repeated paragraph's "Merzmenyatakan" is not
        result += tokens[done:index]
        offset = token.start
        for part in parts:
            result.append(Token(offset, offset + len(part), part, part.casefold()))
            offset += len(part)
        done = index + 1
    if not done:
        return tokens
    return result + tokens[done:]


def _place_may_follow(text: str) -> bool:
    """Whether a word may follow a preposition of place (`_PLACE_GLUE`): a word, not punctuation, a
    word that never does or a verb ("Kurniadi pada Senin", "Kusumadi ditangkap"; but "di tengah")."""
    folded = text.casefold()
    return text[:1].isalpha() and not (folded in _NEVER_PLACED or _VERB.fullmatch(folded))


def _may_be_glued(text: str) -> bool:
    if len(text) < 4:
        return False
    if text.islower():
        return len(text) >= 2 * _GLUED_HEAD or _LINKED_AFTER.match(text) is not None
    if text[0].isupper():
        return not text.isupper() and (len(text) > _MIN_NAME + 1)
    return text[0].islower() and not text.islower() and _CAMEL.search(text) is not None


def _split_token(text: str, names, lower: set[str], capitalised: set[str], before: str | None = None) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _CAMEL.finditer(text):
        left, right = text[start : match.start()], text[match.start() :]
        right_word = _CAMEL.split(right, 1)[0]
        glued_to_word = left.islower() and len(left) > 1  # "militerIsrael", "danXi"
        # a name glued to a word, then to the next name: "ErdoganmengatakanIran"
        named = _split_suffix(left, names, lower, capitalised) if left[:1].isupper() else [left]
        if left.isupper() and (left + right_word[:1]).casefold() in capitalised \
                and not _known_piece(right_word, names, lower, capitalised):
            continue  # "ASNpusat" where the text writes "ASN": not "AS" (the United States) and "Npusat"
        if glued_to_word or len(named) > 1 or _known_piece(left, names, lower, capitalised) or \
                _known_piece(right_word, names, lower, capitalised):
            pieces += named
            start = match.start()
    pieces.append(text[start:])
    last = pieces[-1]
    if last[:1].isupper():
        pieces[-1:] = _split_suffix(last, names, lower, capitalised, pieces[-2] if len(pieces) > 1 else before)
    return pieces


# Words that end no other word, split off whatever they are glued to: the cue before a
# person's initials ("ngajiberinisial NHN").
_CUE_TAILS = frozenset({"berinisial"})


def _split_lowercase(text: str, lower: set[str], capitalised: set[str], words: Container[str]) -> list[str]:
    """A lowercase token split after a glued preposition ("dalamperang"), or into two words
    the text writes on their own ("seorangguru", "ngajiberinisial"), or a word so written
    and a trigger word ("dampakperang"), or a prefixed trigger verb and a word the text writes
    on its own in either case ("mendesakpemerintah"), or any word and a cue that ends no other
    word ("ngajiberinisial" where the text never writes "ngaji" alone)."""
    match = _LINKED_AFTER.match(text)
    if match is not None and text not in _PREPOSITION_WORDS:
        rest = text[match.end():]
        if rest in lower or rest in capitalised or rest in words:
            return [match.group(), rest]
    for cut in range(_GLUED_HEAD, len(text) - _GLUED_HEAD + 1):
        head, rest = text[:cut], text[cut:]
        if (head in lower or head in GLUE_WORDS) and (rest in words or rest in lower) or rest in _CUE_TAILS or \
                _VERB.fullmatch(head) and head in words and (rest in lower or rest in capitalised):
            return [head, rest]  # (a trigger verb glued to a word written elsewhere: "mendesakpemerintah")
    return [text]


def _known_piece(piece: str, names, lower: set[str], capitalised: set[str]) -> bool:
    if len(piece) < 2:
        return False
    folded = piece.casefold()
    if piece.islower():
        return piece in lower or piece in GLUE_WORDS
    return folded in names or (len(piece) > 2 and folded in capitalised)


def _split_suffix(word: str, names, lower: set[str], capitalised: set[str], before: str | None = None) -> list[str]:
    """A capitalised word split into a name and a glued lowercase word, longest name first;
    ``before`` is the capitalised word right before it, if any."""
    folded = word.casefold()
    if folded in names:
        return [word]
    for cut in range(len(word) - 2, _MIN_NAME - 1, -1):
        tail = word[cut:]
        if not tail.islower() or not word[cut - 1].isalpha():
            continue
        head = folded[:cut]
        known = head in names
        if not known and head not in capitalised:
            continue
        if tail in GLUE_WORDS and (cut > 3 or head in capitalised):
            # "Putindan"; "Amorimdi" when "Amorim" is written on its own elsewhere; a short
            # known word only when so written ("Hamdan" is a name, not "HAM dan")
            return [word[:cut], tail]
        if _AFFIXED.fullmatch(tail) and (tail in lower or (known and cut > _MIN_NAME and _VERB.fullmatch(tail))):
            return [word[:cut], tail]
        if known and before and f"{before.casefold()} {head}" in names and len(tail) >= _GLUED_HEAD and tail in lower:
            return [word[:cut], tail]  # "Prabowo Subiantohari": a known two-word name, glued to a word written elsewhere
    # an unknown name before a long derived verb ("Trilogibertujuan") or a long function word
    # ("Kristiyantokembali"), unless the name itself looks derived ("Penyeberangan",
    # "Ketidakberpihakan" are words)
    if not _DERIVED_HEAD.match(folded):
        for cut in range(len(word) - _LONG_GLUE, _MIN_NAME + 1, -1):
            tail = word[cut:]
            if tail.islower() and word[cut - 1].isalpha() and (
                    (len(tail) >= _LONG and _LONG_VERB.fullmatch(tail)) or tail in GLUE_WORDS):
                return [word[:cut], tail]
    return [word]
