"""Sorot: Indonesian news pages into verifiable event intelligence."""

__version__ = "0.1.0"
