"""The `clean` stage: page text to articles with title, metadata, DCT and removed lines."""

from __future__ import annotations

from sorot.clean.dates import DctDecision, infer_dct, parse_date_line, parse_published
from sorot.clean.html import extract_html
from sorot.clean.layout import ArticleLayout, layout_page
from sorot.clean.metadata import byline_people, find_dateline, outlet_from_removed
from sorot.clean.mojibake import repair
from sorot.pipeline import stage
from sorot.record import Article, Page, Rejected


def _crawl_date(layouts: list[ArticleLayout]) -> str | None:
    """The page header's date: the day the page was shown, an upper bound for the DCT."""
    for layout in layouts:
        for line in layout.removed:
            if line.reason == "date_header":
                value = parse_date_line(line.text)
                if value:
                    return value[:10]
    return None


def decide_dct(text: str, published_raw: str | None, declared: str | None, not_after: str | None) -> DctDecision:
    """The DCT from the outlet's raw date, else the page's declared date, else the text."""
    if published_raw:
        value = parse_published(published_raw)
        if value:
            return DctDecision(value, "published_raw", published_raw)
    if declared:
        value = parse_published(declared)
        if value:
            return DctDecision(value, "html_meta", declared)
    return infer_dct(text, not_after=not_after)


@stage(
    "clean",
    "1",
    requires={"page.raw", "page.fmt", "page.meta"},
    assigns={"article.text", "article.title", "article.removed_lines", "article.dct", "article.outlet", "article.author"},
)
def clean_page(page: Page) -> None:
    declared_date = None
    title, author, outlet, url = page.title, page.author, page.outlet, page.url
    if page.fmt == "html":
        extracted = extract_html(page.raw)
        if not extracted.text.strip():
            raise Rejected("no_main_text", "HTML page has no extractable main text")
        text = extracted.text
        title = title or extracted.title
        author = author or extracted.author
        outlet = outlet or extracted.site
        url = url or extracted.url
        declared_date = extracted.published
    elif page.fmt == "record":
        text = page.body or ""
    else:
        text = page.raw
    text, title, author, outlet = repair(text), title and repair(title), author and repair(author), outlet and repair(outlet)
    layouts = layout_page(text, known_title=title, scraped=page.fmt != "record")
    not_after = _crawl_date(layouts)
    removed_outlet = next((found for layout in layouts if (found := outlet_from_removed(layout.removed))), None)
    for part, layout in enumerate(layouts):
        body = layout.text
        dateline = find_dateline(body)
        byline_author, editor = byline_people(layout.removed)
        dct = decide_dct(body, page.published_raw, declared_date, not_after)
        page.articles.append(
            Article(
                page_id=page.page_id,
                source_id=page.source_id,
                part=part,
                text=body,
                title=layout.title,
                url=url,
                outlet=outlet or (dateline.outlet if dateline else None) or removed_outlet,
                author=author or byline_author,
                editor=editor,
                dateline=dateline.text if dateline else None,
                dct=dct.value,
                dct_source=dct.source,
                dct_evidence=dct.evidence,
                removed_lines=layout.removed,
            )
        )
