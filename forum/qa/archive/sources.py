"""Where archive pages come from: files and folders, or the members of a .zip archive,
read one at a time, none larger than a page may be."""

import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# What one page or one archive may weigh.
PAGE_BYTES_MAX = 2_000_000
ZIP_BYTES_MAX = 100_000_000
TOO_LARGE = f"larger than {PAGE_BYTES_MAX:,} bytes"
UNZIPPED_BYTES_MAX = 1_000_000_000


@dataclass(frozen=True)
class Source:
    """One page to read: where it comes from, and its bytes (or why they cannot be had)."""

    name: str
    data: bytes | None
    problem: str = ""


def files_in(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, and the .txt files in the folders named (recursively), in name
    order. A name that is neither stays in the list, to be reported."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            files.append(path)
    return files


def read_files(files: Iterable[Path]) -> Iterator[Source]:
    """Each file's bytes, read when its turn comes."""
    for file in files:
        if not file.is_file():
            yield Source(str(file), None, "no such file")
        elif file.stat().st_size > PAGE_BYTES_MAX:
            yield Source(str(file), None, TOO_LARGE)
        else:
            try:
                yield Source(str(file), file.read_bytes())
            except OSError as error:
                yield Source(str(file), None, f"cannot be read ({error.strerror})")


def page_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The .txt files of a zip archive, in name order, without the copies of file details
    that macOS adds (__MACOSX/, ._name)."""
    members = [
        member
        for member in archive.infolist()
        if not member.is_dir()
        and member.filename.lower().endswith(".txt")
        and not member.filename.startswith("__MACOSX/")
        and not Path(member.filename).name.startswith("._")
    ]
    return sorted(members, key=lambda m: m.filename)


def read_members(archive: zipfile.ZipFile, members: Iterable[zipfile.ZipInfo]) -> Iterator[Source]:
    """Each member's bytes, none larger than a page may be, and no more than an archive
    may hold in all."""
    left = UNZIPPED_BYTES_MAX
    for member in members:
        if member.file_size > PAGE_BYTES_MAX:
            yield Source(member.filename, None, TOO_LARGE)
            continue
        if left <= 0:
            yield Source(member.filename, None, "past what one archive may hold unzipped")
            continue
        try:
            with archive.open(member) as file:
                # No more than a page may weigh, whatever size the archive claims.
                data = file.read(PAGE_BYTES_MAX + 1)
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, zlib.error) as e:
            yield Source(member.filename, None, f"cannot be unzipped ({e})")
            continue
        left -= len(data)
        if len(data) > PAGE_BYTES_MAX:
            yield Source(member.filename, None, TOO_LARGE)
        else:
            yield Source(member.filename, data)
