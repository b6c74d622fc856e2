"""A file cited by its repository's own name, series and number, then the leaf: a first
citation of a manuscript (full), with the archive and the shelf-mark apart."""

from __future__ import annotations

import pytest

from citekit.extraction.classify import archival_file, classify


@pytest.mark.parametrize("text,kind,file", [
    ("Archivio di Stato di Genova, Notai antichi 312, fols. 14r–15v.", "full",
     ("Archivio di Stato di Genova", "Notai antichi 312")),
    ("Lincoln's Inn MS. Misc. 512, f. 40.", "full", ("Lincoln's Inn", "MS. Misc. 512")),
    ("Biblioteca Apostolica Vaticana, Vat. lat. 3457, fol. 12v.", "full",
     ("Biblioteca Apostolica Vaticana", "Vat. lat. 3457")),
    # an archive's name announcing its abbreviation, in brackets of either shape: the name without it
    ("Norfolk Record Office [hereafter NRO], PD 209/154, fo. 12v.", "full",
     ("Norfolk Record Office", "PD 209/154")),
    ("Essex Record Office (henceforth ERO), D/P 11/8/3, fol. 4.", "full", ("Essex Record Office", "D/P 11/8/3")),
    ("Essex Record Office (ERO), D/P 11/8/3, fol. 4.", "full", ("Essex Record Office (ERO)", "D/P 11/8/3")),
    # a short form with leaves stays one
    ("McNeil, Letters, fols. 3-4.", "short", None),
    ("Ferraro, Notai e mercanti, 63.", "short", None),
])
def test_repository_file(text: str, kind: str, file: tuple[str, str] | None) -> None:
    assert classify(text).kind == kind
    assert archival_file(text) == file
