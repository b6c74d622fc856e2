"""German law commentaries: "MüKoBGB/Wagner" is the commentary and the author of the part cited.

German legal notes cite a commentary by its short name and, after a slash,
the author of the commentary on the provision cited: "MüKoBGB/Wagner, 8.
Aufl. 2020, § 823 Rn. 5", "Staudinger/Hager, BGB, Neubearb. 1999".  The
tagger reads the pair as two authors.  :func:`commentary_and_authors` lets
the names step read it as the commentary (the container: the part cited is a
chapter of it) and its authors.  Only the standard commentaries are known by
name: a slash between two surnames is otherwise a pair of authors
("Medicus/Petersen").

Whole citations are read the same way by :func:`commentary_item`, which the
extraction pipeline uses on a citation's text (where it also finds the other
German form, "Felten in Rummel/Lukas, ABGB4 § 1155 Rz 49").
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.model import Entry
from citekit.normalize._person import SURNAMES_BY_SLASH, slashed_names
from citekit.normalize._text import squash

#: the commentaries cited by short name (one word, or the founders' names joined by slashes)
_KNOWN_COMMENTARIES = (
    r"MüKo[A-Za-zÄÖÜäöü]*|MünchKomm[A-Za-zÄÖÜäöü]*|BeckOK[A-Za-zÄÖÜäöü]*|BeckOGK|NK-[A-Za-z]+|HK-[A-Za-z]+|"
    r"GK-[A-Za-z]+|ErfK|Staudinger|Palandt|Soergel|Erman|Jauernig|Zöller|Schönke/Schröder|Löwe/Rosenberg|"
    r"Stein/Jonas|Maunz/Dürig|Baumbach/Hueck|Baumbach/Hopt|Lutter/Hommelhoff|Jarass/Pieroth|"
    r"Prütting/Wegen/Weinreich|Thomas/Putzo"
)
_COMMENTARY_AUTHORS_RE = lazy_compile(
    rf"^(?P<work>{_KNOWN_COMMENTARIES})\s*/\s*(?P<authors>{SURNAMES_BY_SLASH})"
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
    return work, slashed_names(m["authors"]), (m["rest"] or "").strip(" ,;:")


#: a contribution to a legal commentary, cited by commentator, editors and work:
#: "Felten in Rummel/Lukas/Geroldinger, ABGB4 § 1155 Rz 49", "Rebhahn in Neumayr/Reissner,
#: ZellKomm3 § 1151 ABGB Rz 269", "Dreier in Dreier/Schulze, UrhG, § 27 Rn. 5" (the digits
#: after the work's name are its edition, printed as a superscript)
_IN_COMMENTARY = lazy_compile(
    rf"^(?P<authors>{SURNAMES_BY_SLASH})\s+in\s+"
    rf"(?P<editors>{SURNAMES_BY_SLASH}(?:\s+et\s+al\.?)?)"
    r"(?:\s*\((?:Hrsg|Hg)\.?\))?,\s+"
    r"(?P<work>[A-ZÄÖÜ][\w-]*?(?:-[A-Z][\w]*?)?)(?P<edition>\d{1,2}(?:\.\d{1,2})?)?"
    r"(?=\s*(?:§|Art\.?\s|Rz\b|Rn\b|,))"
)

#: the other way German law cites a commentary: the work (or its founder), a slash, the commentator,
#: the statute commented on, the edition and year, the provision: "Palandt/Grüneberg, BGB, 80. Aufl.
#: 2021, § 280 Rn. 5", "MüKoBGB/Emmerich, 8. Aufl. 2019, § 311 Rn. 64" (no title: "Enneccerus/Lehmann,
#: Recht der Schuldverhältnisse, 15. Aufl." is two authors' book)
_WORK_SLASH_COMMENTATOR = lazy_compile(
    r"^(?P<work>[A-ZÄÖÜ][\w-]+)/(?P<commentator>[A-ZÄÖÜ][\w-]+),\s+"
    r"(?:(?P<statute>(?=\S*[A-ZÄÖÜ]\S*[A-ZÄÖÜ])[A-ZÄÖÜ][\w-]{1,8}),\s+)?"
    r"(?P<edition>\d{1,2})\.\s*Aufl\.\s*(?P<year>(?:19|20)\d\d),?\s*(?=§|Art\.|Rn\.|Rz\.|Vor\s)"
)


def commentary_item(text: str) -> Entry | None:
    """The entry of a commentary citation ("Felten in Rummel/Lukas, ABGB4 § 1155 Rz 49"), else None.

    The "§" of the provision commented on is the pinpoint, not a statute: the
    work is the commentary (its name, edition and editors); the commentator
    wrote the part cited.
    """
    slashed = _WORK_SLASH_COMMENTATOR.match(text.strip())
    if slashed is not None:
        work = slashed.group("work")
        return {
            "type": "chapter",
            "author": slashed_names(slashed.group("commentator")),
            "container-title": f"{work}, {slashed.group('statute')}" if slashed.group("statute") else work,
            "edition": slashed.group("edition"),
            "issued": {"date-parts": [[int(slashed.group("year"))]]},
        }
    match = _IN_COMMENTARY.match(text.strip())
    if match is None:
        return None
    item: Entry = {
        "type": "chapter",
        "author": slashed_names(match.group("authors")),
        "editor": slashed_names(match.group("editors")),
        "container-title": match.group("work"),
    }
    if match.group("edition"):
        item["edition"] = match.group("edition")
    return item
