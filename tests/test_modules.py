"""Checks on the source modules themselves."""

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parent.parent / "src" / "sorot").rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_no_module_level_name_is_assigned_twice(path: Path) -> None:
    # a second assignment silently replaces the first for every use in the module (a set of words
    # shadowed by a string of the same name once changed what a rule matched)
    names = Counter(target.id for node in ast.parse(path.read_text(encoding="utf-8")).body
                    if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(target, ast.Name))
    assert [name for name, count in names.items() if count > 1] == []
