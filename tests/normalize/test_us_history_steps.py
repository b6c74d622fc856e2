"""The steps of round 23 (United States history) on labelled fields, independent of the tagger: the US-archive
(P210), congress-debate (P211), congress-document (P212), government-author (P213), dated-in-container (P214) and
US-case (P215) steps, and what each leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        # --- P210 US archive
        P([("title", "Records of the Bureau of Refugees, Freedmen, and Abandoned Lands,"), ("locator", "RG 105,"),
           ("locator", "entry 3379,"), ("other", "box 12, National Archives,"), ("location", "Washington, DC.")],
          {"type": "manuscript", "title": None,
           "archive_collection": "Records of the Bureau of Refugees, Freedmen, and Abandoned Lands",
           "archive_location": "RG 105, entry 3379, box 12", "archive": "National Archives",
           "archive-place": "Washington, DC"}, (None, None), id="archive-record-group"),
        P([("title", "Memorandum of conversation,"), ("date", "June 3, 1965,"),
           ("other", "NSF, Country File, Vietnam, box 18, LBJ Library, Austin, TX.")],
          {"type": "manuscript", "title": "Memorandum of conversation", "issued": {"date-parts": [[1965, 6, 3]]},
           "archive_collection": "NSF, Country File, Vietnam", "archive_location": "box 18", "archive": "LBJ Library",
           "archive-place": "Austin, TX"}, (None, None), id="archive-presidential-library"),
        P([("author", "Eleanor Roosevelt to Walter White,"), ("date", "May 2, 1934,"),
           ("other", "box 1, NAACP Papers, Library of Congress.")],
          {"type": "letter", "author": [{"family": "Roosevelt", "given": "Eleanor"}],
           "archive_collection": "NAACP Papers", "archive_location": "box 1", "archive": "Library of Congress"},
          (None, None), id="archive-letter-box-first"),
        P([("title", "Petition of the Free Colored Inhabitants of Charleston,"), ("date", "1791,"),
           ("title", "Petitions to the General Assembly, South Carolina Department of Archives and History,"),
           ("publisher", "Columbia.")],
          {"type": "manuscript", "issued": {"date-parts": [[1791]]},
           "archive_collection": "Petitions to the General Assembly",
           "archive": "South Carolina Department of Archives and History", "archive-place": "Columbia"},
          (None, None), id="archive-year-state"),
        # (left alone: a book printed by a library, a British archive)
        P([("author", "John Y. Cole,"), ("title", "Jefferson’s Legacy: A Brief History of the Library of Congress"),
           ("location", "(Washington, DC:"), ("publisher", "Library of Congress,"), ("date", "1993),"),
           ("pages", "12.")],
          {"type": "book", "archive": None, "publisher": "Library of Congress"}, ("12", "page"),
          id="archive-not-a-book"),
        # --- P211 congress debate
        P([("container-title", "Congressional Record,"), ("title", "81st Cong., 2d sess.,"), ("date", "1950,"),
           ("volume", "96,"), ("locator", "pt. 2:"), ("pages", "1954.")],
          {"type": "bill", "container-title": "Congressional Record", "chapter-number": "81st Cong., 2d sess.",
           "volume": "96", "issued": {"date-parts": [[1950]]}, "custom": {"part": "2"}, "title": None},
          ("1954", "page"), id="debate-record-part"),
        P([("author", "Cong."), ("container-title", "Globe,"), ("title", "36th Cong., 1st Sess. 1520"),
           ("date", "(1860)"), ("collection-title", "(statement of Sen. Davis).")],
          {"type": "bill", "container-title": "Cong. Globe", "author": None, "note": "statement of Sen. Davis",
           "issued": {"date-parts": [[1860]]}}, ("1520", "page"), id="debate-bluebook-session"),
        P([("volume", "118"), ("container-title", "Cong. Rec."), ("pages", "9,412"), ("date", "(1972).")],
          {"type": "bill", "container-title": "Cong. Rec.", "volume": "118", "page": "9412", "issue": None},
          (None, None), id="debate-bluebook-volume-first"),
        # --- P212 congress document
        P([("other", "Report of the Joint Committee on Reconstruction, H.R. Rep. No. 30, 39th Cong.,"),
           ("title", "1st Sess."), ("date", "(1866),"), ("locator", "7.")],
          {"type": "report", "title": "Report of the Joint Committee on Reconstruction", "number": "H.R. Rep. No. 30",
           "chapter-number": "39th Cong., 1st Sess.", "issued": {"date-parts": [[1866]]}}, ("7", "page"),
          id="document-house-report"),
        P([("author", "U.S. Congress, Senate,"),
           ("title", "Committee on Foreign Relations, Hearings on the North Atlantic Treaty, 81st Cong., 1st sess.,"),
           ("date", "1949,"), ("locator", "pt. 1, 61.")],
          {"type": "hearing", "author": [{"literal": "U.S. Congress, Senate, Committee on Foreign Relations"}],
           "title": "Hearings on the North Atlantic Treaty", "custom": {"part": "1"}}, ("61", "page"),
          id="document-hearing"),
        # --- P213 government author
        P([("title", "U.S. Bureau of the Census, Historical Statistics of the United States, Colonial Times to 1970"),
           ("location", "(Washington, DC:"), ("publisher", "Government Printing Office,"), ("date", "1975),"),
           ("volume", "1:105.")],
          {"author": [{"literal": "U.S. Bureau of the Census"}],
           "title": "Historical Statistics of the United States, Colonial Times to 1970"}, ("1:105", "page"),
          id="government-author"),
        P([("title", "U.S. Foreign Policy, Shield of the Republic"), ("location", "(Boston:"),
           ("publisher", "Little, Brown,"), ("date", "1943).")],
          {"author": None, "title": "U.S. Foreign Policy, Shield of the Republic"}, (None, None),
          id="government-author-no-agency"),
        # --- P214 dated in container
        P([("author", "Abraham Lincoln,"),
           ("title", "“First Inaugural Address,” March 4, 1861, in Collected Works of Abraham Lincoln,"),
           ("editor", "ed. Roy P. Basler"), ("location", "(New Brunswick, NJ:"),
           ("publisher", "Rutgers University Press,"), ("date", "1953),"), ("volume", "4:262–71.")],
          # (the range after the imprint is the speech's extent in volume 4, as a chapter's is: no pinpoint)
          {"container-title": "Collected Works of Abraham Lincoln", "original-date": {"date-parts": [[1861, 3, 4]]},
           "issued": {"date-parts": [[1953]]}, "volume": "4", "page": "262-271"}, (None, None), id="dated-speech-in-works"),
        # --- P215 US case
        P([("author", "Commonwealth v. Hunt,"), ("collection-title", "45 Mass. (4 Met.)"), ("locator", "111"),
           ("date", "(1842).")],
          {"type": "legal_case", "title": "Commonwealth v. Hunt", "container-title": "Mass.", "volume": "45",
           "page": "111", "author": None, "collection-title": None}, (None, None), id="case-nominative"),
        P([("title", "Dred Scott v. Sandford, 60 U.S. (19 How.)"), ("pages", "393,"), ("locator", "407"),
           ("date", "(1857).")],
          {"type": "legal_case", "title": "Dred Scott v. Sandford", "container-title": "U.S.", "page": "393"},
          ("407", "page"), id="case-pinpoint"),
        P([("title", "Hamer v. Sidway,"), ("volume", "124 N.Y. 538"), ("date", "(1891).")],
          {"type": "legal_case", "title": "Hamer v. Sidway", "container-title": "N.Y.", "volume": "124",
           "page": "538"}, (None, None), id="case-state-reporter"),
        P([("title", "Brown v. Board of Education,"), ("volume", "349 U.S. 294,"), ("locator", "301"),
           ("date", "(1955).")],
          {"type": "legal_case", "volume": "349", "page": "294"}, ("301", "page"), id="case-us"),
    ],
)
def test_us_history_steps(fields: list[tuple[str, str]], expected: dict[str, Any],
                          occurrence: tuple[str | None, str | None]) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence
