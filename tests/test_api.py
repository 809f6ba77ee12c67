from __future__ import annotations

import sorot
from conftest import EXAMPLES, SCRAPED_PAGE


def test_api_process_text_returns_clean_article():
    [article] = sorot.process_text(SCRAPED_PAGE)
    assert article.title.startswith("Pemerintah Umumkan Program Bantuan Pangan")
    assert article.dct == "2025-11-19" and article.dct_source == "text:weekday-date"
    assert article.outlet == "kabarkita.id" and article.author == "Sri Wahyuni"
    assert article.language == "id" and article.sentences


def test_api_process_text_with_known_title_and_date():
    [article] = sorot.process_text(SCRAPED_PAGE.split("\n\n", 1)[1], title="Bantuan Pangan", published_raw="Rabu, 19 Nov 2025 10:12 WIB")
    assert article.dct == "2025-11-19T10:12+07:00" and article.dct_source == "published_raw"


def test_api_process_paths_yields_articles_and_rejections():
    items = list(sorot.process_paths(EXAMPLES))
    articles = [item for item in items if isinstance(item, sorot.Article)]
    rejections = [item for item in items if isinstance(item, sorot.Rejection)]
    assert len(articles) >= 12 and [r.reason for r in rejections] == ["unsupported_format"]
