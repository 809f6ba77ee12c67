"""Offline language identification (lingua, restricted to the languages we meet)."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.TAGALOG)
SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).with_preloaded_language_models().build()


def identify(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and confidence from the first characters of `text`."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None, 0.0
    best = detector().compute_language_confidence_values(sample)[0]
    return best.language.iso_code_639_1.name.lower(), round(best.value, 4)
