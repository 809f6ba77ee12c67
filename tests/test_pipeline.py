from __future__ import annotations

import pytest

from sorot.pipeline import Pipeline, PipelineError, registered_stages, stage
from sorot.record import Page, Rejection


def _page(text: str) -> Page:
    return Page(source_id="p.txt", source_path="/tmp/p.txt", fmt="text", raw=text)


def test_pipeline_default_stages_are_registered_in_order():
    pipeline = Pipeline()
    assert [s.name for s in pipeline.stages] == ["clean", "language", "sentences", "signature", "time", "actors", "events", "claims"]
    assert set(pipeline.versions) == {"clean", "language", "sentences", "signature", "time", "actors", "events", "claims"}


def test_pipeline_unknown_stage_names_the_registered_ones():
    with pytest.raises(PipelineError, match="registered stages: .*clean"):
        Pipeline(["clean", "nonsense"])


def test_pipeline_misordered_stages_say_what_to_put_first():
    with pytest.raises(PipelineError, match="put one of clean before it"):
        Pipeline(["language", "clean"])


def test_pipeline_stage_registry_refuses_a_second_function_under_one_name():
    registered_stages()
    with pytest.raises(ValueError, match="registered twice"):
        stage("clean", "9")(lambda page: None)


def test_pipeline_process_records_stage_versions():
    text = (
        "Judul Berita Banjir di Kota\n\nWarga mengungsi ke posko yang disiapkan pemerintah kota sejak pagi hari ini. "
        "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak dengan perahu karet dari rumah mereka."
    )
    result = Pipeline().process(_page(text))
    [article] = result.articles
    events_version = article.stages.pop("events")
    assert article.stages == {"clean": "1", "language": "1", "sentences": "1", "signature": "1", "time": "1", "actors": "2", "claims": "1"}
    assert events_version.startswith("2.")  # and the digest of the shipped patterns
    assert article.timexes and all(article.text[t.start : t.end] == t.text for t in article.timexes)
    assert article.language == "id" and len(article.fingerprint.minhash) == 128


def test_pipeline_page_without_content_becomes_rejection():
    result = Pipeline().process(_page("Advertisement\nBaca Juga\n© 2025 Situs.com"))
    assert isinstance(result, Rejection) and result.reason == "no_content"


def test_pipeline_pipe_with_workers_keeps_input_order():
    pages = [_page(f"Judul {i} Tentang Kota\n\nWarga kota nomor {i} menggelar kerja bakti membersihkan saluran air sejak pagi.") for i in range(20)]
    rejection = Rejection("bad", "/tmp/bad", "binary", "x")
    items = [*pages[:5], rejection, *pages[5:]]
    results = list(Pipeline().pipe(items, workers=2, batch_size=4))
    assert results[5] == rejection
    titles = [r.articles[0].title for r in results if isinstance(r, Page)]
    assert titles == [f"Judul {i} Tentang Kota" for i in range(20)]


def test_pipeline_a_stage_that_fails_rejects_the_page_with_the_stage_and_error():
    @stage("test_failing_stage", "1", requires={"page.raw"}, assigns=set())
    def fail(page: Page) -> None:
        raise ValueError("unexpected input")

    result = Pipeline(["test_failing_stage"]).process(Page("p.txt", "p.txt", "text", "Teks uji."))
    assert isinstance(result, Rejection) and result.reason == "stage_error"
    assert result.detail == "test_failing_stage: ValueError: unexpected input"
