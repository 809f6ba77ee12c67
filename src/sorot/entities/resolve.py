"""From mentions to an article's actors.

:class:`ActorExtractor` runs the mention sources (knowledge-base aliases, office
titles, and any source added later) over an article and decides, in this order:

1. titles: a title followed by a name gives that person the role; a name the
   knowledge base does not know becomes a new person ``PER:<slug>`` whose country and
   sector come from the title (confidence below 1); "seorang juru bicara Kremlin"
   is an unnamed person of that role;
2. what each state mention stands for from the words before it (a group, the
   state's allies, the government, a place; see :mod:`sorot.entities.readings`); a
   state's name closing a body's name is that state's body ("Kementerian Pariwisata
   Israel", and "Asosiasi Sepak Bola Palestina", which the knowledge base does not know);
   an Indonesian regional body's word and the place it serves are that body ("Polda
   Bali" is the Bali Regional Police, "Pemkot Bandung" the Bandung City Government), and
   an embassy's word and its state are that state's embassy, with the place it serves
   ("KBRI Teheran", "Kedutaan Besar AS di Qatar"; :mod:`sorot.entities.embassies`);
3. knowledge-base aliases; an ambiguous one is kept only when exactly one of its
   actors is named unambiguously elsewhere in the article;
4. a bare office title ("Presiden Rusia") is the person who held the office on
   the article's date, preferring one the article names; one written all in lower
   case ("termasuk menteri luar negeri") is a description and names no one;
5. bare name parts ("Putin", "Kim") link to the most recently named person, and an
   acronym the article defines in brackets after an organisation's name ("Ikatan ...
   Indonesia (IPOMI)") links to that organisation wherever the article uses it;
6. with a recogniser (:class:`sorot.entities.recognise.NerProposer`, the stage's
   default), the persons, organisations and places the statistical model finds where
   nothing above did become new actors (``PER:<slug>``, ``ORG:<slug>``, ``LOC:<slug>``,
   confidence 0.5, 0.6 after a title) with a country only when the context gives one:
   the title before a person, an Indonesian police or military rank, a state right
   after or inside an organisation's name ("Kongres AS", "DPRD Jawa Barat"), or a
   word of Indonesian regional government ("Polres", "DPRD", "Kabupaten");
   name parts of these new people then link back to them too.

Glued words ("Iranmengeluarkan", "RusiaVladimir") are split before anything is
matched (:func:`sorot.entities.tokens.split_glued`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from sorot.entities.coref import NamedPerson, link_name_parts, name_parts
from sorot.entities.embassies import MISSION_FIRST_WORDS, mission_at
from sorot.entities.knowledge import Actor, KnowledgeBase
from sorot.entities.mentions import AliasMatcher, Mention, MentionSource, merge, verb_follows
from sorot.entities.name_origin import name_origin
from sorot.entities.ner.features import name_lists
from sorot.entities.offices import OfficeIndex
from sorot.entities.readings import Reading, in_dateline, read_state_mention
from sorot.entities.regional import (
    ADMINISTRATIVE, BODY_FIRST_WORDS, HEADS_OF_BODIES, HOME_STATE, body_name, place_end, regional_body,
)
from sorot.entities.recognise import (
    BODY_OPENERS, CENTRAL_BANK, COMPANY_FORMS, HOME_RANKS, HOME_WORDS, NOT_NAMES, ORG_SECTORS, NerProposer, Proposal,
    defines_acronym, is_name_like,
)
from sorot.entities.titles import (COMPASS, FORMER, HEADS, PUBLIC_CALLINGS, RANK_CORPS, RANK_WORDS, SUSPECT_NOUNS,
                                   Title, TitleFinder, past_term, relation_before)
from sorot.entities.tokens import Token, phrase_key, split_glued, starts_sentence, tokenize
from sorot.record import ActorMention, ArticleActor
from sorot.time.lexicon import WEEKDAYS

# How sure each way of deciding is.
CONFIDENCE = {
    "alias": 1.0, "titled": 1.0, "context": 0.8, "office": 0.9, "office_undated": 0.7,
    "new_person": 0.7, "unnamed": 0.6, "group": 0.8, "place": 0.8, "coref": 0.9,
    "recognised": 0.5, "recognised_titled": 0.6, "recognised_body": 0.6, "recognised_placed": 0.6,
    "club": 0.5,  # a football club (of the knowledge base or the club rule): in no event
    "no_events": 0.5,  # a player, coach or entertainer of the knowledge base (`events: false`): named surely, but
    # as sure as the recogniser's names for events, so in none but an arrest or a charge (a match, a transfer, a
    # wedding or praise for a colleague is no political event)
}
CLUB = "CLUB:"  # the id prefix of football clubs (kb/clubs.json and the club rule)
COMPANY = "BUS:"  # the id prefix of the knowledge base's companies (kb/companies.json): a name right after one is a product
# At or above: the knowledge base, a title or a rule named the actor; below: only the
# statistical recogniser proposed it. Events leave the latter out, and stories too, clubs excepted.
KNOWN = CONFIDENCE["recognised_titled"]
# Words of a public office's title, which naming no state is Indonesia's in a story set at home
# ("Wakil Menteri Perindustrian Faisol Riza", "Gubernur Abdul Wahid", "Dirjen Hubdar Lukman F
# Laisa", "Jaksa Wawan"; Indonesian news names a foreign official with the state), but not a
# prime minister's, nor one that names a body ("Presiden FIFA": presidents are also of firms and
# clubs), nor a general's (foreign generals are named so in war news).
_HOME_OFFICE_WORDS = frozenset({"menteri", "wamen", "menko", "gubernur", "wali", "walikota", "dirjen", "jaksa", "hakim",
                                "penyidik", "jpu"})
_PREMIER = "perdana"
_DIRECTOR_GENERAL = frozenset({"direktur", "jenderal"})  # "Direktur Jenderal X" (not a general's title)
# Common words that are also common given names ("Kepala Desa Sari Indah"): a name after a title may be all such words.
_SPELLING = 0.7  # the least likeness of two spellings of one name ("Mahmud" and "Mahmoud", "Wladimir" and "Vladimir")
_NAME_RUN = 3  # words after a given name where another word of the known person's name may stand
_NAME_LIKE_WORDS = frozenset("sari indah putri putra jaya bintang cahaya utama dewi ayu intan mawar melati bunga surya "
                             "bayu fajar mega kasih rahma agung bagus budi adi tri dwi eka wati".split())
# How near before a name (a nationality: "warga negara Nigeria bernama X", "Aktor Korea Selatan X")
# or after it (a place's state: "Gunung Fuji di Jepang") another state says it is not Indonesian's.
_NEAR_BEFORE, _NEAR_AFTER = 3, 2
# Head words of an Indonesian state body's name, and words that make a body international.
_HOME_BODY_HEADS = frozenset({"badan", "lembaga", "komisi", "direktorat", "dinas", "kementerian"})
_WORLD_WORDS = frozenset({"internasional", "dunia", "global", "regional", "pbb", "eropa", "asia", "asean", "arab", "afrika"})
# Places an Indonesian regional word makes Indonesian when it opens or precedes the name.
_HOME_AREAS = frozenset("kabupaten kecamatan kelurahan desa kampung dusun nagari".split())
_NOT_ADMINISTRATIVE = frozenset({"wali", "ibu"})  # "Wali Kota", "Ibu Kota": their "Kota" is no place's kind
# Words of the names of Indonesian bodies of every kind (foundations, schools, hospitals, task
# forces, regional firms, associations, national teams): such a name in a story set at home
# is an Indonesian body.
_HOME_ORG_WORDS = frozenset(
    """yayasan universitas institut sekolah politeknik akademi pesantren pondok madrasah sma smp sd smk mts man rs rsud
    rumah sakit puskesmas klinik satgas satuan tugas perumda perusda koperasi komunitas paguyuban himpunan ikatan persatuan
    perkumpulan asosiasi forum gerakan aliansi serikat kelompok lembaga pusat balai dinas badan majelis dewan timnas
    kabupaten kota provinsi daerah nusantara""".split())


# A head of state's bare title, and the office it stands for (`ActorExtractor._bare_head_links`).
_BARE_HEADS = {("presiden",): "presiden", ("kepala", "negara"): "presiden", ("wakil", "presiden"): "wakil presiden",
               ("wapres",): "wakil presiden"}
_BARE_HEAD_FIRST = frozenset(words[0] for words in _BARE_HEADS)
_NOT_STATE_HEADS = frozenset({"direktur", "komisaris", "partai", "pks", "klub", "federasi", "asosiasi"})
_HEAD_OF_STATE = ("kepala", "negara")
_MONARCHS = frozenset({"raja", "ratu", "emir", "sultan", "kaisar"})
_ROLE_HELD = frozenset({"sebagai", "menjabat", "selaku"})  # a role held, not a reference: "sebagai Presiden unit bisnis"
_ADDRESS = frozenset({"bapak", "pak"})  # "Bapak Presiden": the president himself
# Words by which a person is addressed before their name ("Bunda Maia", "Bang Azran", "Gus Ipul").
_FORMS_OF_ADDRESS = _ADDRESS | frozenset("""ibu bu mas mbak bang abang kak kakak bunda om tante cak gus kang teh neng bung
uda uni daeng mbah eyang opa oma saudara sdr ustaz ustadz ustad ustazah kiai kyai habib syekh buya abah umi abi romo
ki nyai coach""".split())
# Names a bare "Presiden" closes, also opening a sentence: "Piala Presiden 2025 ...", "Peraturan Presiden Nomor ..."
_OF_THE_PRESIDENT = frozenset({"piala", "kantor", "peraturan", "instruksi", "keputusan", "staf", "sekretariat", "istana"})


@dataclass(frozen=True)
class _Link:
    actor: Actor
    first: int
    last: int
    how: str
    role: str | None = None
    title: bool = False  # the span is a title ("Wali Kota Bandung"), not the name: its words are not name parts


class ActorExtractor:
    """Actors of an article's text; build once (it indexes the knowledge base) and reuse."""

    def __init__(
        self, kb: KnowledgeBase, extra_sources: Sequence[MentionSource] = (), recogniser: NerProposer | None = None
    ) -> None:
        self.kb = kb
        self.offices = OfficeIndex(kb)
        self.aliases = AliasMatcher(kb)
        self.sources: list[MentionSource] = [self.aliases, self.offices, *extra_sources]
        self.titles = TitleFinder(kb)
        self.recogniser = recogniser
        # words of known names: a glued token is split only next to one of them (or a
        # word the article writes on its own)
        # (and the pairs of consecutive words of multiword names, "prabowo subianto", which unglue "Prabowo Subiantohari")
        self.name_words = frozenset(
            w for actor in kb.actors for alias in actor.aliases for w in phrase_key(alias.text) if w.isalpha() and len(w) > 1
        ) | frozenset(f"{a} {b}" for actor in kb.actors for alias in actor.aliases
                      for a, b in zip(phrase_key(alias.text), phrase_key(alias.text)[1:]) if a.isalpha() and b.isalpha())
        # tokens that stay whole: the parts of people's names of the hand-made lists ("Wulandari" is
        # no "Wulan" glued to "dari") and the common words of the recogniser's training text
        # ("Dokumentasi" is no "Doku" glued to a verb)
        self.name_parts = name_lists()
        # the words of the names of bodies, firms and places that no list gives as a part of people's names: one
        # right before a bare part of a person's name holds that person's employer, not another given name ("Dirut
        # Sritex Iwan"; but in "Ahmad Santoso", "Ahmad", of the lists, makes another Santoso)
        body_words = frozenset(w for actor in kb.actors if actor.type != "PER" for alias in actor.aliases
                               for w in phrase_key(alias.text) if w.isalpha()) - self.name_parts
        self.no_other_name = _FORMS_OF_ADDRESS | body_words  # nor a form of address: "Bang Azran", "Ustad Somad"
        self.whole_words = self.name_parts | (recogniser.model.common_words if recogniser is not None else frozenset())

    def __call__(self, text: str, dct: str | None) -> list[ArticleActor]:
        tokens = split_glued(tokenize(text), self.name_words, whole=self.whole_words)
        found = [source(text, tokens) for source in self.sources]
        at_offices, at_aliases = self.sources.index(self.offices), self.sources.index(self.aliases)
        found[at_offices] = self._offices_not_cut(found[at_offices], found[at_aliases])
        mentions = _local_names(self._redefined(merge(*found), tokens), tokens)
        mentions = self._not_given_names(self._not_surnames(mentions, tokens), tokens)
        links: list[_Link] = []
        used: set[int] = set()  # first tokens of mentions already decided
        titles = self.titles(text, tokens, mentions)
        states = {m.last: (m.first, m.candidates[0]) for m in mentions
                  if m.label == "GPE" and len(m.candidates) == 1 and re.fullmatch(r"[A-Z]{3}", m.candidates[0])}
        links += _initials_links(tokens, used, {m.first for m in mentions}, states)
        links += self._foreign_body_links(mentions, tokens, used)
        links += self._named_body_links(mentions, tokens, used)
        links += self._subsidiary_links(mentions, tokens, used)
        links += _regional_body_links(mentions, tokens, used, self.kb)
        links += _bare_body_links(mentions, tokens, used, links)
        links += _club_links(mentions, tokens, used, self.kb)
        links += _commission_links(mentions, tokens, used, titles)
        links += self._mission_links(mentions, tokens, used)
        home = self._home_story(mentions)
        settled = self._named_at_home(mentions, tokens, links)
        links += self._civil_body_links(mentions, tokens, used, settled)
        for title in titles:
            links += self._title_links(title, tokens, mentions, links + self._people(mentions, title.first), used, home,
                                       settled)
        for mention in mentions:
            if mention.first not in used and mention.kind != "office":
                links += self._reading_links(mention, tokens, used)
        links += _surname_links(mentions, tokens, links, used, self.kb)
        named = {link.actor.id for link in links} | {m.candidates[0] for m in mentions if len(m.candidates) == 1}
        for mention in mentions:
            if mention.first in used:
                continue
            if mention.kind == "office":
                if mention.last + 1 < len(tokens) and tokens[mention.last + 1].folded in _JUNIOR:
                    continue  # "Jaksa Agung Muda ...": a deputy's office, not the Attorney General's
                if _under_office(tokens, mention.first):
                    continue  # "Direktur Penyidikan Jaksa Agung Muda Pidana Khusus": a subordinate's office
                if past_term(tokens, mention.last + 1) > mention.last + 1:
                    continue  # "Menteri Perdagangan periode 2015-2016 Thomas Lembong": a past term's holder, named after
                links += self._office_links(mention, tokens, dct, named)
            elif actor := self._alias_actor(mention, named):
                how = "club" if actor.id.startswith(CLUB) else "alias" if len(mention.candidates) == 1 else "context"
                links.append(_Link(actor, mention.first, mention.last, how))
        links += self._name_part_links(text, tokens, links, dct, titles, mentions)
        links += self._bare_head_links(text, tokens, links, dct, home)
        links += _acronym_links(tokens, links)
        if self.recogniser is not None:
            recognised = self._recognised_links(text, tokens, mentions, titles, links, dct, home, settled)
            if recognised:  # bare name parts of the new people: as sure as the people themselves
                new_people = {link.actor.id for link in links if link.how.startswith("recognised")}
                links += [
                    _Link(link.actor, link.first, link.last, "recognised") if link.actor.id in new_people else link
                    for link in self._name_part_links(text, tokens, links, dct, titles, mentions)
                ]
                links += _acronym_links(tokens, links)
        links += self._inside_offices(found[at_aliases], [m for m in mentions if m.kind == "office"], links)
        return _article_actors(text, tokens, _not_money_or_language(_nickname_links(tokens, links), tokens))

    def _offices_not_cut(self, offices: list[Mention], aliases: list[Mention]) -> list[Mention]:
        """The office mentions whose last words do not open a longer organisation's name:
        "Direktur Utama Pertamina Hulu Energi" is the head of Pertamina Hulu Energi, not of
        Pertamina (the title is then read from its words and that organisation)."""
        bodies = [m for m in aliases if len(m.candidates) == 1 and (actor := self.kb.by_id(m.candidates[0])) is not None
                  and actor.type == "ORG"]
        return [o for o in offices if not any(o.first < b.first <= o.last < b.last for b in bodies)]

    def _inside_offices(self, aliases: list[Mention], offices: list[Mention], links: list[_Link]) -> list[_Link]:
        """The bodies and places named inside the title of an office (of the knowledge base) that
        names a person: "Ketua DPR RI, Puan Maharani" names the DPR too, "Wali Kota Balikpapan"
        Balikpapan (a title a head word opens already holds them as mentions of their own). Not
        states: a leader's state named at each quote would count again as a state the story is
        about ("Presiden Iran", "kedua belah pihak")."""
        people = [link for link in links if link.actor.type == "PER"]
        offices = [o for o in offices if any(p.first <= o.first and o.last <= p.last for p in people)]
        taken = {(link.first, link.last) for link in links}
        return [_Link(actor, m.first, m.last, "alias") for m in aliases
                if len(m.candidates) == 1 and m.kind != "office" and (m.first, m.last) not in taken
                and any(o.first < m.first and m.last <= o.last for o in offices)
                and (actor := self.kb.by_id(m.candidates[0])) is not None and actor.type in ("ORG", "LOC")]

    def _not_surnames(self, mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
        """Without a company's name written as a person's surname, right after a given name
        (a capitalised word that no mention covers and that the recogniser's training text
        never writes in lower case): "Keisuke Honda", "Ferdinand Porsche"."""
        if self.recogniser is None:
            return mentions
        covered = {i for m in mentions for i in range(m.first, m.last + 1)}
        return [m for m in mentions if not (
            m.first and len(m.candidates) == 1 and m.candidates[0].startswith(COMPANY) and m.first - 1 not in covered
            and (given := tokens[m.first - 1]).is_word and given.text[:1].isupper() and given.text[1:].islower()
            and self.recogniser.model.unseen_name(given.text))]

    def _not_given_names(self, mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
        """Without a known person's given name used as an alias, or a known single name, when another
        surname follows it: a capitalised word no mention covers and the recogniser's training text never
        writes in lower case ("Kamala Lakhdhir" is not Kamala Harris, "Suharto Wibisono" not Suharto;
        "Kamala" alone still is)."""
        if self.recogniser is None:
            return mentions
        covered = {i for m in mentions for i in range(m.first, m.last + 1)}
        kept = []
        for m in mentions:
            actor = self.kb.by_id(m.candidates[0]) if len(m.candidates) == 1 and m.first == m.last else None
            following = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
            if actor is not None and actor.type == "PER" and following is not None and m.last + 1 not in covered \
                    and m.text == (name := actor.name.split())[0] and following.is_word \
                    and following.text[:1].isupper() and following.text[1:].islower() \
                    and following.folded not in NOT_NAMES and self.recogniser.model.unseen_name(following.text) \
                    and (len(name) == 1 or not _rest_of_name(tokens[m.last + 1 : m.last + 1 + _NAME_RUN], name[1:])):
                continue  # (nor one of a single name: "Suharto Wibisono" is not the late president)
            kept.append(m)
        return kept

    def _redefined(self, mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
        """Without the mentions of a short alias that the article defines in brackets after
        a name that shares no word with its actor's names: after "Perjanjian Kerja Sama
        (PKS)" the article's PKS is the agreement, not the party. (A variant of the actor's
        own name, "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", keeps it.)"""
        ending: dict[int, set[str]] = {}
        for m in mentions:
            ending.setdefault(m.last, set()).update(m.candidates)
        redefined = set()
        for m in mentions:
            at = m.first
            if m.kind != "short" or at != m.last or at < 2 or at + 1 >= len(tokens) \
                    or tokens[at - 1].text != "(" or tokens[at + 1].text != ")":
                continue
            if ending.get(at - 2, set()) & set(m.candidates):
                continue  # "Partai Keadilan Sejahtera (PKS)": the name and its acronym agree
            words = []
            for token in reversed(tokens[max(0, at - 2 - _BODY_WORDS) : at - 1]):
                if not (token.is_word and token.text[:1].isupper()) and token.folded not in ("dan", ","):
                    break
                words.append(token.folded)
            own = {w for c in m.candidates if (actor := self.kb.by_id(c)) is not None
                   for name in (actor.name, *(alias.text for alias in actor.aliases)) for w in phrase_key(name)}
            if len(words) >= 2 and not own.intersection(w for w in words if len(w) > 2 and w != "dan"):
                redefined.add(m.text.casefold())
        return [m for m in mentions if m.text.casefold() not in redefined] if redefined else mentions

    def _home_story(self, mentions: list[Mention]) -> bool:
        """Whether the article is set in Indonesia: its knowledge-base mentions of Indonesia and
        its places and clubs at least as many as those of any other state (also when it names
        none; people and bodies left out: a bilateral story names each side's ministers). (The
        clubs do not count where new people are given Indonesia, `_named_at_home`: Liga 1
        squads hold foreign players.)"""
        states = self._state_counts(mentions, clubs=True)
        return states[HOME_STATE] >= max((n for country, n in states.items() if country != HOME_STATE), default=0)

    def _named_at_home(self, mentions: list[Mention], tokens: list[Token], links: list[_Link]) -> bool:
        """Whether Indonesia and its places are named more often than any other state and its
        places, the dateline left out ("Liputan6.com, Jakarta -" says where the outlet is,
        not where the story is); or, when no state or place is named outside the dateline,
        whether the article names Indonesian bodies or people of the knowledge base, news
        outlets and football clubs left out (a trial of PDI-P's secretary general at the KPK's
        court names no state at all; an outlet naming itself or its source says nothing of
        where a story is, and a Liga 1 club's squad holds foreign players)."""
        outside = [m for m in mentions if not in_dateline(tokens, m.first)
                   and not (m.first and tokens[m.first - 1].folded in COMPANY_FORMS)]  # "PT Amman Mineral"
        states = self._state_counts(outside)
        abroad = max((n for country, n in states.items() if country != HOME_STATE), default=0)
        if states[HOME_STATE] > abroad:
            return True
        if abroad:
            return False
        return any(len(m.candidates) == 1 and m.kind != "office" and (actor := self.kb.by_id(m.candidates[0])) is not None
                   and actor.type in ("ORG", "PER") and actor.country == HOME_STATE and _sets_a_story(actor)
                   for m in outside) \
            or any(link.actor.type == "ORG" and link.actor.country == HOME_STATE and _sets_a_story(link.actor)
                   for link in links)

    def _foreign_states(self, mentions: list[Mention], tokens: list[Token]) -> set[str]:
        """The states other than Indonesia that the article names, itself or by a place, outside
        the dateline."""
        return {country for m in mentions if not in_dateline(tokens, m.first) for country in self._state_counts([m])
                if country != HOME_STATE}

    def _abroad_near(self, at: dict[int, Mention], first: int, last: int, tokens: list[Token],
                     person: bool = False) -> bool:
        """Whether another state or one of its places is named just before or after a name,
        or, before a person's, a foreigner's noun: "warga negara Nigeria bernama Chukwuma
        Okafor", "Gunung Fuji di Jepang", "warga negara asing bernama Alexander Petrov"."""
        if person and any(t.folded in _FOREIGN for t in tokens[max(0, first - _NEAR_BEFORE) : first]):
            return True
        for position in range(max(0, first - _NEAR_BEFORE), last + _NEAR_AFTER + 1):
            mention = at.get(position)
            actor = self.kb.by_id(mention.candidates[0]) if mention is not None and len(mention.candidates) == 1 else None
            if actor is not None and actor.type in ("GPE", "LOC") and actor.country not in (None, "IGO", HOME_STATE):
                return True
        return False

    def _state_counts(self, mentions: list[Mention], clubs: bool = False) -> Counter:
        """How often each state is named, itself or by one of its places (or, with `clubs`,
        its football clubs: "Persija Jakarta" names Jakarta)."""
        return Counter(actor.country for m in mentions if len(m.candidates) == 1 and m.kind != "office"
                       and (actor := self.kb.by_id(m.candidates[0])) is not None
                       and (actor.type in ("GPE", "LOC") or clubs and actor.id.startswith(CLUB))
                       and actor.country not in (None, "IGO"))

    def _people(self, mentions: list[Mention], before: int) -> list[_Link]:
        """The people named by the knowledge base before token ``before``, as links."""
        return [
            _Link(actor, m.first, m.last, "alias")
            for m in mentions
            if m.first < before and m.label == "PER" and m.kind != "office" and len(m.candidates) == 1
            and (actor := self.kb.by_id(m.candidates[0])) is not None
        ]

    def _mission_links(self, mentions: list[Mention], tokens: list[Token], used: set[int]) -> list[_Link]:
        """"KBRI Teheran", "Kedutaan Besar AS di Qatar", "Kedubes Australia": a state's embassy
        (:mod:`sorot.entities.embassies`), an organisation of that state; a place written
        right after it is part of its name, not the government its capital stands for."""
        starting = {m.first: m for m in mentions}
        links = []
        index = 0
        while index < len(tokens):
            if index not in starting and tokens[index].folded not in MISSION_FIRST_WORDS:  # most words: no call
                index += 1
                continue
            mission = mission_at(tokens, index, starting) if index not in used else None
            if mission is None or (mission.state == "IDN" and mission.place is None):
                index += 1
                continue
            state = self.kb.by_id(mission.state)
            if state is None:
                index += 1
                continue
            actor_id, name = _mission_name(state, self._place_name(mission.place))
            links.append(_Link(Actor(actor_id, name, "ORG", state.id, "GOV", ()), mission.first, mission.last, "group"))
            used.update(position for position in range(mission.first, mission.last + 1) if position in starting)
            index = mission.last + 1
        return links

    def _place_name(self, place: Mention | None) -> str | None:
        """A mission's place as English-language news spells it ("KBRI Teheran": Tehran)."""
        if place is None:
            return None
        state = self.kb.by_id(place.candidates[0]) if place.kind == "capital" and place.candidates else None
        return self._capital_name(place, state) if state is not None else place.text

    @staticmethod
    def _capital_name(mention: Mention, state: Actor) -> str:
        """The city a capital alias names, as English-language news spells it."""
        return state.capital if mention.kind == "capital" and state.capital else mention.text

    # --- 1. titles -------------------------------------------------------------------

    def _title_links(
        self, title: Title, tokens: list[Token], mentions: list[Mention], earlier: list[_Link], used: set[int], home: bool,
        settled: bool,
    ) -> list[_Link]:
        if title.office is None:  # a home office's words inside a foreign title ("Menteri Pertahanan Filipina")
            used.update(m.first for m in mentions if m.kind == "office" and title.first <= m.first <= title.last)
        role = title.text if title.qualifier in (None, "indefinite") else f"{tokens[title.first - 1].text} {title.text}"
        if title.name is None and title.qualifier is None and (before := _name_before_role(tokens, title.first, title.last)) is not None \
                and all(self.kb.by_id(m.candidates[0]).type == "PER" for m in mentions if m.first == before[0] and m.candidates):
            title = replace(title, name=before)  # "Siska Juminto selaku Presiden Direktur Tokopedia": the title is hers
            # (not a body's or a news agency's name: "Menurut Reuters, Menteri Pertahanan Israel, ...")
        if title.name is not None:
            first, last = title.name
            named = next((m for m in mentions if m.first == first), None) or \
                self._own_surname(title, tokens, mentions, earlier, home)
            if named is not None and len(named.candidates) != 1:
                return []
            namesake = named is not None and _namesake(title, tokens, first, self.kb.by_id(named.candidates[0]))
            if namesake:
                named = None  # "Wakapolres Bogor Kompol Budi Santoso": not the trade minister of that name
            if named is not None:
                person = self.kb.by_id(named.candidates[0])
                how = "titled"
            else:
                if not any(self.recogniser.model.unseen_name(t.text) or t.folded in _NAME_LIKE_WORDS
                           for t in tokens[first : last + 1] if t.is_word):
                    return []  # ordinary words after a title name a body's field, not a person ("Dirjen Bea Cukai")
                named_in_full = [person for _, person in self._people_by_part(tokens, earlier).get(
                    tokens[first].folded, {}).values() if len(person.name.split()) > 1] if first == last else []
                person = named_in_full[0] if len(named_in_full) == 1 else \
                    self._new_person(title, tokens, mentions, first, last, earlier, home, settled)  # ("Kapolsek Ipda
                # Bonny" after "Ipda Bonny F Sagala": the one named in full before)
                if namesake and self.kb.by_id(person.id) is not None:  # a known person's namesake: an id of its own
                    person = replace(person, id=f"{person.id}-{slug(title.text)}")
                how = "new_person"
                used.update(m.first for m in mentions if first <= m.first <= last)  # "Anwar Abbas": not Mahmoud Abbas
            used.add(first)
            if title.office is not None:
                used.add(title.office.first)
            return [_Link(person, first, last, how, role), _Link(person, title.first, title.last, how, role, title=True)]
        unnamed = title.qualifier == "indefinite" or title.qualifier is None and title.office is None and \
            tokens[title.first].folded in _CABINET_HEADS and _foreign_state(title) and \
            sum(m.label == "GPE" for m in title.mentions) == 1 and not (
                title.last + 1 < len(tokens) and tokens[title.last + 1].folded in _THEN_OR_APPOSED)
        # "bertemu Menteri Perdagangan Jepang": its holder (not "Menteri Kebudayaan Prancis saat itu, Jack Lang", nor
        # "pejabat AS", a group, "duta besar Jepang", whom events read as the state, nor "Menteri Luar Negeri Rwanda dan
        # Republik Demokratik Kongo", two)
        if unnamed and (country := self._title_country(title, tokens, earlier, home)) is not None:
            person = Actor(f"PER:{slug(title.text)}", title.text, "PER", country, self._title_sector(title), ())
            used.add(title.first)
            return [_Link(person, title.first, title.last, "unnamed", role)]
        if title.office is not None and (title.qualifier is not None or _ordinal_after(tokens, title.last)):
            used.add(title.office.first)  # a former or future holder: not the present one ("Wakil Presiden RI
            # ke-10 dan ke-12 Jusuf Kalla")
        return []

    def _own_surname(self, title: Title, tokens: list[Token], mentions: list[Mention], earlier: list[_Link],
                     home: bool) -> Mention | None:
        """The known person whose one-word name ends a titled name when the title is of that
        person's state or of none: a spelling or an honorific ("Presiden Palestina Mahmud Abbas",
        "Presiden Pak Prabowo", "Presiden Terpilih Trump") does not make another person, while a
        title of another state does ("Ketua MUI Anwar Abbas" is not the Palestinian president)."""
        first, last = title.name
        tail = next((m for m in mentions if m.first == last and first < last and m.last == last and m.label == "PER"
                     and len(m.candidates) == 1), None)
        known = self.kb.by_id(tail.candidates[0]) if tail is not None else None
        if known is None:
            return None
        own = {word for alias in known.aliases for word in alias.text.casefold().split()}
        if any(t.folded in self.name_parts and not any(_spelling_of(t.folded, word) for word in own)
               for t in tokens[first:tail.first] if t.is_word):
            return None  # a given name of another's before it: "Ny. Wulan Hadi Prabowo" is not the president
        country = self._title_country(title, tokens, earlier, home)
        return tail if country is None or country == known.country else None

    def _new_person(self, title: Title, tokens: list[Token], mentions: list[Mention], first: int, last: int,
                    earlier: list[_Link], home: bool, settled: bool) -> Actor:
        """A person the knowledge base lacks, named after a title: of the title's state, else of
        Indonesia after a home rank, or in a story set at home (`settled`) when the title
        names no body and no other state is named beside the name ("Analis PT MNC
        Sekuritas, Herditya Wicaksana")."""
        name = " ".join(t.text for t in tokens[first : last + 1] if t.is_word)
        country = self._title_country(title, tokens, earlier, home)
        sector = self._title_sector(title)
        before = first - 2 if first > 1 and tokens[first - 1].folded in RANK_CORPS else first - 1  # "Brigjen Pol Nurul"
        if country is None and before >= 0 and (rank := HOME_RANKS.get(tokens[before].folded)):  # "..., Kombes Budi"
            country, sector = "IDN", sector or rank
        elif country is None and (settled and not title.mentions or not self._foreign_states(mentions, tokens)
                                  and name_origin().indonesian(name)) \
                and not self._abroad_near({m.first: m for m in mentions}, first, last, tokens, person=True):
            country = "IDN"  # (not when the title names a body of no state: "Presiden FIFA Gianni Infantino"; but a
            # name that reads as Indonesian in a story that names no other state is: "Koordinator Markom UNM, Wawan")
        if sector is None and title.possessive and (owner := _last_person(earlier, title.first)) is not None:
            sector = owner.sector
        return Actor(f"PER:{slug(name)}", name, "PER", country, sector, ())

    def _title_country(self, title: Title, tokens: list[Token], earlier: list[_Link], home: bool) -> str | None:
        """The state a title names (an organisation's state for "juru bicara Kremlin"),
        the office's state, or for "pembantunya" the state of the person it refers to;
        Indonesia for a home agency's title, and for a minister's in a story that names
        Indonesia and its places at least as often as any other state."""
        starting = {m.first: m for m in title.mentions}
        for mention in title.mentions:
            if mention.kind == "office" and mention.office:  # "Wakil Perdana Menteri Rusia": a deputy of that state's office
                country = self._office_country(mention.office)
                after = _foreign_state(title, mention.last)  # (but "Wakil Menteri Perdagangan China": China's, the
                return after if country == HOME_STATE and after else country  # home office's words)
            actor = self.kb.by_id(mention.candidates[0]) if len(mention.candidates) == 1 else None
            if (state := self._arm_state(mention, starting.get(mention.last + 1))) is not None:
                return state.id  # "Direktur Pemasaran Yamaha Indonesia": the company's arm in that state
            following = starting.get(mention.last + 1)
            if actor is not None and actor.country == HOME_STATE and actor.type == "ORG" and actor.sector == "GOV" \
                    and following is not None and following.candidates \
                    and _foreign_state(title, mention.last) == following.candidates[0]:
                # "juru bicara Kemlu Thailand": the Thai ministry's, not Indonesia's (but "Duta Besar RI Malaysia"
                # and "Ketua PCI Nahdlatul Ulama Malaysia" are Indonesia's envoy and body abroad)
                return following.candidates[0]
            if actor is not None and actor.country:
                return actor.country
        if title.office is not None:
            return self._office_country(title.office.office or "")
        if title.possessive and (owner := _last_person(earlier, title.first)) is not None:
            return owner.country
        if title.home or _home_body(title, tokens):
            return "IDN"
        words = {t.folded for t in tokens[title.first : title.last + 1]}
        home_office = (not _HOME_OFFICE_WORDS.isdisjoint(words) or _DIRECTOR_GENERAL <= words) and _PREMIER not in words \
            and not title.mentions
        return "IDN" if home_office and home else None  # (Indonesia has no prime minister)

    def _office_country(self, office: str) -> str | None:
        return self.offices.tenures(office)[0].office.country

    def _title_sector(self, title: Title) -> str | None:
        """The knowledge-base office's sector, else the head word's, else that of the
        organisation the title names, else GOV when it names a state."""
        if title.office is not None:
            return self.offices.tenures(title.office.office or "")[0].office.sector
        if title.sector is not None:
            return title.sector
        for mention in title.mentions:
            actor = self.kb.by_id(mention.candidates[0]) if len(mention.candidates) == 1 else None
            if actor is not None and actor.sector:
                return actor.sector if actor.type == "ORG" else "GOV"
        return None

    # --- 2. readings of state mentions ----------------------------------------------

    def _reading_links(self, mention: Mention, tokens: list[Token], used: set[int]) -> list[_Link]:
        actor = self.kb.by_id(mention.candidates[0]) if len(mention.candidates) == 1 else None
        if actor is not None and actor.type == "ORG" and actor.country:
            return self._officials_link(actor, mention, tokens, used)
        if actor is None or actor.type not in ("GPE", "PER") or actor.country is None:
            return []
        reading = read_state_mention(tokens, mention.first, mention.kind)
        if reading is None and mention.kind == "capital" and actor.id == HOME_STATE:
            # Indonesian news writes "Jakarta" for the city, hardly ever for the government
            reading = Reading("place", mention.first)
        if reading is None or (actor.type == "PER" and reading.kind != "government"):
            return []
        if reading.first != mention.first and reading.first in used:  # the noun is a title's ("seorang pejabat AS")
            return []
        state = self.kb.by_id(actor.country)
        if state is None:
            return []
        used.add(mention.first)
        if reading.kind == "government":  # "pemerintahan Biden" names the state and the person
            person = [_Link(actor, mention.first, mention.last, "alias")] if actor.type == "PER" else []
            return [_Link(state, reading.first, mention.last, "alias"), *person]
        surface = " ".join(t.text for t in tokens[reading.first : mention.last + 1] if t.is_word)
        if reading.kind in ("place", "facility"):
            name = surface if reading.kind == "facility" else self._capital_name(mention, state)
            place = Actor(f"LOC:{slug(name)}", name, "LOC", state.id, None, ())
            return [_Link(place, reading.first, mention.last, "place")]
        if reading.kind == "allies":  # the allies are other states: no country of their own
            allies = Actor(f"GRP:{state.id}-allies", f"Allies of {state.name}", "GPE", None, "GOV", ())
            return [_Link(allies, reading.first, mention.last, "group")]
        if mention.kind == "capital" and reading.english in _TOWNSFOLK:  # "warga Teheran": the city's residents
            city = self._capital_name(mention, state)
            group = Actor(f"GRP:{state.id}-{slug(city)}-residents", f"{city} residents", "ORG", state.id, reading.sector, ())
        else:
            group = Actor(f"GRP:{state.id}-{reading.sector.lower()}", f"{state.name} {reading.english}", "ORG", state.id,
                          reading.sector, ())
        return [_Link(group, reading.first, mention.last, "group")]

    def _officials_link(self, actor: Actor, mention: Mention, tokens: list[Token], used: set[int]) -> list[_Link]:
        """A group noun that ends in the first word of a state body's name reads as a group
        of the state: "pejabat militer Korea Selatan" are South Korean military officials,
        though "militer Korea Selatan" alone names the armed forces."""
        reading = read_state_mention(tokens, mention.first + 1, "name") if mention.last > mention.first else None
        state = self.kb.by_id(actor.country or "")
        if reading is None or reading.kind != "group" or reading.first >= mention.first or state is None:
            return []
        used.add(mention.first)
        group = Actor(f"GRP:{state.id}-{(reading.sector or '').lower()}", f"{state.name} {reading.english}", "ORG",
                      state.id, reading.sector, ())
        return [_Link(group, reading.first, mention.last, "group")]

    def _foreign_body_links(self, mentions: list[Mention], tokens: list[Token], used: set[int]) -> list[_Link]:
        """A state body's name right before another state's name names that state's body:
        "Kementerian Pariwisata Israel" is Israel's ministry, not Indonesia's followed by
        Israel (the knowledge base knows the body by its Indonesian name alone)."""
        starting = {m.first: m for m in mentions}
        links = []
        for mention in mentions:
            body = self.kb.by_id(mention.candidates[0]) if len(mention.candidates) == 1 else None
            if body is None or body.type != "ORG" or body.sector not in ("GOV", "MIL") or not body.country:
                continue
            after = starting.get(mention.last + 1)
            state = self.kb.by_id(after.candidates[0]) if after is not None and len(after.candidates) == 1 else None
            if state is None or state.type != "GPE" or state.id != state.country or state.id == body.country \
                    or after.kind not in ("name", "short"):
                continue
            surface = " ".join(t.text for t in tokens[mention.first : after.last + 1] if t.is_word)
            used.update((mention.first, after.first))
            # one id for every name of the body: "Kemenpar Israel" is "Kementerian Pariwisata Israel"
            foreign = Actor(f"{state.id}:{body.id.split(':', 1)[-1]}", surface, "ORG", state.id, body.sector, ())
            links.append(_Link(foreign, mention.first, after.last, "group"))
        return links

    def _named_body_links(self, mentions: list[Mention], tokens: list[Token], used: set[int]) -> list[_Link]:
        """A body the knowledge base does not know, named by a word that opens a body's name,
        capitalised words and a state's name, is that state's: "Asosiasi Sepak Bola
        Palestina" is a Palestinian organisation, not Palestine. A court, a prosecutors'
        office or a police force may end with a place of another state instead, and a word of
        its part of that place ("Pengadilan Distrik Tokyo", "Kejaksaan Distrik Seoul Pusat":
        Japan's and South Korea's, not the states themselves; not inside a longer capitalised name,
        "Divisi Kriminal Pengadilan Distrik Seoul Pusat", which is the recogniser's)."""
        starting = {m.first: m for m in mentions}
        inside = {k for m in mentions for k in range(m.first + 1, m.last + 1)}  # "Serikat" of "Amerika Serikat"
        links = []
        for index, token in enumerate(tokens):
            sector = BODY_OPENERS.get(token.folded, _COURTS_AND_POLICE.get(token.folded))
            if sector is None and token.folded not in BODY_OPENERS or not token.text[:1].isupper() or index in used \
                    or index in starting or index in inside:
                continue
            for position in range(index + 1, min(len(tokens), index + 1 + _BODY_WORDS)):
                state_mention = starting.get(position)
                if state_mention is not None:
                    state = self.kb.by_id(state_mention.candidates[0]) if len(state_mention.candidates) == 1 else None
                    named_state = state is not None and state.type == "GPE" and state.id == state.country \
                        and state_mention.kind in ("name", "short") and token.folded in BODY_OPENERS
                    place_abroad = token.folded in _COURTS_AND_POLICE and state is not None \
                        and state.country not in (None, HOME_STATE) \
                        and (state.type == "LOC" or state.type == "GPE" and state_mention.kind == "capital") \
                        and not (index > 0 and tokens[index - 1].is_word and tokens[index - 1].text[:1].isupper())
                    if (position > index + 1 and named_state or place_abroad) and state_mention.first not in used:
                        last = state_mention.last
                        if place_abroad and last + 1 < len(tokens) and tokens[last + 1].folded in _PART_OF_PLACE \
                                and tokens[last + 1].text[:1].isupper():
                            last += 1
                        surface = " ".join(t.text for t in tokens[index : last + 1])
                        body = Actor(f"{state.country}:{slug(surface)}", surface, "ORG", state.country, sector, ())
                        used.update((index, state_mention.first))
                        links.append(_Link(body, index, last, "group"))
                    break
                if tokens[position].folded == "dan" and position + 1 < len(tokens) and tokens[position + 1].text[:1].isupper():
                    continue  # "Asosiasi Produsen Serat dan Benang Filament Indonesia": one name
                if tokens[position].text == "-" and position + 1 < len(tokens) and \
                        tokens[position + 1].folded == tokens[position - 1].folded:
                    continue  # "Persekutuan Gereja-gereja Indonesia": a plural's repeated word
                if not (tokens[position].is_word and (tokens[position].text[:1].isupper()
                                                      or tokens[position - 1].text == "-")):
                    break
        return links

    def _civil_body_links(self, mentions: list[Mention], tokens: list[Token], used: set[int], settled: bool) -> list[_Link]:
        """A body the knowledge base does not know, named by a word that opens only the names of
        associations and capitalised words after it, is an organisation of civil society, as
        sure as a titled name: "Koalisi Advokat Pemantau Peradilan", "Aliansi Mahasiswa
        Masyarakat Pelalawan" (of the state of a place its name ends with, else Indonesian in
        a story set at home; one of no known state is left to the recogniser). A task force the
        knowledge base does not know is so named too, a body of government: "Satgas PASTI"."""
        starting = {m.first: m for m in mentions}
        inside = {k for m in mentions for k in range(m.first + 1, m.last + 1)}
        links = []
        for index, token in enumerate(tokens):
            task_force = token.folded in _TASK_FORCES or token.folded == "satuan" and index + 1 < len(tokens) \
                and tokens[index + 1].folded == "tugas"
            if not (token.folded in _ASSOCIATIONS or task_force) or not token.text[:1].isupper() or index in used \
                    or index in starting or index in inside or index and tokens[index - 1].is_word \
                    and tokens[index - 1].text[:1].isupper():
                continue  # (after a capitalised title, "Ketua Paguyuban ... Siti Aminah", the name may run on into
                # its holder's: the title decides)
            last, words = index, 0
            while last + 1 < len(tokens) and words < _BODY_WORDS and (
                    tokens[last + 1].is_word and tokens[last + 1].text[:1].isupper() and last + 1 not in used
                    or tokens[last + 1].folded == "dan" and last + 2 < len(tokens) and tokens[last + 2].text[:1].isupper()
                    and tokens[last + 2].folded not in BODY_OPENERS and tokens[last + 2].folded not in _ASSOCIATIONS
                    and not task_force  # ("Satgassus Polri dan DJP": two bodies)
                    or tokens[last + 1].text == "-" and last + 2 < len(tokens) and tokens[last + 2].is_word):
                last += 1  # (a plural's repeated word too: "Persatuan Gereja-Gereja ..."; not another body after "dan")
                words += tokens[last].is_word
            if tokens[last].text == "-":
                last -= 1
            if last == index or (last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper()):
                continue  # an opener alone, or a run longer than a name
            places = [starting[k] for k in range(index + 1, last + 1) if k in starting]
            country = next((c for m in reversed(places) if (c := self._place_country(m))), None) or (
                HOME_STATE if settled else None)
            if country is None:
                continue  # an alliance abroad may be a state's or an armed one ("Aliansi Atlantik Utara", "Aliansi
                # Tiga Persaudaraan"): the recogniser decides
            surface = " ".join(t.text for t in tokens[index : last + 1])
            body = Actor(f"ORG:{slug(surface)}", surface, "ORG", country, "GOV" if task_force else "CVL", ())
            used.update(range(index, last + 1))
            links.append(_Link(body, index, last, "recognised_body"))
        return links

    def _subsidiary_links(self, mentions: list[Mention], tokens: list[Token], used: set[int]) -> list[_Link]:
        """A company of the knowledge base named with a state right after it is its arm in
        that state, a company of the state: "Yamaha Indonesia" is no mention of Indonesia."""
        starting = {m.first: m for m in mentions}
        links = []
        for m in mentions:
            state_mention = starting.get(m.last + 1)
            state = self._arm_state(m, state_mention)
            if state is None or state_mention is None or m.first in used or state_mention.first in used:
                continue
            surface = " ".join(t.text for t in tokens[m.first : state_mention.last + 1])
            arm = Actor(f"{state.id}:{slug(surface)}", surface, "ORG", state.id, "BUS", ())
            used.update((m.first, state_mention.first))
            links.append(_Link(arm, m.first, state_mention.last, "group"))
        return links

    def _arm_state(self, company: Mention, following: Mention | None) -> Actor | None:
        """The state a company's name is followed by, naming its arm there ("Yamaha Indonesia")."""
        if following is None or len(company.candidates) != 1 or not company.candidates[0].startswith(COMPANY) \
                or len(following.candidates) != 1 or following.kind not in ("name", "short"):
            return None
        state = self.kb.by_id(following.candidates[0])
        return state if state is not None and state.type == "GPE" and state.id == state.country else None

    # --- 3. aliases; 4. offices -------------------------------------------------------

    def _alias_actor(self, mention: Mention, named: set[str]) -> Actor | None:
        if len(mention.candidates) == 1:
            return self.kb.by_id(mention.candidates[0])
        known = [c for c in mention.candidates if c in named]
        return self.kb.by_id(known[0]) if len(known) == 1 else None

    def _office_links(self, mention: Mention, tokens: list[Token], dct: str | None, named: set[str]) -> list[_Link]:
        if mention.text.islower():  # "termasuk menteri luar negeri, pertahanan": a description, no one in particular
            return []
        holders = {t.person.id: t.person for t in self.offices.holders(mention.office or "", dct)}
        several = len(holders) > 1
        if several:
            holders = {i: p for i, p in holders.items() if i in named}
        plural = mention.first > 0 and tokens[mention.first - 1].folded in _MANY_HOLDERS
        kinds = {(t.person.country, t.person.sector) for t in self.offices.holders(mention.office or "", dct)}
        if not holders and several and not plural and len(kinds) == 1:
            [(country, sector)] = kinds  # "Juru bicara Kementerian Luar Negeri China": one of its spokespeople,
            # none named; an unnamed holder, as "seorang juru bicara ..." is
            person = Actor(f"PER:{slug(mention.text)}", mention.text, "PER", country, sector, ())
            return [_Link(person, mention.first, mention.last, "unnamed", mention.text)]
        if len(holders) != 1:
            return []
        [person] = holders.values()
        return [_Link(person, mention.first, mention.last, "office" if dct else "office_undated", mention.text)]

    # --- 5. name parts ------------------------------------------------------------------

    def _name_part_links(self, text: str, tokens: list[Token], links: list[_Link], dct: str | None,
                         titles: list[Title], mentions: list[Mention]) -> list[_Link]:
        covered = {i for link in links for i in range(link.first, link.last + 1)}
        people = {link.actor.id: link.actor for link in links if link.actor.type == "PER"}
        named = [
            NamedPerson(link.actor.id, tokens[link.first].start, name_parts(link.actor.name, *_surfaces(link, tokens)),
                        former=_former(link.actor, dct))
            for link in links
            if link.actor.type == "PER" and link.how not in ("office", "office_undated", "unnamed") and not link.title
        ]
        unseen = self.recogniser.model.unseen_name if self.recogniser is not None else None
        known = {i for title in titles for i in range(title.first, title.last + 1)} | {
            i for mention in mentions for i in range(mention.first, mention.last + 1)}

        def name_before(index: int) -> bool:  # (not a title, a form of address or a name the knowledge base knows,
            # such as a company's: "Wamendukbangga Isyana", "Bang Azran", "Bos MNC Hary")
            previous = tokens[index - 1] if index > 0 else None
            return unseen is not None and previous is not None and previous.is_word and previous.capitalised \
                and index - 1 not in known and previous.folded not in self.no_other_name \
                and not starts_sentence(text, tokens, index) and unseen(previous.text)

        return [_Link(people[actor_id], index, index, "coref")
                for index, actor_id in link_name_parts(tokens, covered, named, name_before)]

    def _bare_head_links(self, text: str, tokens: list[Token], links: list[_Link], dct: str | None, home: bool) -> list[_Link]:
        """Links for a head of state's bare title ("Presiden juga bertemu ...", "Kepala Negara",
        "Wapres"): the person last named with that title before it, else, in a story set at home,
        the home holder of the office on the article's date. Not a title a name or a state follows
        ("Presiden Iran" is an office), nor one in lower case (a description)."""
        covered = {i for link in links for i in range(link.first, link.last + 1)}
        people = sorted((link for link in links if link.actor.type == "PER" and link.role), key=lambda link: link.first)
        found = []
        index = 0
        while index < len(tokens):
            head = next(((words, office) for words, office in _BARE_HEADS.items()
                         if tuple(t.folded for t in tokens[index : index + len(words)]) == words), None) \
                if tokens[index].folded in _BARE_HEAD_FIRST else None
            if head is None or not tokens[index].text[:1].isupper() or index in covered:
                index += 1
                continue
            words, office = head
            last = index + len(words) - 1
            after = tokens[last + 1] if last + 1 < len(tokens) else None
            previous = tokens[index - 1] if index > 0 else None
            if after is not None and (after.is_word and after.text[:1].isupper() or _ordinal_after(tokens, last)
                                      or after.folded in _NOT_STATE_HEADS) or \
                    previous is not None and (previous.folded in FORMER | _ROLE_HELD | _OF_THE_PRESIDENT or previous.is_word
                                              and previous.text[:1].isupper() and previous.folded not in _ADDRESS
                                              and not starts_sentence(text, tokens, index - 1)):
                index = last + 1  # (not "Presiden Iran", "Presiden Direktur", "Presiden ke-7", "mantan Presiden", "sebagai
                continue  # Presiden unit ...", nor inside a name: "Peraturan Presiden", "Piala Presiden", "Kantor Presiden")
            before = [p for p in people if p.last < index and (p.role.casefold().split()[: len(office.split())] == office.split()
                                                                or words == _HEAD_OF_STATE and p.role.casefold().split()[0] in _MONARCHS)]
            if before and _NOT_STATE_HEADS & set(before[-1].role.casefold().split()):
                person = None  # the last so titled heads a party or a club: "Presiden PKS Ahmad Syaikhu ... Presiden juga"
            elif before:
                person = before[-1].actor  # (a king is the head of state too: "Raja Yordania ... Kepala Negara itu")
            elif home:
                holders = {t.person.id: t.person for t in self.offices.holders(f"{office.title()} Indonesia", dct)}
                person = next(iter(holders.values())) if len(holders) == 1 else None
            else:
                person = None
            if person is not None:
                found.append(_Link(person, index, last, "coref", tokens[index].text if len(words) == 1 else None, title=True))
            index = last + 1
        return found

    # --- 6. recognised names -------------------------------------------------------------

    def _recognised_links(
        self, text: str, tokens: list[Token], mentions: list[Mention], titles: list[Title], links: list[_Link],
        dct: str | None, home: bool, settled: bool,
    ) -> bool:
        """Add (in place) links for the names the model finds where no other rule did;
        an organisation takes over the state or place mentions inside or right after
        its name (`home`: whether the story is set in Indonesia; `settled`: whether it names
        Indonesia more than any other state outside the dateline, where a person or place of
        no other country is Indonesian). Returns whether any was added."""
        assert self.recogniser is not None
        covered = {i for link in links for i in range(link.first, link.last + 1)}
        covered.update(i for m in mentions for i in range(m.first, m.last + 1))
        covered.update(i for t in titles for i in range(t.first, t.last + 1))
        at = {m.first: m for m in mentions}
        title_before = {t.last + 1: t for t in titles}  # "Kapolsek Sukun AKP Wardi", "Direktur EPN, Doni"
        title_before |= {t.last + 2: t for t in titles if t.last + 1 < len(tokens) and tokens[t.last + 1].text == ","}
        people = self._people_by_part(tokens, links)
        makers = {m.last: m.first for m in mentions if len(m.candidates) == 1 and m.candidates[0].startswith(COMPANY)}
        created: set[str] = set()
        added = False
        proposals = self.recogniser(text, tokens, covered)
        stateless = not self._foreign_states(mentions, tokens)
        unseen = self.recogniser.model.unseen_name
        cued = _named_by_enforcement(tokens, covered, proposals, unseen, self.name_parts)
        cued += _named_by_speech(tokens, covered, proposals + cued, unseen)
        cued += _named_by_age(tokens, covered, proposals + cued, unseen)
        for proposal in [*proposals, *cued]:
            first, last, label = proposal.first, proposal.last, proposal.label
            rank = None
            if label == "PER" and first < last and tokens[first].folded in HOME_RANKS:  # "Aipda Sadryanto"
                rank, first = tokens[first].folded, first + 1
            taken: list[Mention] = []  # place mentions the organisation's name holds
            if not covered.isdisjoint(range(first, last + 1)):
                taken = self._inner_places(at, covered, proposal, tokens) if label in ("ORG", "LOC") else []
                if not taken:
                    continue
            if not is_name_like(tokens, first, last) or (first == last and starts_sentence(text, tokens, first)
                                                          and proposal not in cued):
                continue  # (a lone word cued by enforcement is a listed name: "Usmanto ditangkap ...")
            if label == "PER" and (any(c.isdigit() for t in tokens[first : last + 1] for c in t.text)
                                   or last + 1 < len(tokens) and _model_code(tokens[last + 1].text)
                                   or first - 1 in makers and first - 1 not in title_before
                                   and not _person_before(tokens, makers[first - 1])):
                continue  # a product, not a person: "Suzuki XL7", "Hermes 900", "Suzuki" before "XL7", "Yamaha Aerox Alpha"
            if first and tokens[first - 1].text in _SHIP_PREFIXES:
                navy = self.kb.by_id(_NAVY_PREFIXES.get(tokens[first - 1].text, ""))
                if navy is not None:  # a warship or a coast guard ship is its state's forces: "kapal BRP Suluan"
                    links.append(_Link(Actor(f"GRP:{navy.id}-mil", f"{navy.name} military", "ORG", navy.id, "MIL", ()),
                                       first - 1, last, "group"))
                    covered.update(range(first - 1, last + 1))
                    added = True
                continue  # a ship named after a person: "KRI Bung Tomo", "KM Sinar Bangun"
            country: str | None = None
            sector: str | None = None
            role: str | None = None
            how = "recognised"
            words = [t.folded for t in tokens[first : last + 1]]
            before = tokens[first - 1].folded if first else ""
            if label == "PER" and before in COMPANY_FORMS:
                continue  # "PT Maju Jaya": a company's name, whatever the model reads in it
            if label == "PER" and (person := _named_by_parts(people, tokens, first, last, dct)) is not None:
                how = "recognised" if person.id in created else "coref"  # "Kim" before "Kim Jong Un" is named
                if how == "recognised" and (_aged(tokens, last) or _named_as(tokens, first)
                                            or _apposed_to_role(tokens, first, last)):
                    how = "recognised_titled"  # a cue at another mention of one already found: "Sutrisno (48)" after
                    # "kata Sutrisno" makes the person as sure as the age does
                links.append(_Link(person, first, last, how))
                covered.update(range(first, last + 1))
                added = True
                continue
            if first == last and proposal in cued and tokens[first].folded in people:
                continue  # a lone part of two known people's names is no third person: left to the name parts' links
            if label == "PER":
                title = title_before.get(first)
                if title is not None and title.name is None and (holder := _office_holder(title, links)) is not None \
                        and {t.folded for t in tokens[first : last + 1] if t.is_word} <= set(phrase_key(holder.name)):
                    links.append(_Link(holder, first, last, "coref"))  # "Kapolri Listyo": the holder, by a part of
                    covered.update(range(first, last + 1))  # the name (not a new person "Listyo")
                    added = True
                    continue
                if title is not None and title.name is None and relation_before(tokens, title.first):
                    # "Istri Gubernur Jawa Barat, Atalia Praratya": the relative, of the holder's country, no office
                    country, how = self._title_country(title, tokens, links, home), "recognised_titled"
                elif title is not None and title.name is None:
                    country = self._title_country(title, tokens, links, home)
                    sector = self._title_sector(title)
                    role, how = title.text, "recognised_titled"
                elif (rank := rank or before) in HOME_RANKS:
                    country, sector, how = "IDN", HOME_RANKS[rank], "recognised_titled"  # a rank names like a title:
                    # "AKBP Rio Wahyu Anggoro menangkap ..."
                elif _named_as(tokens, first):
                    how = "recognised_titled"  # "seorang panitera bernama Wahyu Gunawan": the text says it is a name
                elif _described(tokens, first):
                    how = "recognised_titled"  # "pengamat politik Rina Marlina", "pegiat media sosial Ahmad Zulfikar": a
                    # calling is said of a person
                elif _aged(tokens, last):
                    how = "recognised_titled"  # "Sutrisno (48), warga Desa Sukamaju": an age is said of a person
                elif _apposed_to_role(tokens, first, last):
                    how = "recognised_titled"  # "Kuasa hukum keluarga korban, Rivai Kusumanegara, mengatakan ...": the
                    # role's holder, as a title names one
                if country is None and (settled or stateless and name_origin().indonesian(" ".join(words))) \
                        and not (title and title.mentions) and not self._abroad_near(at, first, last, tokens, person=True):
                    country = "IDN"  # "Irwansyah", a resident, in a story of Bekasi; "terdakwa Lisa Rachmat"; "Maia
                    # Estianty", whose name reads as Indonesian, in a story that names no other state
            elif label == "ORG" and first == last and (club := _club_by_last_word(links, tokens, first)):
                links.append(_Link(club, first, last, "club"))  # "City" after "Manchester City": the club
                covered.add(first)
                added = True
                continue
            elif label == "ORG":
                following = at.get(last + 1)
                if not taken and following is not None and self._state_of(following) is not None:
                    taken, last = [following], following.last  # "Kongres AS"
                if words[0] in COMPANY_FORMS:  # "PT Sarana Sulteng Ventura": a company under Indonesian law,
                    country = "IDN"  # whatever place its name holds ("PT Amman Mineral International Tbk")
                elif taken:
                    country = self._place_country(taken[-1])
                elif HOME_WORDS.intersection(words):
                    country = "IDN"
                elif words[0] in _HOME_BODY_HEADS and _WORLD_WORDS.isdisjoint(words) and home:
                    country = "IDN"  # "Badan Informasi Geospasial": in a story set at home, a body of home
                elif settled and _WORLD_WORDS.isdisjoint(words) and not self._abroad_near(at, first, last, tokens) and (
                        not _HOME_ORG_WORDS.isdisjoint(words) or first == last and _is_acronym(tokens[first].text)):
                    country = "IDN"  # "Yayasan Amanah Bangun Negeri", "PSDKP" in a story set at home (not
                    # "Swansea City" or "Serie A": foreign clubs, leagues and firms stay of no state)
                sector = "GOV" if CENTRAL_BANK in words else next((ORG_SECTORS[w] for w in words if w in ORG_SECTORS), None)
                defined = defines_acronym(tokens, first, last) and last + 2 not in covered  # "Himpunan Kawasan Industri
                # (HKI)" (not a short form the knowledge base holds: "PT Bank Jawa Barat (BJB)" is its Bank BJB)
                if defined and sector is None and BODY_OPENERS.get(words[0]) != "GOV":
                    sector = BODY_OPENERS.get(words[0])  # (a church's commission is no government's: "Komisi Keadilan ...")
                if country is not None and (sector in ("GOV", "MIL") or defined
                                            or words[0] in COMPANY_FORMS and len(words) > 1):
                    how = "recognised_body"  # a state's body by its head word and its state, by its name and the
                    # acronym the article defines for it, or a firm by its legal form: as sure as a titled name
            elif label == "LOC" and before in _COMPETITIONS:
                continue  # "Piala Eropa": a tournament, not Europe
            elif label == "LOC" and taken:
                country = self._place_country(taken[-1])  # "Jakarta Convention Center", "Stadion Gelora Bandung Lautan Api"
            elif label == "LOC" and (state := self._state_set_after(at, tokens, last)) is not None:
                country, how = state, "recognised_placed"  # "di wilayah Krasnodar, Rusia": a place of the state
                # set after it, as sure as a titled name
            elif label == "LOC" and (words[0] in _HOME_AREAS or before in _HOME_AREAS
                                     or settled and not self._abroad_near(at, first, last, tokens)):
                country = "IDN"  # "Desa Jerowaru"; "Gunung Panten" in a story of Majalengka
            name = " ".join(t.text for t in tokens[first : last + 1] if t.is_word)
            if not slug(name):
                continue
            actor_id = f"{label}:{slug(name)}"
            actor = self.kb.by_id(actor_id) or Actor(actor_id, name, label, country, sector, ())
            if taken:
                spans = [(m.first, m.last) for m in taken]
                links[:] = [link for link in links if not any(a <= link.first and link.last <= b for a, b in spans)]
            links.append(_Link(actor, first, last, how, role))
            covered.update(range(first, last + 1))
            created.add(actor.id)
            if label == "PER":  # a later "Febriyana" is the "Ryoona Febriyana" found here
                for part in name_parts(name):
                    people.setdefault(part, {}).setdefault(actor.id, (first, actor))
            added = True
        return added

    @staticmethod
    def _people_by_part(tokens: list[Token], links: list[_Link]) -> dict[str, dict[str, tuple[int, Actor]]]:
        """Name part -> {person id: (first token, person)} of the people the links name."""
        parts: dict[str, dict[str, tuple[int, Actor]]] = {}
        for link in links:
            if link.actor.type == "PER" and link.how not in ("office", "office_undated", "unnamed") and not link.title:
                for part in name_parts(link.actor.name, *_surfaces(link, tokens)):
                    parts.setdefault(part, {}).setdefault(link.actor.id, (link.first, link.actor))
        return parts

    def _state_of(self, mention: Mention) -> str | None:
        """The state a mention names when it is a state's own name ("AS", "Jepang")."""
        actor = self.kb.by_id(mention.candidates[0]) if len(mention.candidates) == 1 else None
        return actor.id if actor is not None and actor.type == "GPE" and actor.country == actor.id else None

    def _state_set_after(self, at: dict[int, Mention], tokens: list[Token], last: int) -> str | None:
        """The state named after a comma right after a place, closing the phrase ("Krasnodar,
        Rusia.", "Kharkiv, Ukraina timur, pada Senin", "Krasnodar, Rusia, Selasa (17/6)"): not the
        subject of a clause going on ("di Lusail, Israel menyatakan"), nor a list ("Kyrgistan,
        Lebanon, dan Yordania")."""
        following = at.get(last + 2) if last + 2 < len(tokens) and tokens[last + 1].text == "," else None
        state = self._state_of(following) if following is not None else None
        after = following.last + 1 if following is not None else len(tokens)
        while after < len(tokens) and tokens[after].folded in COMPASS:
            after += 1  # "Kupiansk, Ukraina timur,"
        if state is None or state in _ALSO_US_STATES or verb_follows(tokens, after - 1) or \
                after < len(tokens) and tokens[after].folded in _JOINED:
            return None  # (not the subject of a clause going on: "Usai pertemuan di Lusail, Israel (dan Hamas) menyatakan")
        if after + 1 < len(tokens) and tokens[after].text == "," and (
                tokens[after + 1].capitalised and tokens[after + 1].folded not in WEEKDAYS or tokens[after + 1].folded in _JOINED):
            return None  # a list going on: "Kyrgistan, Lebanon, dan Yordania" (not a day: "Krasnodar, Rusia, Selasa (17/6)")
        return state

    def _place_country(self, mention: Mention) -> str | None:
        """The country of a state or place mention (not an office, organisation or person)."""
        actor = self.kb.by_id(mention.candidates[0]) if len(mention.candidates) == 1 and mention.kind != "office" else None
        return actor.country if actor is not None and actor.type in ("GPE", "LOC") else None

    def _inner_places(self, at: dict[int, Mention], covered: set[int], proposal: Proposal,
                      tokens: list[Token]) -> list[Mention]:
        """The state and place mentions an organisation's name holds after its first word
        ("Universitas Indonesia", "DPRD Jawa Barat"), or a facility's name anywhere but at
        its end ("Jakarta Convention Center", "Stadion Gelora Bandung Lautan Api"), when
        nothing else in it is covered."""
        opening = at.get(proposal.first)
        facility = proposal.label == "LOC" and opening is not None and opening.last < proposal.last \
            and tokens[opening.last + 1].start > tokens[opening.last].end \
            and all(len(t.text) > 2 for t in tokens[opening.last + 1 : proposal.last + 1])
        # (not glued, "JakartaGelanggiok", nor an initial, "Washington D.C.")
        if not facility and (proposal.label == "LOC" or proposal.first in covered):
            return []  # ("Kabupaten Bekasi" is Bekasi)
        inner = [m for i, m in at.items() if proposal.first < i <= proposal.last or facility and i == proposal.first]
        if facility and any(m.last == proposal.last for m in inner):
            return []  # "Bandara Ngurah Rai" is no facility the place's name ends
        if not inner or any(m.last > proposal.last or self._place_country(m) is None for m in inner):
            return []
        spans = {i for m in inner for i in range(m.first, m.last + 1)}
        if any(i in covered and i not in spans for i in range(proposal.first, proposal.last + 1)):
            return []
        return inner


def _spelling_of(word: str, other: str) -> bool:
    """Whether two words are spellings of one name: alike in at least `_SPELLING` of their letters."""
    return SequenceMatcher(None, word, other).ratio() >= _SPELLING


def _named_by_parts(
    people: dict[str, dict[str, tuple[int, Actor]]], tokens: list[Token], first: int, last: int, dct: str | None
) -> Actor | None:
    """The one person whose name holds every word of tokens first..last, if exactly one
    does, or exactly one still in office on ``dct`` does."""
    words = [t.folded for t in tokens[first : last + 1] if t.is_word]
    if not words or any(w not in people for w in words):
        return None
    ids = set.intersection(*(set(people[w]) for w in words))
    if len(ids) > 1:
        ids = {i for i in ids if not _former(people[words[0]][i][1], dct)}
    if len(ids) != 1:
        return None
    return people[words[0]][ids.pop()][1]


# The people a group noun makes of a city named as its state's capital are its residents ("warga Teheran",
# "penduduk Kyiv"), not the state's citizens.
_TOWNSFOLK = frozenset({"citizens", "residents", "people"})
INITIALS_CUES = frozenset({"berinisial", "inisial", "inisialnya"})
INITIALS = "PER:initials-"  # a private person the press names by initials (a suspect, a victim)
_ADDRESSED = frozenset({"saudara", "saudari", "sdr"})  # the officials' "Mr." before initials: "pemeriksaan ke saudara QAR"
# Verbs of law enforcement whose object is a person (`_named_by_enforcement`; not "menahan",
# "menetapkan", "menuntut", which hold rates, set statuses and demand raises too).
ENFORCEMENT_VERBS = frozenset({"menangkap", "memeriksa", "memanggil", "memvonis", "mendakwa", "menjerat", "mengadili",
                               "mendeportasi", "meringkus", "membekuk", "menciduk", "mencokok", "menahan"})
# Their passives, whose subject the law acts on: "Paulus Tannos ditangkap otoritas Singapura".
PASSIVE_ENFORCEMENT_VERBS = frozenset({"ditangkap", "diperiksa", "dipanggil", "divonis", "didakwa", "dijerat", "diadili",
                                       "dideportasi", "diringkus", "dibekuk", "diciduk", "dicokok"})  # (not "ditahan": ships
# and cars are held too)
# Roles whose holder a name set off by commas after them names (`_apposed_to_role`).
_APPOSED_ROLES = (("kuasa", "hukum"), ("pengacara",), ("koordinator",), ("juru", "bicara"), ("perwakilan",),
                  ("advokat",), ("pendamping", "hukum"),
                  # heads and people of a place or a firm written in lower case ("Kepala desa setempat, Ahmad Jaelani,",
                  # "Direktur perusahaan itu, Wahyu Santoso,", "Salah seorang warga, Siti Aminah,")
                  ("kepala", "desa"), ("kades",), ("lurah",), ("direktur",), ("ketua",), ("pemilik",), ("warga",),
                  ("pengamat",), ("pakar",), ("ahli",), ("dosen",), ("manajer",), ("saksi",), ("pelapor",))
_ROLE_WORDS = 5  # words of the role's phrase before the comma
# Their nouns, before "terhadap" and the one the law acts on: "penangkapan terhadap Rudi Hartono".
_ENFORCEMENT_NOUNS = frozenset({"penangkapan", "pemeriksaan", "pemanggilan", "penahanan"})
# Nouns before a name that make it no person's: "Kapal tanker Ocean Star", "anggota Jamaah Islamiyah".
_NOT_PERSON_HEADS = frozenset({"anggota", "kelompok", "jaringan", "organisasi", "kapal", "tanker", "kargo", "mobil",
                               "truk", "pesawat", "perusahaan", "pt", "cv", "ormas", "geng", "sindikat", "tim", "klub",
                               "merek", "produk", "akun", "situs", "aplikasi"})
_BEFORE_PASSIVE = frozenset({"telah", "sudah", "akhirnya", "resmi", "kembali", "juga", "pun", "lalu", "kemudian",
                             "terakhir", "sempat", "pernah", "kini"})
RED_HANDED = "basah"  # "menangkap basah X"
_NAME_WORDS_MAX = 4
_CUED_SCORE = 0.6  # a proposal's score, as the model's least marginal would be
_NAMING = frozenset({"menetapkan"})  # the verb that names a suspect: "menetapkan AP sebagai tersangka"
# Nouns of a suspect's standing (`SUSPECT_NOUNS`) name them by initials right after: "tersangka RZ",
# "terdakwa HK" (not "pelaku UMKM": a business, nor "saksi KPK"; not a name of three letters or
# more the knowledge base knows, "buronan KPK", nor an offence, "tersangka TPPU").
# Acronyms of offences and cases, which a suspect noun may take instead of initials ("tersangka TPPU").
OFFENCES = frozenset({"tppu", "tppo", "kdrt", "ite", "ott", "blbi", "tipikor", "pungli", "kkn", "hoaks", "sara"})


_HOME_AGENCY_WORDS = frozenset({"dinas", "pusat", "balai", "direktorat", "biro", "sekretariat", "inspektorat",
                                "kejaksaan", "kanwil", "satpol", "satreskrim", "ditreskrimum", "ditreskrimsus"})
# Words before an office's title that make it several of its holders: "Para Wakil Ketua DPR", "Dua Wakil Menteri".
_MANY_HOLDERS = frozenset({"para", "dua", "tiga", "empat", "kedua", "ketiga", "sejumlah", "beberapa", "seluruh", "semua"})
_JUNIOR = frozenset({"muda"})  # after an office title, another office: "Jaksa Agung Muda"
# Heads of a unit under an office, right before its title or one capitalised word before it
# ("Direktur Penyidikan Jampidsus", "Kepala Biro Humas Kementerian ...").
_SUBORDINATE_HEADS = frozenset({"direktur", "kepala", "sekretaris", "asisten", "staf", "deputi", "koordinator", "kasubdit",
                                "kabid", "kabag", "karo"})
# Words of an office's staff or spokespeople right before its title: "tim penyidik Jampidsus", "Juru bicara Menteri ...".
_STAFF = frozenset({"penyidik", "penyelidik", "jaksa", "tim", "staf", "anggota", "bicara", "jubir", "ahli"})


def _under_office(tokens: list[Token], first: int) -> bool:
    """Whether a unit head's title stands right before an office's title at ``first``, or one
    capitalised word before it, or a word of its staff right before it: the head of a unit under
    that office or its staff ("tim penyidik Jaksa Agung Muda Pidana Khusus"), not its holder."""
    return first > 0 and tokens[first - 1].folded in _STAFF or any(
        0 <= position < first and tokens[position].folded in _SUBORDINATE_HEADS
        and all(t.text[:1].isupper() for t in tokens[position:first]) for position in (first - 1, first - 2))
_BODY_WORDS = 7  # at most this many words (capitalised, or "dan") between the opener and the state
# Words that open the names of courts, prosecutors' offices and police forces, which may end with a place
# ("Pengadilan Tinggi Kuala Lumpur", "Kepolisian Metropolitan Tokyo"), and the words of a part of it after it.
_COURTS_AND_POLICE = {"pengadilan": "GOV", "kejaksaan": "GOV", "kepolisian": "GOV", "mahkamah": "GOV"}
_PART_OF_PLACE = frozenset({"pusat", "selatan", "utara", "barat", "timur", "tengah", "raya"})
_TASK_FORCES = frozenset({"satgas", "satgassus"})  # (and "Satuan Tugas"): "Satgas PASTI", "Satgassus Polri"
# Words that open only the names of associations ("Koalisi Masyarakat Sipil", "Ikatan Bidan Indonesia"; not
# "Gerakan", which opens campaigns, nor "Lembaga", "Badan" or "Forum", which open terms and offices).
_ASSOCIATIONS = frozenset({"koalisi", "aliansi", "paguyuban", "perkumpulan", "perhimpunan", "ikatan", "persatuan",
                           "himpunan"})


def _mission_name(state: Actor, place: str | None) -> tuple[str, str]:
    """The id and English name of a state's mission, in a place if given."""
    if place is None:
        return f"{state.id}:embassy", f"{state.name} Embassy"
    return f"{state.id}:embassy-{slug(place)}", f"{state.name} Embassy in {place}"


def _regional_body_links(mentions: list[Mention], tokens: list[Token], used: set[int], kb: KnowledgeBase) -> list[_Link]:
    """"Polda Bali", "Polres Metro Tangerang Kota", "DPRD Jabar": an Indonesian regional body
    (:data:`sorot.entities.regional.REGIONAL_BODIES`) named by its word and the place it serves
    (not a place the knowledge base puts in another state: "Pengadilan Negeri Istanbul"); its head
    named by title alone speaks for it (`_head_speaks_for_body`)."""
    starting = {m.first: m for m in mentions}
    covered = {i for m in mentions for i in range(m.first, m.last + 1)}
    links = []
    for index, token in enumerate(tokens):
        if token.folded not in BODY_FIRST_WORDS:
            continue  # most words: no call
        if index in used or index in covered and not _body_alias(starting.get(index), tokens, index) or \
                (last := place_end(tokens, index, starting, covered, kb)) is None:
            continue
        if token.folded in HEADS_OF_BODIES and not _head_speaks_for_body(tokens, index, last, starting):
            continue
        body = regional_body(tokens, index, starting)
        # (also a place whose mention holds the body's last word: "Pemerintah Kabupaten Gowa")
        places = [position for position in range(index + 1, last + 1) if position in starting]
        if any(position in used for position in places):
            continue
        used.update(places)
        key, name = body_name(tokens, index, last, starting, kb)
        known = [a for a in kb.by_alias(key) if a.type == "ORG" and a.country == HOME_STATE]  # "Pemprov Jawa Barat"
        actor = known[0] if len(known) == 1 else Actor(f"IDN:{slug(key)}", name, "ORG", "IDN", body.sector, ())
        used.add(index)
        links.append(_Link(actor, index, last, "group"))
    return links


# The regional bodies whose word alone, after one of them is named, is that one (not offices a national body
# of the same name also has: "Imigrasi", "Bea Cukai").
_BARE_BODIES = frozenset({"polda", "polres", "polresta", "polrestabes", "polsek", "kejati", "kejari", "pemprov", "pemkab",
                          "pemkot", "pemda", "dprd", "kodam", "korem", "kodim"})


def _bare_body_links(mentions: list[Mention], tokens: list[Token], used: set[int], links: list[_Link]) -> list[_Link]:
    """A regional body's word alone, capitalised with no place after it ("Polda juga menangkap tiga orang",
    "menuntut DPRD membatalkan ..."), after the article has named one body of that word with its place
    ("Polda Jawa Tengah", "Gedung DPRD Jawa Tengah"): that body (not when it has named two of them)."""
    covered = {i for m in mentions for i in range(m.first, m.last + 1)} | {
        i for link in links for i in range(link.first, link.last + 1)}
    named = [(link.first, body.key, link.actor) for link in links
             if link.how == "group" and (body := regional_body(tokens, link.first)) is not None]
    found = []
    for index, token in enumerate(tokens):
        if token.folded not in BODY_FIRST_WORDS or index in covered or index in used or not token.text[:1].isupper():
            continue
        body = regional_body(tokens, index)
        if body is None or body.key not in _BARE_BODIES:
            continue
        after = index + body.size
        if after < len(tokens) and tokens[after].is_word and tokens[after].text[:1].isupper():
            continue  # (a place or a name after it: a body of its own, "Polda Bali")
        earlier = {actor.id: actor for first, key, actor in named if first < index and key == body.key}
        if len(earlier) == 1:
            used.add(index)
            found.append(_Link(next(iter(earlier.values())), index, index + body.size - 1, "group"))
    return found


def _head_speaks_for_body(tokens: list[Token], index: int, last: int, starting: dict[int, Mention]) -> bool:
    """Whether a head's title at token ``index``, its body's place ending at ``last``, names the body: "Kapolda
    Sulawesi Selatan membantah ...", '"...," ujar Kapolres Bogor', "Bupati Bogor dan Kapolres Bogor ...", with
    no name after it, also past a comma (a day or a place set off by commas is no name: "Kapolda Jawa Barat,
    Senin (16/6), menegaskan ..."). Not a former head or a head's relative ("mantan Kapolsek Cibinong", "anak
    Kapolres Bogor"), nor the head a verb acts on ("Propam menahan Kapolres Ngada", "menuntut Kapolres X
    mundur"): the person, whom no name gives."""
    if index > 0 and (tokens[index - 1].folded in FORMER or _acted_on(tokens[index - 1]) or relation_before(tokens, index)):
        return False
    after = last + 2 if last + 1 < len(tokens) and tokens[last + 1].text == "," else last + 1
    if after >= len(tokens) or not (tokens[after].is_word and tokens[after].text[:1].isupper()):
        return True
    place = starting.get(after)
    return after == last + 2 and (tokens[after].folded in WEEKDAYS or place is not None and place.label == "LOC")


_SHORTEST_VERB = 4  # a meN- or di- verb is longer than this ("di" is a preposition)


def _acted_on(token: Token) -> bool:
    """Whether a word is a verb of the active or passive voice (meN-, di-), whose object follows it."""
    return token.text.islower() and token.text.isalpha() and len(token.text) > _SHORTEST_VERB and \
        token.folded.startswith(("me", "di"))


def _body_alias(mention: Mention | None, tokens: list[Token], index: int) -> bool:
    """Whether a knowledge-base mention at token ``index`` is a regional body's words, the national
    body they also name ("Bea Cukai", whose regional office "Bea Cukai Batam" is), or a national
    body's name they begin with ("Dewan Perwakilan Rakyat Daerah" is no DPR)."""
    body = regional_body(tokens, index)
    return mention is not None and body is not None and mention.last <= index + body.size - 1


# Football clubs: "Persebaya Surabaya", "PSM Makassar", "Real Madrid" (an Indonesian club's name,
# or a European club's first word, before its place), "Bali United", "Los Angeles FC" (its place
# before a club word). The words are listed: "PSBB Jakarta", "DPW PSI Jakarta" or "Persatuan
# Indonesia" are no clubs.
_CLUB_FIRST = frozenset(
    "persib persija persebaya persik persita persis persipura persiraja persela persiba persikabo persijap "
    "persiku persipa persiwa persibo persekat perserang persikota psm psis pss psms psbs psps psim pscs psmp "
    "real atletico atlético inter ac borussia olympique sporting".split()  # "Real Madrid", "Inter Milan"
)
_CLUB_LAST = frozenset({"united", "fc"})
_HOUSE = "IDN:DPR"
_ROMANS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")


def _roman(text: str) -> str | None:
    """A commission's numeral as a Roman one ("III"; "3" is "III"), or None."""
    if text.isascii() and text.isdigit() and 0 < int(text) < len(_ROMANS):  # (not "60⁰", a digit to isdigit)
        return _ROMANS[int(text)]
    return text if text in _ROMANS[1:] else None


def _commission_links(mentions: list[Mention], tokens: list[Token], used: set[int], titles: list[Title]) -> list[_Link]:
    """A commission of the House named as a body ("Komisi III DPR RI akan mencermati ...",
    and after that "Komisi III" alone) is an actor of its own, not the House; inside a
    member's title ("Anggota Komisi III DPR RI Hasbiallah") it only titles the member."""
    in_titles = {k for t in titles for k in range(t.first, t.last + 1)}
    house = {m.first: m for m in mentions if m.candidates == (_HOUSE,)}
    named: dict[str, Actor] = {}
    links = []
    for index, token in enumerate(tokens[:-1]):
        if token.text != "Komisi" or index in used or index in in_titles:
            continue
        numeral = _roman(tokens[index + 1].text)
        if numeral is None:
            continue
        mention = house.get(index + 2)
        if mention is None and (numeral not in named or index + 2 < len(tokens) and tokens[index + 2].text[:1].isupper()):
            continue  # (a bare "Komisi III" is the House's once named, but not "Komisi III DPRD Jawa Barat")
        actor = named.setdefault(numeral, Actor(f"IDN:komisi-{numeral.casefold()}-dpr",
                                                f"Commission {numeral} of the House of Representatives", "ORG", "IDN", "GOV", ()))
        last = mention.last if mention is not None else index + 1
        used.update(range(index, last + 1))
        links.append(_Link(actor, index, last, "group"))
    return links


def _club_links(mentions: list[Mention], tokens: list[Token], used: set[int], kb: KnowledgeBase) -> list[_Link]:
    """A football club named with its home place is a club of the place's state, not the
    place ("Los Angeles FC" is American)."""
    links = []
    for m in mentions:
        if m.label not in ("LOC", "GPE") or m.first in used:
            continue
        first, last = m.first, m.last
        if first and tokens[first - 1].folded in _CLUB_FIRST and tokens[first - 1].text[:1].isupper() \
                and first - 1 not in used:
            first -= 1
        elif last + 1 < len(tokens) and tokens[last + 1].folded in _CLUB_LAST and tokens[last + 1].text[:1].isupper():
            last += 1
        else:
            continue
        place = kb.by_id(m.candidates[0]) if len(m.candidates) == 1 else None
        country = place.country if place is not None and place.country else HOME_STATE
        name = " ".join(t.text for t in tokens[first : last + 1])
        used.update((first, m.first))
        # as sure as the recogniser's names: a club takes no part in events ("Real Madrid bertemu Al Hilal")
        links.append(_Link(Actor(f"{CLUB}{slug(name)}", name, "ORG", country, "CVL", ()), first, last, "club"))
    return links


def _surname_links(mentions: list[Mention], tokens: list[Token], links: list[_Link], used: set[int],
                   kb: KnowledgeBase) -> list[_Link]:
    """A known person's one-word name right after another word of the full name of a person
    the article names is that person's: "Ketua MUI Anwar Abbas ... ujar Anwar Abbas" is Anwar
    Abbas both times, not Mahmoud Abbas; "Kapolri Listyo Sigit Prabowo ... Sigit Prabowo"
    the police chief, not Prabowo Subianto."""
    people = [link.actor for link in links if link.how == "new_person"] + [
        actor for m in mentions if m.label == "PER" and m.first < m.last and len(m.candidates) == 1
        and (actor := kb.by_id(m.candidates[0])) is not None]
    names = {phrase_key(actor.name): actor for actor in people}
    found = []
    # a namesake of a known person named after a title is who the name means later on ("Kapolsek
    # Cibinong AKP Sugiono ... Menurut Sugiono": the police chief, not the foreign minister)
    namesakes = {mention.candidates[0]: link for link in links if link.how == "new_person" and not link.title
                 for mention in mentions if mention.first == link.first and mention.label == "PER"
                 and len(mention.candidates) == 1 and mention.candidates[0] != link.actor.id}
    for mention in mentions:
        link = namesakes.get(mention.candidates[0]) if len(mention.candidates) == 1 else None
        if link is not None and mention.first not in used and mention.label == "PER" and link.first < mention.first \
                and _latest_named(links, mention.candidates[0], link.actor.id, mention.first) == link.actor.id:
            used.add(mention.first)
            found.append(_Link(link.actor, mention.first, mention.last, "coref"))
    for mention in mentions:
        if mention.first in used or mention.first != mention.last or mention.label != "PER" or not mention.first:
            continue
        before, word = tokens[mention.first - 1].folded, tokens[mention.first].folded
        person = next((actor for parts, actor in names.items() if len(parts) > 1 and parts[-1] == word
                       and before in parts[:-1] and actor.id not in mention.candidates), None)
        if person is not None:
            used.add(mention.first)
            found.append(_Link(person, mention.first, mention.last, "coref"))
    return found


# "Maruarar Sirait, atau biasa disapa Ara", '"...," kata pria yang akrab disapa Ipunk': the
# habit word, the verb, then the nickname (capitalised words). It stands for the person named
# right before it, or for the speaker a quote's attribution refers to, the person named last.
_NICKNAME_HABITS = frozenset({"akrab", "biasa", "karib", "kerap", "sering", "populer"})
_NICKNAME_VERBS = frozenset({"disapa", "dipanggil"})
_NICKNAME_WORDS = 3  # words of a nickname at most ("Gus Ipul", "Pastor Echa")
_NICKNAME_REACH = 150  # tokens between the speaker's name and an attribution's nickname at most
_QUOTES = frozenset({'"', "“", "”"})
# "dipanggil X" before these is a summons, not a nickname ("sering dipanggil Presiden ke Istana").
_SUMMONS = "dipanggil"
_SUMMONED_TO = frozenset({"ke", "untuk", "oleh", "sebagai", "dalam"})


def _nickname_links(tokens: list[Token], links: list[_Link]) -> list[_Link]:
    """The links with every use of a nickname pointing at its person, the recogniser's own
    person of that name dropped; as sure as the person's name when only the recogniser
    found it, else a coreference. Not for a sentence that opens with one ("Pria yang akrab
    disapa Pecco itu ..." may be about anyone the text has named)."""
    cues = [i for i in range(2, len(tokens) - 1)
            if tokens[i].folded in _NICKNAME_VERBS and tokens[i - 1].folded in _NICKNAME_HABITS]
    if not cues:
        return links
    people = [link for link in links if link.actor.type == "PER" and link.how != "unnamed"]
    nicknames: dict[tuple[str, ...], tuple[Actor, str]] = {}  # nickname -> (person, how sure)
    for index in cues:
        end = index
        while end - index < _NICKNAME_WORDS and end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper() \
                and tokens[end + 1].is_word:
            end += 1
        habit = index - 1
        before = habit - 1
        for word in ("yang", "atau", ","):  # "X atau yang akrab disapa", "X, atau biasa disapa"
            if before > 0 and tokens[before].folded == word:
                before -= 1
        person = next((link for link in people if link.last == before), None)
        if person is None and habit >= 4 and tokens[habit - 1].folded == "yang" and tokens[habit - 2].text.islower() \
                and tokens[habit - 3].text.islower() and tokens[habit - 4].text in _QUOTES:
            # the speaker is named before the quote opened, not inside it
            opened = next((p for p in range(habit - 5, max(-1, habit - 5 - _NICKNAME_REACH), -1)
                           if tokens[p].text in _QUOTES), None)
            person = None if opened is None else max(
                (link for link in people if link.last < opened and habit - link.last <= _NICKNAME_REACH),
                key=lambda link: link.last, default=None)
        summoned = tokens[index].folded == _SUMMONS and end + 1 < len(tokens) and tokens[end + 1].folded in _SUMMONED_TO
        official = any(link.first <= index + 1 <= link.last and (link.actor.type != "PER" or link.how.startswith("office"))
                       for link in links)  # "dipanggil Jaksa Agung": an office, no nickname
        if end > index and person is not None and not summoned and not official:
            how = person.how if CONFIDENCE[person.how] < KNOWN else "coref"
            nicknames.setdefault(tuple(t.folded for t in tokens[index + 1 : end + 1]), (person.actor, how))
    if not nicknames:
        return links
    found = []
    for link in links:
        named = nicknames.get(tuple(t.folded for t in tokens[link.first : link.last + 1]))
        if named is not None and link.actor.type == "PER" and link.actor.id != named[0].id:
            link = _Link(named[0], link.first, link.last, named[1])
        found.append(link)
    covered = {i for link in found for i in range(link.first, link.last + 1)}
    for key, (actor, how) in nicknames.items():
        for index in range(len(tokens) - len(key) + 1):
            if tokens[index].folded == key[0] and tuple(t.folded for t in tokens[index : index + len(key)]) == key \
                    and tokens[index].text[:1].isupper() and covered.isdisjoint(range(index, index + len(key))):
                found.append(_Link(actor, index, index + len(key) - 1, how))
    return found


def _named_by_enforcement(tokens: list[Token], covered: set[int], proposals: list[Proposal],
                          name_word: Callable[[str], bool], name_parts: frozenset[str]) -> list[Proposal]:
    """People the model missed whom an act of law enforcement names right after its verb, or
    right before its passive: two to four capitalised words no mention covers, each one the
    training text never writes in lower case, or one such word that the lists of names' parts
    hold (`name_word`, `name_parts`: "Polisi menangkap Usmanto", "KPK memeriksa Sahroni Wijaya",
    "pemeriksaan terhadap Sarwono Hadikusumo", "Densus 88 menangkap Abu Fatih", "menangkap basah Rudi Hartono", "Paulus Tannos ditangkap
    otoritas Singapura", or right before "menjalani sidang", whose subject stands trial; not "memeriksa
    Gedung Sate", "mendeportasi Warga Negara Asing", nor before "ditahan", which holds ships, cars and
    teams to a draw too), proposed like the model's own (so
    they take a role in events only as what the law acts on)."""
    proposed = {i for p in proposals for i in range(p.first, p.last + 1)}
    found = []
    for index, token in enumerate(tokens):
        if token.folded in PASSIVE_ENFORCEMENT_VERBS or _standing_trial(tokens, index):  # and the subject right
            # before its passive, or before "menjalani sidang" ("Fariz Roestam Munaf menjalani sidang perdana")
            last = index - 1
            while last > 0 and tokens[last].folded in _BEFORE_PASSIVE:
                last -= 1
            first = _name_run_start(tokens, last, name_word)
            if first > 0 and tokens[first - 1].is_word and tokens[first - 1].text[:1].isupper() and first - 1 not in covered:
                continue  # the run is the end of a longer name (not "Buronan KPK Paulus Tannos")
            if first > 0 and tokens[first - 1].folded in _NOT_PERSON_HEADS:
                continue  # a ship's, a car's or a group's name ("Kapal kargo Ever Glory ditangkap")
        elif token.folded in ENFORCEMENT_VERBS and index + 2 < len(tokens):
            first = index + 2 if tokens[index + 1].folded == RED_HANDED else index + 1
            last = _name_run_end(tokens, first, name_word) - 1
        elif token.folded in _ENFORCEMENT_NOUNS and index + 3 < len(tokens) and tokens[index + 1].folded == "terhadap":
            first = index + 2  # "pemeriksaan terhadap Sarwono Hadikusumo"
            last = _name_run_end(tokens, first, name_word) - 1
        else:
            continue
        if (last > first or last == first and tokens[first].folded in name_parts) \
                and not any(i in covered or i in proposed for i in range(first, last + 1)):
            found.append(Proposal(first, last, "PER", _CUED_SCORE))
    return found


def _apposed_to_role(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the name at ``first``..``last`` is set off by commas right after a phrase that
    opens with a role no title list holds: a lawyer, a coordinator, a spokesperson ("Kuasa
    hukum keluarga korban, Rivai Kusumanegara, ...", "Koordinator aksi, Teguh Santoso, ...")."""
    if first < 2 or tokens[first - 1].text != "," or last + 1 >= len(tokens) or tokens[last + 1].text != ",":
        return False
    opening = first - 1
    for position in range(first - 2, max(-1, first - 2 - _ROLE_WORDS), -1):
        if not tokens[position].is_word:
            break
        opening = position
    words = [t.folded for t in tokens[opening : first - 1]]
    return any(tuple(words[k : k + len(role)]) == role for role in _APPOSED_ROLES for k in range(len(words)))


def _named_by_age(tokens: list[Token], covered: set[int], proposals: list[Proposal],
                  name_word: Callable[[str], bool]) -> list[Proposal]:
    """People the model missed whose age follows their name in brackets: one to four capitalised
    words no mention covers, each one the training text never writes in lower case (`name_word`:
    "menemui Sutrisno (48), warga Desa Sukamaju")."""
    proposed = {i for p in proposals for i in range(p.first, p.last + 1)}
    found = []
    for index, token in enumerate(tokens):
        if token.text != "(" or not index or not _aged(tokens, index - 1):
            continue
        first = _name_run_start(tokens, index - 1, name_word)
        if first == index or any(i in covered or i in proposed for i in range(first, index)) or \
                first and tokens[first - 1].is_word and tokens[first - 1].text[:1].isupper():
            continue
        before = tokens[first - 1].folded if first else ""
        counted = any(t.text == "(" for t in tokens[max(0, first - _COUNTS_NEAR) : first]) or \
            any(t.text == "(" for t in tokens[index + 3 : index + 3 + _COUNTS_NEAR])
        if counted or before in _PLACE_PREPOSITIONS or int(tokens[index + 1].text) < _ADULT and before not in _YOUNG:
            continue  # counts per place ("Sukamaju (8), dan Cibodas (6)"), a place, or a small number of no child
        found.append(Proposal(first, index - 1, "PER", _CUED_SCORE))
    return found


def _aged(tokens: list[Token], last: int) -> bool:
    """Whether the name ending at ``last`` is followed by an age in brackets, as the press gives a
    private person's: "Sutrisno (48)", "Siti Aminah (60 tahun)"."""
    return last + 3 < len(tokens) and tokens[last + 1].text == "(" \
        and _AGE.fullmatch(tokens[last + 2].text) is not None \
        and (tokens[last + 3].text == ")" or tokens[last + 3].folded == "tahun" and last + 4 < len(tokens)
             and tokens[last + 4].text == ")")


def _described(tokens: list[Token], first: int) -> bool:
    """Whether a calling of public life (`PUBLIC_CALLINGS`) opens the lower-case words right before the name at
    ``first``: "pengamat politik Rina Marlina", "pegiat media sosial Ahmad Zulfikar" (not past a doer's noun:
    "pengusaha penipu Andi" may name the victim)."""
    for index in range(first - 1, max(-1, first - 1 - _DESCRIPTION_WORDS), -1):
        if tokens[index].folded in PUBLIC_CALLINGS:
            return True
        if not (tokens[index].is_word and tokens[index].text.islower()) or tokens[index].folded.startswith("pe"):
            return False
    return False


def _named_as(tokens: list[Token], first: int) -> bool:
    """Whether the name at ``first`` is a person's that "bernama" introduces, alone or in a list
    after it: "dua pengacara bernama Ariyanto dan Marcella Santoso" names both (not a thing's name,
    "kapal motor bernama Sri Rezeki", nor a company after a title, "bernama Hendra, Direktur PT X")."""
    index = first - 1
    while index >= 0 and first - index <= _NAMED_LIST_REACH:
        token = tokens[index]
        if token.folded == NAMING:
            before = [t.folded for t in tokens[max(0, index - 2) : index]]
            return not any(word in _THING_HEADS for word in before) \
                or before[0] in _PEOPLE_OF_THINGS  # ("kapal motor bernama ...", "toko emas bernama ...": a vessel, a
            # shop; but "pengendara motor bernama ...", "pemilik toko bernama ...": a person)
        if not (token.text == "," or token.folded == "dan" or token.is_word and token.text[:1].isupper()) \
                or token.folded in COMPANY_FORMS or token.folded in HEADS:
            return False
        index -= 1
    return False


NAMING = "bernama"
_AGE = re.compile(r"\d{1,2}")  # a person's age in brackets after the name (`_aged`)
_COUNTS_NEAR = 8  # tokens around it where another bracketed number makes it a count in a list (`_named_by_age`)
_ADULT = 15  # an age at least this is an adult's; a child's smaller one needs a word of the young before the name
_YOUNG = frozenset({"bocah", "anak", "balita", "bayi", "siswa", "siswi", "pelajar", "murid", "remaja", "putra", "putri",
                    "putrinya", "putranya", "anaknya", "korban"})
_PLACE_PREPOSITIONS = frozenset({"di", "dari", "ke", "menuju"})
_NAMED_LIST_REACH = 12  # tokens back from a name to the "bernama" of the list it is in
_DESCRIPTION_WORDS = 3  # words of a calling before a name (`_described`)
# Nouns of things and animals that "bernama" names too ("kapal motor bernama Sri Rezeki", "operasi bernama Midnight Hammer").
_NAMED_THINGS = frozenset({"motor", "perahu", "toko", "usaha", "operasi", "badai", "topan", "siklon", "kucing", "anjing",
                           "hewan", "gajah", "harimau", "satwa", "robot", "program", "proyek", "lagu", "film", "album"})
_THING_HEADS = _NOT_PERSON_HEADS | _NAMED_THINGS
# Nouns of people that a thing's noun may qualify ("pengendara motor", "pemilik toko"): the one named is a person.
_PEOPLE_OF_THINGS = frozenset({"pemilik", "pengendara", "pengemudi", "penumpang", "penjaga", "pegawai", "karyawan",
                               "nakhoda", "awak", "kapten", "sopir", "pedagang", "penjual"})


def _standing_trial(tokens: list[Token], index: int) -> bool:
    """Whether "menjalani sidang" (or "persidangan") starts at ``index``: its subject stands trial."""
    return tokens[index].folded == "menjalani" and index + 1 < len(tokens) and tokens[index + 1].folded in _TRIALS


_TRIALS = frozenset({"sidang", "persidangan"})


def _after_quote(tokens: list[Token], verb: int) -> bool:
    """Whether a verb of saying comes right after a quote or a comma ("...," kata X;
    "..." ujar X), not in running text ("Warga sebut Ciliwung meluap")."""
    return any(t.text in _QUOTE_ENDS for t in tokens[max(0, verb - 2) : verb])


_QUOTE_ENDS = frozenset({",", '"', "”", "’", "'"})


def _name_run_end(tokens: list[Token], first: int, name_word: Callable[[str], bool]) -> int:
    """The token after a run of up to four capitalised words from ``first`` that the
    recogniser's training text never writes in lower case (`name_word`)."""
    last = first
    while last < len(tokens) and last - first < _NAME_WORDS_MAX and _name_word(tokens[last], name_word):
        last += 1
    return last


def _name_run_start(tokens: list[Token], last: int, name_word: Callable[[str], bool]) -> int:
    """The first token of such a run of up to four words that ends at ``last`` (``last + 1``
    when none does)."""
    first = last + 1
    while first > 0 and last - first + 1 < _NAME_WORDS_MAX and _name_word(tokens[first - 1], name_word):
        first -= 1
    return first


def _name_word(token: Token, name_word: Callable[[str], bool]) -> bool:
    return token.is_word and token.text[1:].islower() and token.text[:1].isupper() and name_word(token.text) \
        and token.folded not in NOT_NAMES


def _sets_a_story(actor: Actor) -> bool:
    """Whether an Indonesian body or person sets a story naming no state at home: not a news
    outlet, nor a football club."""
    return actor.sector != "MED" and not actor.id.startswith(CLUB)


def _person_before(tokens: list[Token], first: int) -> bool:
    """Whether a noun of a person's role stands right before a company's name, so that the
    name after it is that person's, not a product's: "Pebalap Ferrari Lewis Hamilton", "Bos
    Honda Toshihiro Mibe", "Duta merek Oppo Raisa Andriana"."""
    return first > 0 and (tokens[first - 1].folded in _PERSON_ROLES
                          or first > 1 and (tokens[first - 2].folded, tokens[first - 1].folded) == ("duta", "merek"))


# Nouns of people's roles at a company or a team.
_PERSON_ROLES = frozenset(
    """bos pebalap pembalap pemain pilot ceo presiden direktur pendiri founder chairman setim rekan
    petinggi eksekutif karyawan pegawai insinyur manajer manager pelatih kapten""".split())


def _named_by_speech(tokens: list[Token], covered: set[int], proposals: list[Proposal],
                     name_word: Callable[[str], bool]) -> list[Proposal]:
    """Speakers the model missed whom a verb of saying names right after it: one to four
    capitalised words no mention covers, each one the training text never writes in lower
    case (`name_word`), then punctuation or a lower-case word (", kata Basiro dilansir Antara",
    "ujar Tuhiyat."; not "kata Presiden", a title, nor "kata Gedung Putih", a known seat)."""
    proposed = {i for p in proposals for i in range(p.first, p.last + 1)}
    found = []
    for index, token in enumerate(tokens[:-1]):
        if token.folded not in _SAYING or not token.text.islower() or not _after_quote(tokens, index):
            continue
        first = index + 1
        last = _name_run_end(tokens, first, name_word)
        if last == first or last < len(tokens) and (tokens[last].text[:1].isupper() or tokens[last].folded in _NAME_GOES_ON):
            continue  # no name, or more capitalised words than a name: a body or a title ("kata Head of Media Relations")
        last -= 1
        if not any(i in covered or i in proposed for i in range(first, last + 1)):
            found.append(Proposal(first, last, "PER", _CUED_SCORE))
    return found


_NAME_GOES_ON = frozenset("of and the for de van von der bin binti al el".split())  # lower-case words inside names
# Verbs of saying that name their speaker right after them, after a quote.
_SAYING = frozenset("kata ujar ucap tutur jelas ungkap imbuh tambah terang papar tegas sebut beber kilah".split())


def _rest_of_name(following: list[Token], rest: list[str]) -> bool:
    """Whether the words after a given name hold another word of the known person's name, as written or
    spelled alike in 70% of its letters ("Kamala Devi Harris", "Sjafrie Syamsuddin", "Yoon Seok Youl")."""
    return any(_spelling_of(t.folded, word.casefold()) for t in following if t.is_word for word in rest)


def _initials_links(tokens: list[Token], used: set[int], known: set[int],
                    states: dict[int, tuple[int, str]]) -> list[_Link]:
    """People named by their initials, as Indonesian crime news does ("guru berinisial NHN",
    "tersangka AP", "menetapkan AP sebagai tersangka", "AP (25)" with an age), at every use of the initials: "MK" after "berinisial" is a
    person, not the Constitutional Court. They are Indonesians: the press names the suspects and victims
    of Indonesian cases so, and prints most foreigners' names in full; one whose nationality comes right
    before "berinisial" is of that state ("WNA asal Inggris berinisial JT"; `states`: the state each
    mention ending at a token names, with the mention's first token)."""
    people: dict[str, Actor] = {}

    def person(token: Token, country: str = HOME_STATE, sector: str | None = None) -> None:
        people.setdefault(token.text, Actor(f"{INITIALS}{token.folded}", token.text, "PER", country, sector, ()))

    initials = [_initials(token.text) for token in tokens]  # (every rule below needs initials at the token or the next)
    for index, token in enumerate(tokens[:-1]):
        if not (initials[index] or initials[index + 1]):
            continue
        following = tokens[index + 1]
        addressed = token.folded in _ADDRESSED and following.text not in _GROUP_ACRONYMS  # (not "saudara OTK")
        if _initials(following.text) and (token.folded in INITIALS_CUES or (token.folded in SUSPECT_NOUNS or addressed) and (
                (index + 1 not in known or len(following.text) <= 2) and following.folded not in OFFENCES)):
            # ("buronan KPK", "tersangka TPPU" are no one; two letters are initials: "tersangka AS")
            person(following, _nationality(tokens, index, states) if token.folded in INITIALS_CUES else HOME_STATE)
        elif _initials(token.text) and 0 < index and tokens[index - 1].folded in _NAMING and index + 2 < len(tokens) \
                and following.folded == "sebagai" and tokens[index + 2].folded in SUSPECT_NOUNS \
                and (index not in known or len(token.text) <= 2) and len(token.text) <= 3 and token.folded not in OFFENCES:
            # named right after the verb that gives them their standing, "menetapkan AP sebagai tersangka":
            # a person, not the news agency (not "menetapkan seorang warga negara AS sebagai tersangka")
            person(token)
        elif _initials(following.text) and len(following.text) <= 3 and token.folded in HOME_RANKS \
                and token.folded not in _OFFICE_RANKS and following.folded not in RANK_CORPS \
                and (index + 1 not in known or len(following.text) <= 2) \
                and not (index + 2 < len(tokens) and (tokens[index + 2].capitalised or tokens[index + 2].text == ".")):
            person(following, HOME_STATE, HOME_RANKS[token.folded])  # a police or military rank before initials: "Serda
            # AS", "Bripda JS" (not its corps, "Mayjen TNI", nor a name's first part: "Ipda I Made Sudarma", "Iptu A. Razak")
        elif _initials(token.text) and index + 3 < len(tokens) and following.text == "(" \
                and tokens[index + 3].text == ")" and tokens[index + 2].text.isdigit() and len(tokens[index + 2].text) == 2:
            person(token)  # initials with an age, "kurir narkoba yakni AP (25) dan AW (37)": people, not the news agency
        elif _initials(following.text) and 2 <= len(following.text) <= 4 and token.folded in _ARRESTING \
                and index + 1 not in known and following.text not in _GROUP_ACRONYMS and index + 3 < len(tokens) \
                and tokens[index + 2].text == "," and tokens[index + 3].folded in _PERSON_APPOSED:
            person(following)  # "menangkap ASF, warga Bangka": the one arrested, named by initials (an age after
            # them is the rule below; not "menangkap TKW, asal NTT")
        elif _initials(following.text) and len(following.text) <= 3 and token.folded in _HOLDING \
                and (index + 1 not in known or len(following.text) <= 2) and following.text not in _GROUP_ACRONYMS \
                and (other := _coordinated_initials(tokens, index + 1)) is not None \
                and other not in known and tokens[other].text not in _GROUP_ACRONYMS:
            person(following)  # "Polisi menangkap AS dan DK", "Kejagung menahan AS, DK, dan MF": people named by
            # initials with others no one knows (not the United States: the others follow from the coordination
            # below; not bodies of three letters, "menggeledah KPU dan BPN Langkat")
        elif _initials(token.text) and len(token.text) <= 4 and token.text not in _GROUP_ACRONYMS and index not in known \
                and _held_by_us(tokens, index):
            person(token)  # an officer's "DP kami tangkap di rumahnya", "RA dan GN sudah kami tangkap": the people held
        elif _initials(following.text) and len(following.text) <= 3 and token.folded in NAMELY \
                and (index + 1 not in known or len(following.text) <= 2) and any(
                t.folded in _PEOPLE_BEFORE_INITIALS for t in tokens[max(0, index - _NAMELY_REACH) : index]):
            person(following)  # "dua tersangka, yakni AP dan AW": people, not the news agency (but "yakni AP dan AFP")
    for index, token in enumerate(tokens):  # and the initials coordinated with them: "AP (25) dan AW (37)", "AP, AW dan BB"
        if token.text in people and (coordinated := _coordinated_initials(tokens, index)) is not None \
                and (coordinated not in known or len(tokens[coordinated].text) <= 2):  # (not "... AS dan KPK menyelidiki")
            person(tokens[coordinated])
    links = []
    for index, token in enumerate(tokens):
        if token.text in people and not (index in known and index > 0 and tokens[index - 1].folded in _STATE_BEFORE):
            used.add(index)  # (initials that are also a state's short name stay the state after a word of one:
            # "seorang warga AS", though "menahan AS dan DP" names a person)
            links.append(_Link(people[token.text], index, index, "new_person"))
    return links


def _held_by_us(tokens: list[Token], index: int) -> bool:
    """Whether the initials at token `index` (and others "dan" joins to them) come right before an officer's
    "kami tangkap", "sudah kami tahan": the object of the law's act fronted before the first person."""
    position = index + 1
    while position + 1 < len(tokens) and tokens[position].folded in ("dan", ",") and _initials(tokens[position + 1].text):
        position += 2
    while position < len(tokens) and tokens[position].folded in _BEFORE_US:
        position += 1
    return position + 1 < len(tokens) and tokens[position].folded in ("kami", "kita") \
        and tokens[position + 1].folded in _OUR_HOLDING


_BEFORE_US = frozenset({"sudah", "telah", "langsung", "akhirnya", "berhasil", "kemudian", "lalu", "pun"})
_OUR_HOLDING = frozenset({"tangkap", "tahan", "amankan", "periksa", "tetapkan", "bekuk", "ringkus", "jemput"})


def _nationality(tokens: list[Token], cue: int, states: dict[int, tuple[int, str]]) -> str:
    """The state a person named by initials after token ``cue`` ("berinisial") is a national of: the
    one right before the cue after a word of nationality ("warga negara Rusia", "WNA Australia") or a
    person's noun and "asal" ("pria asal Inggris"; not goods or a network, "sabu asal Malaysia",
    nor "WNI asal ..."), else Indonesia."""
    named = states.get(cue - 1)
    if named is None or named[0] < 1:
        return HOME_STATE
    before = tokens[named[0] - 1].folded
    if before in _NATIONALITY_CUES or (before == _ORIGIN and named[0] > 1
                                       and tokens[named[0] - 2].folded in _FOREIGNER_NOUNS):
        return named[1]
    return HOME_STATE


NAMELY = frozenset({"yakni", "yaitu"})  # ", yakni X dan Y": an apposition naming who a phrase means
# Words right before a state that make it a person's nationality: "warga negara Rusia", "WNA Australia".
_NATIONALITY_CUES = frozenset({"negara", "wn", "wna", "berkewarganegaraan", "kebangsaan"})
_ORIGIN = "asal"  # after a person's noun: "pria asal Inggris"
# Nouns of people whose origin "asal" gives their nationality (not goods', nor "WNI asal ...": a home region).
_FOREIGNER_NOUNS = frozenset({"wna", "warga", "pria", "wanita", "perempuan", "lelaki", "laki-laki", "pemuda", "turis",
                              "wisatawan", "bule", "pelaku", "tersangka", "pekerja", "buruh", "mahasiswa", "orang",
                              "pengusaha", "pelajar", "imigran", "pengungsi"})
# Verbs of arrest whose object, unknown initials set off by a comma before a person's noun, is a person:
# "menangkap ASF, warga ..."
_ARRESTING = frozenset({"menangkap", "membekuk", "meringkus", "menciduk"})  # (not "mengamankan TKP": secures)
# Words before a state's short name that keep it the state: "warga AS", "pemerintah AS", "Presiden AS".
_STATE_BEFORE = _NATIONALITY_CUES | {"warga", "asal", "pemerintah", "presiden", "kedutaan", "kedubes", "dubes", "duta",
                                     "militer", "tentara", "pasukan", "sanksi", "tarif"}
# Verbs of law enforcement whose object, initials listed with others, names people: "menahan AS, DK, dan MF".
_HOLDING = _ARRESTING | frozenset({"menahan", "menetapkan", "memeriksa", "mengamankan", "menjerat", "mendakwa",
                                    "menggeledah"})
# Nouns of a person set off by a comma after the initials of the one arrested: "menangkap ASF, warga Bangka".
_PERSON_APPOSED = frozenset({"warga", "pria", "wanita", "pemuda", "pemudi", "remaja", "seorang", "pelaku", "tersangka",
                             "sopir", "buruh", "pegawai", "karyawan", "mahasiswa", "pelajar", "oknum", "ibu", "bapak"})
# Acronyms of kinds of people or things an arrest names: not anyone's initials ("menangkap WNA, ...").
_GROUP_ACRONYMS = frozenset({"ASN", "PNS", "TKP", "ODGJ", "DPO", "OTK", "WNA", "WNI", "PSK", "ABK", "TKI", "TKA", "PMI",
                             "BB", "HP", "KTP", "SIM", "BBM", "ATM", "KKB", "OPM"})
# Nouns of the people "yakni" then names: "dua tersangka, yakni AP dan AW", "kurir narkoba yakni AP"
_OFFICE_RANKS = frozenset({"irjen"})  # also a body's inspector-general: "Irjen MA" is the Supreme Court's
_PEOPLE_BEFORE_INITIALS = SUSPECT_NOUNS | {"pelaku", "kurir", "pengedar", "pria", "wanita", "pemuda", "remaja"}
_NAMELY_REACH = 4  # words between such a noun and "yakni"


def _coordinated_initials(tokens: list[Token], index: int) -> int | None:
    """The token of initials coordinated right after the initials at ``index`` (past an age
    in brackets): "AP (25) dan AW (37)", "AP, AW dan BB"."""
    at = index + 1
    if at + 2 < len(tokens) and tokens[at].text == "(" and tokens[at + 2].text == ")" and tokens[at + 1].text.isdigit():
        at += 3
    if at + 2 < len(tokens) and tokens[at].text == "," and tokens[at + 1].folded in {"dan", "serta"}:
        at += 1  # "RS, DK, dan MF"
    if at + 1 < len(tokens) and tokens[at].folded in {",", "dan", "serta"} and _initials(tokens[at + 1].text) \
            and len(tokens[at + 1].text) <= 3:
        return at + 1
    return None


# After a place and a comma, a state that a list or a clause goes on from (", dan", "Israel dan Hamas
# sepakat") is no state the place is in; nor Georgia, also a US state ("Savannah, Georgia").
_JOINED = frozenset({"dan", "serta"})
_ALSO_US_STATES = frozenset({"GEO"})
# Currency words: a state named right after one names the currency ("dolar AS", "dolar Singapura").
_CURRENCIES = frozenset({"dolar", "dollar", "yen", "yuan", "euro", "rupee", "ringgit", "won", "peso", "franc", "rubel"})
_LANGUAGE = frozenset({"bahasa", "berbahasa"})  # "bahasa Inggris", "berbahasa Inggris": the English language
_COMPETITIONS = frozenset({"piala", "liga"})
_FOREIGN = frozenset({"asing", "wna", "ekspatriat", "bule"})  # nouns of foreigners before a name
_SCHOOLS = frozenset({"sman", "smpn", "smkn", "sdn", "sma", "smp", "smk", "sd", "man", "mtsn", "mts"})  # + number + place
_LOCAL_AREAS = frozenset({"desa", "kampung", "dusun", "kelurahan", "jalan", "jl", "gang", "gg", "dukuh"}) | _COMPETITIONS
_NOT_THE_STATE = _CURRENCIES | _LANGUAGE  # words after which a state's name names its money or its language


def _office_holder(title: Title, links: list[_Link]) -> Actor | None:
    """The person a title's office resolved to (its holder on the news's date), if any."""
    if title.office is None:
        return None
    return next((link.actor for link in links if link.how in ("office", "office_undated")
                 and link.first <= title.office.first and title.office.last <= link.last), None)


def _local_names(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """Without the states and capitals named as a village, a street or a hamlet, or as a
    competition: "Desa Kanada" in Flores Timur is no Canada, "Jalan Palestina" no
    Palestine (the recogniser may still find the place), "Piala Eropa" and "Liga Inggris"
    name a tournament and a league, not Europe and the United Kingdom; nor the places that
    close a school's name ("SMAN 1 Bandung")."""
    return [m for m in mentions if not (m.first and m.label in ("GPE", "LOC") and m.kind in ("name", "short", "capital")
                                        and (tokens[m.first - 1].folded in _LOCAL_AREAS
                                             and tokens[m.first - 1].text[:1].isupper() or _school_before(tokens, m.first)))]


def _school_before(tokens: list[Token], first: int) -> bool:
    """Whether a school's short name and number stand right before token ``first``: "SMAN 1
    Bandung" is a school, not the city (nor Indonesia acting)."""
    return first >= 2 and tokens[first - 1].text.isdigit() and tokens[first - 2].folded in _SCHOOLS


def _not_money_or_language(links: list[_Link], tokens: list[Token]) -> list[_Link]:
    """Without the states that only name a currency or a language: "10 juta dolar AS" is
    money, not the US; "fasih berbahasa Inggris", "kursus bahasa Inggris" name no state."""
    return [link for link in links
            if not (link.first and link.actor.type in ("GPE", "LOC") and tokens[link.first - 1].folded in _NOT_THE_STATE)]


def _model_code(text: str) -> bool:
    """A product's model code: letters and digits in one word ("XL7", "A320")."""
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _initials(text: str) -> bool:
    return text.isupper() and len(text) <= 5 and text.isalpha()


def _acronym_links(tokens: list[Token], links: list[_Link]) -> list[_Link]:
    """An organisation's acronym that the article defines in brackets after its name
    ("Ikatan Pengusaha Otobus Muda Indonesia (IPOMI)"), at every use of the acronym that
    no other link covers."""
    covered = {i for link in links for i in range(link.first, link.last + 1)}
    defined: dict[str, _Link] = {}
    for link in links:
        at = link.last + 1
        if (link.actor.type == "ORG" and not link.title and at + 2 < len(tokens) and tokens[at].text == "("
                and tokens[at + 2].text == ")" and at + 1 not in covered and _is_acronym(tokens[at + 1].text)):
            defined.setdefault(tokens[at + 1].text, link)
    return [
        _Link(defined[token.text].actor, index, index, defined[token.text].how)
        for index, token in enumerate(tokens) if token.text in defined and index not in covered
    ]


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isupper() and text.isalpha()


def _home_body(title: Title, tokens: list[Token]) -> bool:
    """Whether a title names an agency, in Indonesian, without naming any state or body
    ("Kepala Pusat Kesehatan Haji", "Kepala Dinas Pendidikan" + name): an Indonesian one, as
    Indonesian news names a foreign agency with its state."""
    end = title.name[0] if title.name else title.last + 1
    return not title.mentions and not _HOME_AGENCY_WORDS.isdisjoint(t.folded for t in tokens[title.first : end])


def _former(person: Actor, dct: str | None) -> bool:
    """Whether every office of ``person`` ended before ``dct`` (Kim Jong Il in 2024 news)."""
    ends = [office.end for office in person.offices]
    return bool(dct and ends) and all(end is not None and end < dct[: len(end)] for end in ends)


def _surfaces(link: _Link, tokens: list[Token]) -> list[str]:
    return [" ".join(t.text for t in tokens[link.first : link.last + 1])]


# Words of police and military offices: a known person who holds or held one may be the one a
# police or military title or rank names.
_SECURITY = re.compile(r"\b(?:wa)?kapol\w*|\b(?:polri|polisi|kepolisian|polda|polres\w*|polsek|panglima"
                       r"|pertahanan|bnn|densus|kasat\w*|kanit|pangdam|danrem|dandim)\b", re.IGNORECASE)
_RETIRED = "purn"  # "Jenderal TNI (Purn) Luhut": a retired officer keeps the rank
# Generals' ranks, which known people held before their office ("Irjen Ahmad Luthfi", now a governor).
_GENERALS = frozenset({"jenderal", "komjen", "irjen", "brigjen", "letjen", "mayjen", "laksamana", "laksdya", "laksda",
                       "marsekal", "marsdya", "marsda"})
# Titles of local police and military commands, which no known person holds (a Kapolda or a Panglima
# may be one: "Kapolda Jawa Tengah Irjen Ahmad Luthfi", now a governor).
_LOCAL_COMMAND = re.compile(r"\b(?:wa)?kapol(?:res|resta|restabes|sek)\b|\b(?:kasat\w*|kanit|danramil|dandim|danrem)\b",
                            re.IGNORECASE)


# First words of the titles of a state's cabinet members and leaders: such a title naming another
# state and no one is its present holder, unnamed.
_AS_ROLE = "selaku"  # "NAME selaku TITLE": the title is the name's
_NAME_WORDS_BEFORE_ROLE = 4
_ORDINAL_WORDS = frozenset({"pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan"})
_CABINET_HEADS = frozenset({"menteri", "wakil", "perdana", "presiden", "kanselir", "menlu", "wamenlu", "menhan"})
_THEN_OR_APPOSED = frozenset({",", "saat", "ketika", "kala", "waktu", "yang"})  # a past holder, or one named after a comma


def _name_before_role(tokens: list[Token], first: int, last_of_title: int) -> tuple[int, int] | None:
    """The two to four capitalised words of a name right before "selaku" and the title at token
    ``first`` ("Rizwan Alamsjah selaku Ketua Penyelenggara Pameran"), inside its sentence; or before
    a comma and a title set off by commas or closing the sentence ("Bruno Rodriguez, Menteri Luar
    Negeri Kuba, mengecam"; not a list of people and titles: "Presiden Prabowo Subianto, Menteri
    Luar Negeri, dan ...", "Ahmad, Budi Santoso, Menteri ...")."""
    apposed = tokens[first - 1].text == "," if first >= 3 else False
    if first < 3 or not (tokens[first - 1].folded == _AS_ROLE or apposed and _closes_apposition(tokens, last_of_title)):
        return None
    last = start = first - 2
    while start - 1 >= 0 and last - start < _NAME_WORDS_BEFORE_ROLE - 1 and tokens[start - 1].is_word and \
            tokens[start - 1].capitalised and tokens[start - 1].folded not in NOT_NAMES:
        start -= 1
    if apposed and tokens[start].folded in _ATTRIBUTING:
        start += 1  # "Menurut Budi Gunawan, Menteri ...": the name after the capitalised word that opens the sentence
    elif apposed and tokens[start].folded in _PHRASE_OPENING:
        return None  # a phrase's object: "Kepada Prabowo Subianto, Sekretaris Jenderal PBB, ...", "Di Washington, ..."
    if not (tokens[last].is_word and tokens[last].capitalised) or last <= start or not is_name_like(tokens, start, last):
        return None
    if apposed and start > 0 and tokens[start - 1].text not in _SENTENCE_OPENERS and \
            tokens[start - 1].folded not in _ATTRIBUTING:
        return None  # only a sentence's subject or a speaker has a title set off after the name: not a list ("Ahmad,
        # Budi Santoso, Menteri ..."), nor an object ("Usai menelepon Benjamin Netanyahu, Presiden AS, ...")
    return start, last


_SENTENCE_OPENERS = frozenset({".", "!", "?", '"', "“", "'"})
_ATTRIBUTING = frozenset({"kata", "ujar", "ucap", "tutur", "ungkap", "menurut"})  # a speaker's name follows (also
# capitalised at a sentence's start: "Menurut Budi Gunawan, Menteri ...")
_PHRASE_OPENING = frozenset({"kepada", "di", "ke", "dari", "bersama", "dengan", "usai", "seusai", "setelah", "sebelum", "dalam",
                             "pada", "oleh", "untuk", "bagi", "saat", "ketika", "selain", "terhadap", "atas", "sejak",
                             "menyusul", "seperti", "tanpa", "antara", "tentang", "bagaimana", "sementara"})


_LIST_GOES_ON = frozenset({"dan", "serta", "atau"})


def _closes_apposition(tokens: list[Token], last: int) -> bool:
    """Whether a title ending at token ``last`` closes an apposition: a comma and a lower-case word
    that does not go on with a list, or the sentence's end."""
    if last + 1 >= len(tokens) or tokens[last + 1].text in (".", "!", "?"):
        return True
    if tokens[last + 1].text != "," or last + 2 >= len(tokens):
        return False
    after = tokens[last + 2]
    return after.is_word and not after.capitalised and after.folded not in _LIST_GOES_ON


def _ordinal_after(tokens: list[Token], last: int) -> bool:
    """Whether an ordinal of terms follows a title: "ke-7", "ke 10", "pertama", "kedua" (a holder of
    one of its past terms, not the present one)."""
    if last + 1 >= len(tokens):
        return False
    word = tokens[last + 1].folded
    return word in _ORDINAL_WORDS or bool(re.fullmatch(r"ke-?\d+|ke-?[ivx]+", word)) or (
        word == "ke" and last + 2 < len(tokens) and (tokens[last + 2].text.isdigit() or tokens[last + 2].text == "-"
                                                     and last + 3 < len(tokens) and tokens[last + 3].text.isdigit()))


def _foreign_state(title: Title, after: int = -1) -> str | None:
    """The state other than Indonesia that a title names last, past token ``after`` ("Menteri
    Perdagangan Jepang": JPN)."""
    states = [m for m in title.mentions if m.label == "GPE" and len(m.candidates) == 1 and m.candidates[0] != HOME_STATE
              and re.fullmatch(r"[A-Z]{3}", m.candidates[0]) and m.first > after]
    return states[-1].candidates[0] if states else None


# Prefixes of ships' names, which often honour people ("KRI Bung Tomo", "KRI Usman Harun").
# The prefixes of states' warships and coast guard ships, and their states (`_NAVY_PREFIXES`: "BRP Suluan" is
# the Philippines'); the others name merchant ships or ferries.
_NAVY_PREFIXES = {"KRI": "IDN", "USS": "USA", "HMS": "GBR", "BRP": "PHL", "HMAS": "AUS", "INS": "IND", "ROKS": "KOR"}
_SHIP_PREFIXES = frozenset({"KM", "KMP", "KN", "MV", "MT", *_NAVY_PREFIXES})


def _latest_named(links: list[_Link], known: str, namesake: str, before: int) -> str | None:
    """Which of a known person and a namesake the links name last before token ``before``
    ("Wakapolres ... Budi Santoso ... Menteri Perdagangan Budi Santoso ... Budi Santoso
    menambahkan": the minister)."""
    named = [link for link in links if link.actor.id in (known, namesake) and link.first < before]
    return max(named, key=lambda link: link.first).actor.id if named else None


def _namesake(title: Title, tokens: list[Token], first: int, person: Actor | None) -> bool:
    """Whether a known person named after a police or military title, or after a home rank,
    holds no police or military office and so is another person of the same name
    ("Wakapolres Bogor Kompol Budi Santoso" is not the trade minister Budi Santoso; "Kapolri
    Jenderal Listyo Sigit Prabowo" is the police chief)."""
    if person is None or not person.offices or any(_SECURITY.search(office.title) for office in person.offices):
        return False
    if any(phrase_key(office.title) == phrase_key(title.text)[: len(phrase_key(office.title))] for office in person.offices):
        return False  # the title is one the person holds ("Kepala BNPB Letjen TNI Suharyanto")
    if any(t.folded == _RETIRED for t in tokens[max(0, first - 4) : first]) or \
            all(word in RANK_WORDS for word in phrase_key(title.text)):
        return False  # a retired officer ("Jenderal TNI (Purn) Luhut Binsar Pandjaitan"), or a rank alone ("Letjen TNI")
    before = first - 2 if first > 1 and tokens[first - 1].folded in RANK_CORPS else first - 1
    if before >= 0 and any(tokens[before].folded in phrase_key(alias.text) for alias in person.aliases):
        return False  # a rank the person is known by ("Mayor Teddy", the cabinet secretary)
    return bool(_LOCAL_COMMAND.search(title.text)) or (
        before >= 0 and tokens[before].folded in HOME_RANKS and tokens[before].folded not in _GENERALS)


def _last_person(links: list[_Link], before: int) -> Actor | None:
    people = [link for link in links if link.actor.type == "PER" and link.first < before]
    return max(people, key=lambda link: link.first).actor if people else None


def slug(text: str) -> str:
    """A lower-case ASCII id part: "Andrey Rudenko" -> "andrey-rudenko"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _club_by_last_word(links: list[_Link], tokens: list[Token], at: int) -> Actor | None:
    """The club named before token ``at`` whose name's last word, of three letters or more, is
    that token ("City" after "Manchester City", "United" after "Bali United")."""
    token = tokens[at]
    return next((link.actor for link in reversed(links) if link.actor.id.startswith(CLUB) and link.last < at
                 and token.text[:1].isupper() and len(token.text) > 2
                 and link.actor.name.split()[-1].casefold() == token.folded), None)


def _article_actors(text: str, tokens: list[Token], links: list[_Link]) -> list[ArticleActor]:
    """One record per actor, in order of first mention, with every mention in text order."""
    actors: dict[str, ArticleActor] = {}
    for link in sorted(links, key=lambda link: link.first):
        start, end = tokens[link.first].start, tokens[link.last].end
        actor = link.actor
        if actor.type == "LOC" and link.first and tokens[link.first - 1].folded in ADMINISTRATIVE \
                and tokens[link.first - 1].text[:1].isupper() \
                and not (link.first > 1 and tokens[link.first - 2].folded in _NOT_ADMINISTRATIVE):
            start = tokens[link.first - 1].start  # "Kabupaten Karimun", "Kota Bogor": the place as written (not a
            # mayor's title, "Wali Kota Bogor", nor a capital, "Ibu Kota Jakarta")
        record = actors.get(actor.id)
        if record is None:
            record = actors[actor.id] = ArticleActor(
                actor.id, actor.name, actor.type, actor.country, actor.sector, link.role, CONFIDENCE[link.how]
            )
        record.role = record.role or link.role
        record.confidence = CONFIDENCE["no_events"] if not actor.events else max(record.confidence, CONFIDENCE[link.how])
        if all(m.start != start for m in record.mentions):
            record.mentions.append(ActorMention(start, end, text[start:end]))
    return list(actors.values())
