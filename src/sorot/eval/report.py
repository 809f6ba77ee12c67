"""`sorot eval`: one table of metrics from every scorer that has gold data."""

from __future__ import annotations

from pathlib import Path

from sorot.eval.cleaning import score_cleaning
from sorot.eval.duplicates import score_duplicates
from sorot.eval.gold import load_gold


def run_eval(gold_folder: Path, pages_folder: Path, corpus: Path | None) -> list[dict]:
    rows: list[dict] = []
    gold = load_gold(gold_folder)
    clean = score_cleaning(gold, pages_folder)
    precision, recall, f1 = clean.prf()
    rows += [
        {"metric": "boilerplate line precision", "value": round(precision, 4), "detail": f"tp {clean.boilerplate_tp}, fp {clean.boilerplate_fp}"},
        {"metric": "boilerplate line recall", "value": round(recall, 4), "detail": f"fn {clean.boilerplate_fn}"},
        {"metric": "boilerplate line F1", "value": round(f1, 4), "detail": f"{len(gold)} gold pages"},
        {"metric": "articles found (first and last line)", "value": f"{clean.articles_found}/{clean.gold_articles}", "detail": ""},
        {"metric": "title accuracy", "value": f"{clean.titles_right}/{clean.gold_articles}", "detail": ""},
        {"metric": "DCT accuracy (gold precision)", "value": f"{clean.dct_right}/{clean.gold_articles}", "detail": ""},
        {"metric": "DCT year accuracy", "value": f"{clean.dct_year_right}/{clean.gold_articles}", "detail": ""},
    ]
    rows += [{"metric": "clean error", "value": "", "detail": error} for error in clean.errors]
    if corpus is not None:
        dup = score_duplicates(corpus)
        precision, recall, f1 = dup.pair_prf()
        rows += [
            {"metric": "edited versions linked (-v2)", "value": f"{dup.versions_linked}/{dup.versions}", "detail": "; ".join(dup.missed)},
            {"metric": "duplicate links in dev corpus", "value": dup.links, "detail": f"{dup.articles} articles compared"},
            {"metric": "labelled pairs: link precision", "value": round(precision, 4), "detail": f"tp {dup.pairs_tp}, fp {dup.pairs_fp} (development sample)"},
            {"metric": "labelled pairs: link recall", "value": round(recall, 4), "detail": f"fn {dup.pairs_fn}"},
            {"metric": "labelled pairs: link F1", "value": round(f1, 4), "detail": "eval/data/dev_duplicate_pairs.jsonl"},
        ]
        rows += [
            {"metric": "closest unlinked pair", "value": f"c={contained} j={jaccard}", "detail": f"{first} ~ {second}"}
            for contained, jaccard, first, second in dup.closest_unlinked
        ]
    return rows
