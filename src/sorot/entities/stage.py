"""The `actors` stage: the actors each article names, from the knowledge base and the text."""

from __future__ import annotations

from functools import cache

from sorot.entities.knowledge import load_knowledge_base
from sorot.entities.recognise import NerProposer
from sorot.entities.resolve import ActorExtractor
from sorot.pipeline import stage
from sorot.record import Page


@cache
def default_extractor() -> ActorExtractor:
    """The extractor over the shipped knowledge base and NER model, built once per process."""
    return ActorExtractor(load_knowledge_base(), recogniser=NerProposer())


@stage("actors", "2", requires={"article.text", "article.dct"}, assigns={"article.actors"})
def add_actors(page: Page) -> None:
    extract = default_extractor()
    for article in page.articles:
        article.actors = extract(article.text, article.dct)
