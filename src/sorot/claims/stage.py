"""The `claims` stage: numeric claims with their unit, date and attribution."""

from __future__ import annotations

from sorot.claims.extract import extract_claims
from sorot.pipeline import stage
from sorot.record import Page


@stage(
    "claims",
    "1",
    requires={"article.text", "article.sentences", "article.timexes", "article.actors"},
    assigns={"article.claims"},
)
def add_claims(page: Page) -> None:
    for article in page.articles:
        article.claims = extract_claims(article)
