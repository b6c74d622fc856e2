"""German law commentaries: "MüKoBGB/Wagner" is the commentary and the author of the part cited.

German legal notes cite a commentary by its short name and, after a slash,
the author of the commentary on the provision cited: "MüKoBGB/Wagner, 8.
Aufl. 2020, § 823 Rn. 5", "Staudinger/Hager, BGB, Neubearb. 1999".  The
tagger reads the pair as two authors.  :func:`commentary_and_authors` lets
the names step read it as the commentary (the container: the part cited is a
chapter of it) and its authors.  Only the standard commentaries are known by
name: a slash between two surnames is otherwise a pair of authors
("Medicus/Petersen").
"""

from __future__ import annotations

import re

from citekit.normalize._text import squash

#: the commentaries cited by short name (one word, or the founders' names joined by slashes)
_COMMENTARY = (
    r"MüKo[A-Za-zÄÖÜäöü]*|MünchKomm[A-Za-zÄÖÜäöü]*|BeckOK[A-Za-zÄÖÜäöü]*|BeckOGK|NK-[A-Za-z]+|HK-[A-Za-z]+|"
    r"GK-[A-Za-z]+|ErfK|Staudinger|Palandt|Soergel|Erman|Jauernig|Zöller|Schönke/Schröder|Löwe/Rosenberg|"
    r"Stein/Jonas|Maunz/Dürig|Baumbach/Hueck|Baumbach/Hopt|Lutter/Hommelhoff|Jarass/Pieroth|"
    r"Prütting/Wegen/Weinreich|Thomas/Putzo"
)
_SURNAME = r"[A-ZÄÖÜ][\wäöüß'’-]+"
_COMMENTARY_AUTHORS_RE = re.compile(
    rf"^(?P<work>{_COMMENTARY})\s*/\s*(?P<authors>{_SURNAME}(?:\s*/\s*{_SURNAME})*)"
    r"(?:,\s*(?P<law>[A-Z][A-Za-zÄÖÜäöü]{1,7}))?(?:,\s*(?P<rest>.*))?$"
)


def commentary_and_authors(text: str) -> tuple[str, list[dict[str, str]], str] | None:
    """"Staudinger/Hager, BGB, Neubearb." -> ("Staudinger, BGB", [Hager], "Neubearb."); else None.

    The third part is what the span held after the commentary and its law
    (an edition statement the tagger took along), or "".
    """
    if "/" not in text:
        return None
    m = _COMMENTARY_AUTHORS_RE.match(squash(text).strip(" ,;:"))
    if m is None:
        return None
    work = f"{m['work']}, {m['law']}" if m["law"] else m["work"]
    authors = [{"family": name.strip()} for name in m["authors"].split("/") if name.strip()]
    return work, authors, (m["rest"] or "").strip(" ,;:")
