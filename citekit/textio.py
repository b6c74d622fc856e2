"""Reading users' files without mangling them, and replacing them atomically."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from citekit.errors import InputError
from citekit.model import Diagnostic

#: Legacy encodings tried, in order, when a file is not UTF-8.  cp1252 is a
#: superset of Latin-1's printable range; MacRoman is checked by its tell-tale
#: bytes first (see :func:`_guess_legacy`).
_LEGACY = ("cp1252", "mac_roman", "latin-1")


_COMMON_LETTERS = frozenset(
    "áàâäãåçéèêëíìîïñóòôöõøúùûüýÿßæœ"
    "ÁÀÂÄÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝÆŒ"
)
_COMMON_PUNCT = frozenset("“”‘’–—…«»°§·¿¡")


def _guess_legacy(data: bytes) -> str:
    """Pick the legacy encoding whose decoding looks most like European text.

    Each non-ASCII character scores: a common accented lower-case letter +2, a
    common capital that does not sit inside a lower-case word +1, ordinary
    typographic punctuation 0, anything else (rare letters such as Ÿ or ƒ,
    symbols, controls) -2.  MacRoman text read as cp1252 gives "MŸller" and
    loses; cp1252 text read as MacRoman gives symbols and loses.
    """
    best, best_score = "latin-1", float("-inf")
    for enc in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = 0
        for i, ch in enumerate(text):
            if ord(ch) < 128:
                continue
            prev = text[i - 1] if i else " "
            if ch in _COMMON_LETTERS:
                score += 2 if ch.islower() else (1 if not prev.islower() else -2)
            elif ch not in _COMMON_PUNCT:
                score -= 2
        if score > best_score:
            best, best_score = enc, score
    return best


def decode_bytes(data: bytes, path: str = "-") -> tuple[str, list[Diagnostic]]:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or a
    detected legacy encoding with a ``F002`` diagnostic saying which.

    Raises :class:`InputError` on binary data (NUL bytes without a UTF-16 BOM).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary data, not a text file (did you mean a PDF or DOCX reader?)")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        enc = _guess_legacy(data)
        text = data.decode(enc, errors="replace")
        return text, [
            Diagnostic(
                "F002",
                f"file is not UTF-8 (first bad byte 0x{data[exc.start]:02x}); read as {enc}, "
                "check accented letters and save it as UTF-8",
                path=path,
                line=line,
                severity="warning",
            )
        ]


def read_bytes(path: str) -> bytes:
    """The bytes of ``path`` or of standard input for ``-``."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None


def read_text(path: str) -> tuple[str, list[Diagnostic]]:
    """Decode ``path`` (or stdin for ``-``) as :func:`decode_bytes` does."""
    return decode_bytes(read_bytes(path), path)


def atomic_write(path: str | os.PathLike[str], text: str) -> None:
    """Replace ``path`` with ``text`` so that readers see the old or the new file, never half.

    Writes a temporary file in the same directory, flushes it to disk and renames
    it over the target, keeping the target's permission bits.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
