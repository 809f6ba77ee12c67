"""Sorot: Indonesian news pages into verifiable event intelligence.

    import sorot
    [article] = sorot.process_text(page_text)
    for item in sorot.process_paths("scrapes/"): ...
"""

from sorot.api import process_paths, process_text
from sorot.record import Article, Rejection

__version__ = "0.1.0"
__all__ = ["Article", "Rejection", "process_paths", "process_text"]
