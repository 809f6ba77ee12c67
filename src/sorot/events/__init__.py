"""PLOVER events from Indonesian sentences: patterns, arguments, contexts, evidence."""
