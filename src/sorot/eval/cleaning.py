"""Score the clean stage against gold pages: boilerplate lines, titles, DCT, article split."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sorot.eval.gold import GoldPage, fold, load_gold
from sorot.eval.metrics import prf
from sorot.ingest.sources import ReadOptions, read_file
from sorot.pipeline import Pipeline
from sorot.record import Article, Page


@dataclass
class CleanScore:
    boilerplate_tp: int = 0
    boilerplate_fp: int = 0
    boilerplate_fn: int = 0
    gold_articles: int = 0
    articles_found: int = 0
    titles_right: int = 0
    dct_right: int = 0
    dct_year_right: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        return prf(self.boilerplate_tp, self.boilerplate_fp, self.boilerplate_fn)


def dct_matches(predicted: str | None, gold: str | None) -> bool:
    """Equal at the gold value's precision (a datetime matches its date)."""
    if gold is None or predicted is None:
        return gold == predicted
    return len(predicted) >= len(gold) and predicted[: len(gold)] == gold


def process_file(path: Path, pipeline: Pipeline) -> list[Article]:
    articles: list[Article] = []
    for item in read_file(path, ReadOptions()):
        if isinstance(item, Page):
            result = pipeline.process(item)
            if isinstance(result, Page):
                articles.extend(result.articles)
    return articles


def seed_pages(gold_folder: Path, pages_folder: Path, pipeline: Pipeline, errors: list[str]) -> Iterator[tuple[GoldPage, list[Article]]]:
    """Each gold page with the articles `pipeline` makes of its file; a page whose file is
    missing is noted in `errors` and skipped."""
    for page in load_gold(gold_folder):
        path = pages_folder / page.doc
        if not path.exists():
            errors.append(f"{page.doc}: page not found in {pages_folder}")
            continue
        yield page, process_file(path, pipeline)


def matching_article(gold_first: str, articles: list[Article]) -> Article | None:
    key = fold(gold_first)
    for article in articles:
        lines = [fold(line) for line in article.text.split("\n") if line.strip()]
        if lines and lines[0] == key:
            return article
    return None


def score_page(gold: GoldPage, path: Path, pipeline: Pipeline, score: CleanScore) -> None:
    articles = process_file(path, pipeline)
    predicted = Counter(fold(line.text) for article in articles for line in article.removed_lines)
    expected = Counter(fold(line) for line in gold.boilerplate)
    overlap = predicted & expected
    score.boilerplate_tp += sum(overlap.values())
    score.boilerplate_fp += sum((predicted - overlap).values())
    score.boilerplate_fn += sum((expected - overlap).values())
    for line in predicted - overlap:
        score.errors.append(f"{gold.doc}: removed content line {line[:70]!r}")
    for line in expected - overlap:
        score.errors.append(f"{gold.doc}: kept boilerplate line {line[:70]!r}")
    for index, gold_article in enumerate(gold.articles):
        score.gold_articles += 1
        article = matching_article(gold_article.first_line, articles)
        if article is None:
            score.errors.append(f"{gold.doc}#{index}: article not found")
            continue
        last = [line for line in article.text.split("\n") if line.strip()][-1]
        if fold(last) == fold(gold_article.last_line):
            score.articles_found += 1
        else:
            score.errors.append(f"{gold.doc}#{index}: article ends at {last[:60]!r}")
        if fold(article.title) == fold(gold_article.title):
            score.titles_right += 1
        else:
            score.errors.append(f"{gold.doc}#{index}: title {article.title!r}")
        if dct_matches(article.dct, gold_article.dct):
            score.dct_right += 1
        else:
            score.errors.append(f"{gold.doc}#{index}: DCT {article.dct} ({article.dct_source}), gold {gold_article.dct}")
        if gold_article.dct and article.dct and article.dct[:4] == gold_article.dct[:4]:
            score.dct_year_right += 1


def score_cleaning(gold_pages: list[GoldPage], pages_folder: Path) -> CleanScore:
    pipeline = Pipeline(("clean",))
    score = CleanScore()
    for gold in gold_pages:
        path = pages_folder / gold.doc
        if not path.exists():
            score.errors.append(f"{gold.doc}: page not found in {pages_folder}")
            continue
        score_page(gold, path, pipeline, score)
    return score
