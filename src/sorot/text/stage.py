"""The `language` and `sentences` stages."""

from __future__ import annotations

from sorot.pipeline import stage
from sorot.record import Page
from sorot.text.langid import identify
from sorot.text.sentences import split_sentences


@stage("language", "1", requires={"article.text"}, assigns={"article.language"})
def detect_language(page: Page) -> None:
    for article in page.articles:
        article.language, article.language_confidence = identify(article.text)


@stage("sentences", "1", requires={"article.text"}, assigns={"article.sentences"})
def split_article_sentences(page: Page) -> None:
    for article in page.articles:
        article.sentences = split_sentences(article.text)
