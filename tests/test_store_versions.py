"""A database of another schema version, or not Sorot's, is refused with a clear message and left as it is."""

from __future__ import annotations

import duckdb
import pytest

from sorot.store.db import Store, StoreError
from sorot.store.schema import SCHEMA_VERSION


def _database(path, version=None, table="meta"):
    con = duckdb.connect(str(path))
    con.execute(f"CREATE TABLE {table} (key VARCHAR PRIMARY KEY, value VARCHAR)")
    if version is not None:
        con.execute(f"INSERT INTO {table} VALUES ('schema_version', ?)", [str(version)])
    con.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_an_older_database_is_refused_and_left_unchanged(db_path, read_only):
    _database(db_path, SCHEMA_VERSION - 1)
    with pytest.raises(StoreError, match="older than this Sorot's .* new database"):
        Store(db_path, read_only=read_only)
    con = duckdb.connect(str(db_path), read_only=True)
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert tables == {"meta"}


def test_a_newer_database_is_refused(db_path):
    _database(db_path, SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="newer than this Sorot's"):
        Store(db_path)


def test_another_duckdb_file_is_not_taken_for_a_sorot_database(db_path):
    _database(db_path, table="something_else")
    with pytest.raises(StoreError, match="is not a Sorot database"):
        Store(db_path)


def test_a_new_file_gets_the_current_schema(db_path):
    with Store(db_path) as store:
        assert store.counts()["events"] == 0
    with Store(db_path, read_only=True) as store:
        assert store.counts()["articles"] == 0
