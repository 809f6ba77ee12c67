"""The `events` stage: PLOVER events coded from each article's sentences, actors and times."""

from __future__ import annotations

from functools import cache

from sorot.entities.stage import default_extractor as default_actor_extractor
from sorot.events.extract import EventExtractor
from sorot.events.patterns import SHIPPED, shipped_patterns
from sorot.pipeline import stage
from sorot.record import Page, content_hash


@cache
def default_extractor() -> EventExtractor:
    """The extractor over the shipped patterns, built once per process."""
    actors = default_actor_extractor()
    return EventExtractor(shipped_patterns(), actors.kb, actors.name_words, actors.whole_words)


# The stage's version names the shipped patterns it codes with, so provenance tells
# events coded by different pattern files apart.
VERSION = f"2.{content_hash(SHIPPED.read_text(encoding='utf-8'), 8)}"


@stage("events", VERSION, requires={"article.text", "article.sentences", "article.timexes", "article.actors"},
       assigns={"article.events"})
def add_events(page: Page) -> None:
    extract = default_extractor()
    for article in page.articles:
        article.events = extract(article)
