"""The `time` stage: temporal expressions normalised against the article's DCT."""

from __future__ import annotations

from sorot.pipeline import stage
from sorot.record import Page
from sorot.time.tagger import tag_timexes


@stage("time", "1", requires={"article.text", "article.dct"}, assigns={"article.timexes"})
def add_timexes(page: Page) -> None:
    for article in page.articles:
        article.timexes = tag_timexes(article.text, article.dct)
