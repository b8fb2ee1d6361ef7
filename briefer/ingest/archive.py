"""Zip archives (.docx articles, Word templates) unpacked within a fixed memory bound.

A zip entry's header declares its sizes, but nothing makes the compressed data
agree: a 1 MB entry declared as 1 KB can inflate to a gigabyte, and Python's
`zipfile` inflates a whole entry in one call before it cuts the result to the
declared size. So every entry is read here in small pieces, the bytes that
really come out are counted, and reading stops as soon as an entry or the
archive passes its cap, whatever the header claims. The checked entries are
packed again uncompressed, so a library that opens the result (python-docx)
reads exactly the bytes counted here and inflates nothing.

`bounded_zip` is what both the .docx import and the Word export's template use.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from briefer.core.errors import BrieferError

MAX_UNPACKED_BYTES = 100_000_000
MAX_ENTRY_BYTES = 50_000_000
MAX_ZIP_ENTRIES = 10_000
READ_BYTES = 64 * 1024


class ArchiveError(BrieferError):
    """A zip archive that cannot be unpacked safely; the message is one line for the user."""


class NotAnArchiveError(ArchiveError):
    """The bytes are not a zip archive at all."""


def bounded_entries(
    data: bytes,
    label: str,
    *,
    max_total: int = MAX_UNPACKED_BYTES,
    max_entry: int = MAX_ENTRY_BYTES,
    max_entries: int = MAX_ZIP_ENTRIES,
) -> dict[str, bytes]:
    """Every file in the archive `data`, inflated a piece at a time within the caps.

    Raises `ArchiveError` naming `label` when `data` is not a zip archive, holds
    too many entries, is damaged (a size or checksum that does not match) or
    unpacks past `max_entry` for one entry or `max_total` for all of them.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise NotAnArchiveError(f"{label}: not a zip archive") from exc
    except NotImplementedError as exc:  # "zip file version 6.4": a zip Python cannot read
        raise ArchiveError(f"{label}: the archive is damaged or of a kind Briefer cannot "
                           f"read ({_reason(exc)})") from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > max_entries:
            raise ArchiveError(f"{label}: the archive holds too many files ({len(entries):,})")
        unpacked: dict[str, bytes] = {}
        total = 0
        for entry in entries:
            if entry.is_dir() or entry.filename in unpacked:
                continue
            content = _read_entry(archive, entry, label, max_entry, max_total - total)
            total += len(content)
            unpacked[entry.filename] = content
    return unpacked


def bounded_zip(data: bytes, label: str, **caps: int) -> io.BytesIO:
    """The archive `data` re-packed uncompressed from `bounded_entries`, ready to open."""
    return repack(bounded_entries(data, label, **caps))


def repack(entries: dict[str, bytes]) -> io.BytesIO:
    """Checked entries as an uncompressed archive, so its reader inflates nothing itself."""
    repacked = io.BytesIO()
    with zipfile.ZipFile(repacked, "w", zipfile.ZIP_STORED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    repacked.seek(0)
    return repacked


def _read_entry(
    archive: zipfile.ZipFile, entry: zipfile.ZipInfo, label: str, max_entry: int, room: int
) -> bytes:
    if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        # zipfile inflates bzip2 and LZMA without any output bound; Office files never use them.
        raise ArchiveError(
            f"{label}: {entry.filename} uses a compression Word documents do not use"
        )
    cap = min(max_entry, room)
    if entry.file_size > cap:
        raise _too_large(label, entry.file_size, cap)
    pieces: list[bytes] = []
    size = 0
    try:
        with archive.open(entry) as stream:
            while piece := stream.read(READ_BYTES):
                size += len(piece)
                if size > cap:
                    raise _too_large(label, size, cap)
                pieces.append(piece)
    except ArchiveError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError,
            ValueError, EOFError, zlib.error, RuntimeError) as exc:
        # A checksum that fails is how an entry that lied about its size ends.
        raise ArchiveError(
            f"{label}: the archive is damaged ({entry.filename}: {_reason(exc)})"
        ) from exc
    return b"".join(pieces)


def _too_large(label: str, size: int, cap: int) -> ArchiveError:
    return ArchiveError(
        f"{label}: unpacks to more than {cap / 1_000_000:g} MB "
        f"(at least {size / 1_000_000:,.1f} MB), too large to be safe (a zip bomb?)"
    )


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 100 else text[:97] + "..."
