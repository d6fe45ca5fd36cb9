"""Rows for tests: a schema file, a schema dict or a prompt in, tables out."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Union

from .client import Client

Source = Union[str, "os.PathLike[str]", Mapping[str, Any]]

#: Seeds stay below 2**53 so every client language holds them exactly.
SEED_SPACE = 1 << 53


def seed_for(name: str, shift: int = 0) -> int:
    """A stable seed for a name (a test's node id): the same name gives the same data on every run."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return (int.from_bytes(digest[:8], "big") + shift) % SEED_SPACE


def source_params(source: Source) -> Dict[str, Any]:
    """`{"schema": …}` for a schema dict or a path to a schema file, `{"prompt": …}` for any other text."""
    if isinstance(source, Mapping):
        return {"schema": dict(source)}
    if isinstance(source, os.PathLike) or (isinstance(source, str) and source.endswith(".json") and os.path.isfile(source)):
        with open(source, encoding="utf-8") as f:
            return {"schema": json.load(f)}
    if isinstance(source, str):
        return {"prompt": source}
    raise TypeError(f"source: expected a schema dict, a schema file path or a prompt, got {type(source).__name__}")


class DataFactory:
    """`doppel_data(source, rows=10, seed=None, reality=0)` → `{table: [row dicts]}`.

    `seed` defaults to one derived from `name` (the test's node id), shifted
    by `shift` (pytest's `--doppel-seed`); an explicit seed is shifted too, so
    `--doppel-seed` moves every seed of a run."""

    def __init__(self, client: Client, name: str, directory: Optional[Path] = None, shift: int = 0) -> None:
        self.client = client
        self.name = name
        self.directory = directory
        self.shift = shift

    def seed(self, seed: Optional[int] = None) -> int:
        return seed_for(self.name, self.shift) if seed is None else (seed + self.shift) % SEED_SPACE

    def __call__(self, source: Source, rows: int = 10, seed: Optional[int] = None, reality: int = 0,
                 **extra: Any) -> Dict[str, List[Dict[str, Any]]]:
        result = self.client.generate(**source_params(source), rows=rows, seed=self.seed(seed), reality=reality,
                                      output_format="json", **extra)
        return {table: d.get("content", []) for table, d in result["datasets"].items()}

    def files(self, source: Source, rows: int = 10, seed: Optional[int] = None, reality: int = 0,
              format: str = "csv", directory: Optional[Union[str, Path]] = None, **extra: Any) -> Dict[str, Path]:
        """Writes the tables as files (`csv`, `json`, `jsonl` or `sql`) into `directory`
        (the test's `tmp_path`) and returns `{table: path}`."""
        where = Path(directory or self.directory or ".").resolve()
        where.mkdir(parents=True, exist_ok=True)
        result = self.client.generate(**source_params(source), rows=rows, seed=self.seed(seed), reality=reality,
                                      output_format=format, out_dir=str(where), **extra)
        return {table: Path(d["path"]) for table, d in result["datasets"].items()}
