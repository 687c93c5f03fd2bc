"""Sources a cluster can read: local paths and fsspec URLs (`file://`, `s3://`, `gs://`...).

Folders and glob patterns are expanded where the files are (on the remote side for a URL);
each source keeps the name the user knows it by (the `source` of its entries) and says where a
worker reads it (an absolute path or the URL), with its size.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from .batch import expand_inputs, source_name
from .encodings import decode
from .errors import InputError


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # as given, or as found in a folder: the `source` field of its entries
    url: str  # where a worker reads it: an absolute local path or a URL
    size: int


def is_url(path: str) -> bool:
    return "://" in path


def list_sources(paths: Sequence[str], glob: str | Sequence[str]) -> tuple[list[Source], list[str]]:
    """The sources to read, in order, and the errors of the paths that name nothing."""
    found: list[Source] = []
    errors: list[str] = []
    for path in paths:
        if path == "-":
            errors.append("-: standard input cannot be spread over partitions; give files")
        elif is_url(path):
            patterns = (glob,) if isinstance(glob, str) else tuple(glob)
            found.extend(_remote(path, patterns, errors))
        else:
            files, missing = expand_inputs([path], glob)
            errors.extend(missing)
            found.extend(Source(source_name(f), os.path.abspath(f), _size(f)) for f in files)
    return found, errors


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported when it is read


def _remote(url: str, patterns: Sequence[str], errors: list[str]) -> list[Source]:
    from fsspec.core import url_to_fs

    try:
        fs, root = url_to_fs(url)
        if any(c in root for c in "*?["):
            listed = fs.glob(root, detail=True)
        elif fs.isdir(root):
            listed = {}
            for glob in patterns:
                listed |= fs.glob(f"{root.rstrip('/')}/**/{glob}", detail=True)
            if not listed:
                errors.append(f"{url}: is a directory with no {' or '.join(patterns)} files")
        elif fs.exists(root):
            listed = {root: fs.info(root)}
        else:
            errors.append(f"{url}: no such file")
            return []
    except (OSError, ValueError, ImportError) as exc:
        errors.append(f"{url}: cannot list ({exc})")
        return []
    files = sorted(p for p, info in listed.items() if info.get("type") == "file")
    return [Source(u, u, int(listed[p].get("size") or 0)) for p in files
            for u in [fs.unstrip_protocol(p)]]  # fmt: skip


def read_url(source: Source) -> str:
    """The decoded text of a source at a URL, read through fsspec and decoded as a local run
    decodes a file (see `reading.decode`)."""
    import fsspec

    try:
        with fsspec.open(source.url, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError(f"{source.name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{source.name}: cannot read ({exc})") from exc
    return decode(data, source.name).text
