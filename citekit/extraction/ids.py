"""Stable entry ids for extracted works: the project's citation keys.

Ids depend only on the entry and the ids already taken, so extracting the same
document twice gives the same ids and golden files stay stable.  A work with
neither a creator nor a title -- an archival file, a decision cited by its
reporter, a newspaper cited by its date -- is named by what identifies it
("rgaspif17op3d1003", "bghz74p103", "bgh2004", "pravda1936") rather than "anon".
"""

from __future__ import annotations

import re
from collections.abc import Collection

from citekit.keys import ascii_fold, make_key
from citekit.model import Entry

#: the little words an archive's initials leave out
_ARTICLES = frozenset("de du des la le les l d of the di del della".split())


def _identifying_stem(entry: Entry) -> str:
    """An archive and its shelf-mark, or a court or reporter (with volume and first page)."""
    if entry.get("archive_location"):
        archive = str(entry.get("archive") or "")
        words = [w for w in re.split(r"[\s'’-]+", archive) if w]
        if len(words) > 1:  # "Archives départementales du Rhône" -> "adr"
            archive = "".join(w[0] for w in words if w.lower() not in _ARTICLES)
        return ascii_fold(f"{archive}{entry['archive_location']}")[:30]
    if entry.get("URL") and entry.get("type") == "webpage":
        # "https://www.example.org/hanke/guild.html" -> "example": the site names a page without author or title
        host = re.sub(r"^(?:https?://)?(?:www\d?\.)?", "", str(entry["URL"])).split("/")[0]
        return ascii_fold(host.split(".")[0])[:30]
    if entry.get("type") == "legal_case":
        court = ascii_fold(str(entry.get("container-title") or entry.get("authority") or ""))
        if court and entry.get("volume") and entry.get("page") and not entry.get("issued"):
            return f"{court}{ascii_fold(str(entry['volume']))}p{ascii_fold(str(entry['page']))}"[:30]
        return ascii_fold(str(entry.get("authority") or court))[:30]
    return ""


def entry_key(entry: Entry, taken: Collection[str]) -> str:
    """A key for ``entry`` not in ``taken`` (``hagenloh2009``, then ``hagenloh2009a`` …)."""
    named = entry.get("author") or entry.get("editor") or entry.get("title")
    stem = "" if named else _identifying_stem(entry)
    if stem:
        # make_key names a work by its first title word: give it the stem as that word
        entry = {"title": stem, "issued": entry.get("issued")}
    elif not named and entry.get("container-title"):
        # "Pravda, 22 August 1936": named by the paper, as its first title word would name a work
        entry = {"title": entry["container-title"], "issued": entry.get("issued")}
    elif not (entry.get("author") or entry.get("editor")) and re.match(r"[1-3]\s+[A-Z][a-z]", str(named)):
        # "1 Peter", "2 Kings": the book's number and name together ("1peter"), not "1"
        entry = {**entry, "title": re.sub(r"^([1-3])\s+", r"\1", str(named))}
    return make_key(entry, {t.lower() for t in taken})
