"""The East-Asian-archive step (P182) on labelled fields and on whole notes: files in archives of China, Taiwan,
Japan and Korea by their codes; and the notes it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize.east_asian_archive import read_east_asian_archive

P = pytest.param
MS = "manuscript"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Second Historical Archives of China,"), ("location", "Nanjing,"), ("other", "2-1-1034.")],
          {"type": MS, "archive": "Second Historical Archives of China", "archive-place": "Nanjing",
           "archive_location": "2-1-1034", "author": None}, id="fonds-catalogue-file"),
        P([("title", "Gaimushō Gaikō Shiryōkan, Tokyo,"), ("other", "JACAR Ref. B02030023900.")],
          {"type": MS, "archive": "Gaimushō Gaikō Shiryōkan", "archive-place": "Tokyo",
           "archive_location": "JACAR Ref. B02030023900", "title": None}, id="jacar-reference"),
        P([("author", "Jindaishi yanjiusuo dang'anguan,"), ("location", "Taipei,"),
           ("title", "Zongli yamen dang'an,"), ("other", "01-18-001-02-005.")],
          {"archive": "Jindaishi yanjiusuo dang'anguan", "archive_collection": "Zongli yamen dang'an"},
          id="romanised-archive-word"),
        # what the step leaves alone
        P([("author", "Wang Di,"), ("title", "The Teahouse (Stanford: Stanford University Press,"), ("date", "2008),"),
           ("locator", "12-14.")], {"type": "book"}, id="a-book"),
    ],
)
def test_east_asian_archive_fields(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Memorial of Lin Zexu, Daoguang 19/3/4 (April 17, 1839), Gongzhongdang, First Historical Archives of China, "
         "Beijing, 04-01-01-0712-003.",
         {"title": "Memorial of Lin Zexu", "archive_collection": "Gongzhongdang",
          "archive": "First Historical Archives of China", "archive-place": "Beijing",
          "archive_location": "04-01-01-0712-003", "issued": {"date-parts": [[1839, 4, 17]]}}),
        ("Kyujanggak Archives, Seoul National University, Kyu 15083.",
         {"archive": "Kyujanggak Archives, Seoul National University", "archive_location": "Kyu 15083"}),
        ("Academia Historica, Taipei, Guomin zhengfu dang'an, 001-012071-0001, f. 12.",
         {"archive": "Academia Historica", "archive-place": "Taipei", "archive_collection": "Guomin zhengfu dang'an",
          "archive_location": "001-012071-0001"}),
        ("Kyu 15083.", None),  # (a weak code alone)
        ("First Historical Archives of China, Beijing.", None),  # (no code)
        ("Harvard-Yenching Library, Cambridge, MA, 1932-1-12, 1932-4-5.", None),  # (two codes)
    ],
)
def test_read_east_asian_archive(text: str, expected: dict[str, Any] | None) -> None:
    read = read_east_asian_archive(text)
    assert (read[0] if read else None) == expected
