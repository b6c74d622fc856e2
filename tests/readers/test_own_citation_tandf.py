"""Taylor & Francis's cover page ("To cite this article: Author (2019) Title, Journal, 40:2, 123-145, DOI: …"):
its own citation gives the document's metadata, and none of its lines ("Submit your article to this journal",
"Article views: 412", "View Crossmark data") becomes a note or an entry."""

from __future__ import annotations

from citekit.extraction import extract
from citekit.readers.own_citation import read_own_citation

COVER = """Journal of Legal History
ISSN: 0144-0365 (Print) 1744-0564 (Online) Journal homepage: https://www.tandfonline.com/loi/flgh20

The Crown and the Common Law in Tudor Wales

Sarah Whitfield

To cite this article: Sarah Whitfield (2019) The Crown and the Common Law in Tudor Wales, Journal
of Legal History, 40:2, 123-145, DOI: 10.1080/01440365.2019.1234567

To link to this article: https://doi.org/10.1080/01440365.2019.1234567

Published online: 12 Jun 2019.

Submit your article to this journal

Article views: 412

View related articles

View Crossmark data

Full Terms & Conditions of access and use can be found at
https://www.tandfonline.com/action/journalInformation?journalCode=flgh20

THE JOURNAL OF LEGAL HISTORY
2019, VOL. 40, NO. 2, 123–145
https://doi.org/10.1080/01440365.2019.1234567

The Crown and the Common Law in Tudor Wales
Sarah Whitfield
School of Law, University of Cardiff, Cardiff, UK

ABSTRACT
The Acts of Union brought English law to Wales. This article examines how the courts of great
sessions applied it.

The courts of great sessions were created in 1543.1 Their records survive in part.2

1 Statute of Wales 1543, 34 & 35 Hen. VIII, c. 26.
2 Murray Ll. Chapman, ‘The Records of the Great Sessions’, Welsh History Review 12 (1985): 1–22, at 5.
"""


def test_own_citation_of_a_taylor_and_francis_cover() -> None:
    assert read_own_citation(COVER) == {
        "type": "article-journal", "author": [{"family": "Whitfield", "given": "Sarah"}],
        "title": "The Crown and the Common Law in Tudor Wales", "container-title": "Journal of Legal History",
        "volume": "40", "issue": "2", "page": "123-145", "issued": {"date-parts": [[2019]]},
        "DOI": "10.1080/01440365.2019.1234567"}


def test_cover_lines_make_no_note_or_entry() -> None:
    document = extract(COVER)
    assert [note.number for note in document.notes] == ["1", "2"]
    assert document.source["title"] == "The Crown and the Common Law in Tudor Wales"
    titles = " ".join(str(entry.get("title", "")) for entry in document.entries)
    assert "Submit" not in titles and "Crossmark" not in titles and "Tudor Wales" not in titles
