"""The work-of-art step (P162) on labelled fields, independent of the tagger: an object cited by its label
(artist, title, date, medium, dimensions, collection, inventory number), and what it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Titian,"), ("title", "Venus of Urbino, 1538, oil on canvas,"), ("location", "Florence,"),
           ("title", "Galleria degli Uffizi, inv."), ("date", "1437.")],
          {"type": "graphic", "title": "Venus of Urbino", "issued": {"date-parts": [[1538]]}, "medium": "oil on canvas",
           "archive": "Galleria degli Uffizi", "archive-place": "Florence", "archive_location": "inv. 1437",
           "publisher": None}, id="museum-after-its-city"),
        P([("author", "Albrecht Dürer,"), ("title", "Melencolia I, 1514, engraving,"), ("volume", "24 × 18.8 cm,"),
           ("location", "Karlsruhe,"), ("location", "Staatliche Kunsthalle.")],
          {"medium": "engraving", "dimensions": "24 × 18.8 cm", "archive": "Staatliche Kunsthalle", "volume": None,
           "issue": None}, id="dimensions-read-as-volume-and-issue"),
        P([("author", "Caspar David Friedrich,"), ("title", "Der Mönch am Meer, 1808–10,"), ("title", "Öl auf Leinwand,"),
           ("volume", "110 × 171,5 cm,"), ("location", "Berlin,"), ("title", "Alte Nationalgalerie, Inv.-"),
           ("note", "Nr. NG 9/85.")],
          {"title": "Der Mönch am Meer", "medium": "Öl auf Leinwand", "archive": "Alte Nationalgalerie",
           "archive_location": "Inv.-Nr. NG 9/85"}, id="german-label-inventory-broken-across-spans"),
        P([("author", "Giovanni Rinaldi,"), ("title", "Madonna with Goldfinch,"), ("locator", "c. 1510,"),
           ("collection-title", "oil on panel, 62 × 48 cm, Pinacoteca di Brera, Milan,"), ("locator", "inv. 1123.")],
          {"type": "graphic", "issued": {"date-parts": [[1510]], "circa": True}, "archive": "Pinacoteca di Brera",
           "archive-place": "Milan", "archive_location": "inv. 1123"}, id="city-after-the-museum"),
        P([("author", "Donatello, David,"), ("locator", "c. 1440,"), ("other", "bronze, Florence, Museo Nazionale del Bargello.")],
          {"type": "graphic", "author": [{"family": "Donatello"}], "title": "David", "medium": "bronze",
           "archive": "Museo Nazionale del Bargello", "archive-place": "Florence"}, id="no-title-span-one-word-medium"),
        P([("author", "Pieter Bruegel the Elder,"), ("title", "The Harvesters, 1565, oil on wood,"), ("location", "New York,"),
           ("container-title", "Metropolitan Museum of Art,"), ("other", "19.164.")],
          {"title": "The Harvesters", "archive": "Metropolitan Museum of Art", "archive_location": "19.164",
           "container-title": None}, id="accession-number"),
        # what the step leaves alone
        P([("other", "Correr,"), ("collection-title", "Gabinetto Stampe e Disegni, Prov. Molin 2882-2907,"),
           ("locator", "tav. 2897:"), ("author", "P. V. Coronelli,"), ("title", "Monumento da Lezze, incisione.")],
          {"type": "book", "medium": None}, id="a-medium-closing-a-note-without-a-date"),
        P([("author", "Smith,"), ("title", "Working on Paper,"), ("date", "1999,"), ("locator", "p. 4.")],
          {"medium": None}, id="no-medium-piece"),
    ],
)
def test_artwork(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
