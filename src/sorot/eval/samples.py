"""The hand-labelled dev-corpus samples of `eval/data`: reading their labels, and the
labelled articles of the corpus as Sorot reads them. Labels hold corpus ids and labels
only; the texts come from the corpus at scoring time."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from sorot.api import process_text
from sorot.record import Article


def read_labels(path: Path, sample: str | None = None) -> dict[str, list[dict]]:
    """The label records of a JSON Lines file by corpus id (several per id where a record
    labels one item, as timexes do); only those of ``sample`` when one is given."""
    wanted: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if sample is None or record.get("sample") == sample:
                wanted[record["id"]].append(record)
    return dict(wanted)


def labelled_articles(corpus: Path, wanted: dict[str, list[dict]], errors: list[str]) -> Iterator[tuple[str, list[Article], list[dict]]]:
    """(corpus id, Sorot's articles of the record, its labels) for each labelled record of the
    corpus, in corpus order; a labelled id the corpus lacks is reported in ``errors``."""
    left = dict(wanted)
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] not in left:
                continue
            articles = process_text(record["text"], title=record.get("title"), published_raw=record.get("published_raw"),
                                    source_id=record["id"])
            yield record["id"], articles, left.pop(record["id"])
    errors += [f"{missing}: labelled but not in the corpus" for missing in left]
