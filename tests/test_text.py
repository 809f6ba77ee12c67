from __future__ import annotations

import pytest

from sorot.text.langid import identify
from sorot.text.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


def test_text_sentences_split_on_glued_full_stop():
    assert _sentences("Rapat berakhir pekan lalu.Presiden lalu pulang ke Jakarta.") == [
        "Rapat berakhir pekan lalu.",
        "Presiden lalu pulang ke Jakarta.",
    ]


def test_text_sentences_split_after_a_bracket_glued_to_the_next_sentence():
    assert _sentences("Hal itu disampaikan pada Rabu (18/6/2025).Kapolres Cirebon Kota membenarkannya.") == [
        "Hal itu disampaikan pada Rabu (18/6/2025).",
        "Kapolres Cirebon Kota membenarkannya.",
    ]


def test_text_sentences_keep_abbreviations_numbers_and_glued_words():
    text = "Dr. Budi bertemu Moh. Reza di Jl. Sudirman pukul 10.30 WIB. Harga naik Rp1.500 menjadiPrioritas utama."
    assert _sentences(text) == [
        "Dr. Budi bertemu Moh. Reza di Jl. Sudirman pukul 10.30 WIB.",
        "Harga naik Rp1.500 menjadiPrioritas utama.",
    ]


def test_text_sentences_headline_lines_and_quotes():
    text = 'Judul Tanpa Titik\n"Kami siap," katanya. Ia pergi!'
    assert _sentences(text) == ["Judul Tanpa Titik", '"Kami siap," katanya.', "Ia pergi!"]


def test_text_sentence_offsets_index_the_text():
    text = "  Kalimat pertama.   Kalimat kedua?\n\nKalimat ketiga"
    for span in split_sentences(text):
        assert text[span.start : span.end].strip() == text[span.start : span.end]
    assert len(split_sentences(text)) == 3


@pytest.mark.parametrize(
    "text, language",
    [
        ("Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin bersama para menteri.", "id"),
        ("The president opened a new toll road in Central Java on Monday together with several ministers.", "en"),
    ],
)
def test_text_language_identification(text, language):
    code, confidence = identify(text)
    assert code == language
    assert 0.5 < confidence <= 1.0


def test_text_language_of_empty_text_is_unknown():
    assert identify("   ") == (None, 0.0)
