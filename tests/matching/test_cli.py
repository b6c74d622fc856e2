"""`citekit dedupe` end to end: mixed inputs, outputs, --report, --dry-run, -f json, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.cli import main

BIB_A = """@book{conquest1990,
  author = {Conquest, Robert},
  title = {The Great Terror: A Reassessment},
  year = {1990},
  publisher = {Oxford University Press},
}
@incollection{kotkin2000,
  author = {Kotkin, Stephen},
  title = {Speaking Bolshevik},
  booktitle = {Stalinism: New Directions},
  editor = {Fitzpatrick, Sheila},
  year = {2000},
  pages = {250--291},
}
"""

CSL_B = [
    {"id": "ConquestGreatTerror", "type": "book", "title": "The great terror: a reassessment",
     "author": [{"family": "Conquest", "given": "R."}], "issued": {"date-parts": [[1990]]},
     "publisher": "Macmillan", "publisher-place": "New York"},
    {"id": "fitz2000", "type": "book", "title": "Stalinism: New Directions",
     "editor": [{"family": "Fitzpatrick", "given": "Sheila"}], "issued": {"date-parts": [[2000]]}},
]

RIS_C = """TY  - JOUR
AU  - Whitewood, Peter
TI  - The Purge of the Red Army and the Soviet Mass Operations, 1937-38
JO  - Slavonic and East European Review
VL  - 93
SP  - 286
EP  - 314
PY  - 2015
ER  -
TY  - JOUR
AU  - Whitewood, P.
TI  - The purge of the Red Army and the Soviet mass operations, 1937-1938
JO  - Slavon. East Eur. Rev.
VL  - 93
PY  - 2015
ER  -
"""


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    paths = {"bib": tmp_path / "a.bib", "json": tmp_path / "b.json", "ris": tmp_path / "c.ris"}
    paths["bib"].write_text(BIB_A, encoding="utf-8")
    paths["json"].write_text(json.dumps(CSL_B), encoding="utf-8")
    paths["ris"].write_text(RIS_C, encoding="utf-8")
    return paths


def test_mixed_inputs_to_csl_json(inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["dedupe", str(inputs["bib"]), str(inputs["json"]), str(inputs["ris"]),
                   "-f", "csl-json"])
    out, err = capsys.readouterr()
    assert status == 1  # duplicates found
    entries = json.loads(out)
    assert len(entries) == 4  # conquest (merged), kotkin, fitz volume, whitewood (merged)
    conquest = next(e for e in entries if e["id"] == "conquest1990")
    assert conquest["custom"]["ids"] == ["ConquestGreatTerror"]
    assert conquest["publisher-place"] == "New York"
    assert conquest["custom"]["dedupe-conflicts"]["publisher"] == ["Macmillan"]
    assert "D001" in err


def test_default_output_is_first_inputs_format(inputs: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "merged.bib"
    status = main(["dedupe", str(inputs["bib"]), str(inputs["json"]), "-o", str(out)])
    assert status == 1
    text = out.read_text(encoding="utf-8")
    assert text.count("@") == 3
    assert "ids = {ConquestGreatTerror}" in text
    assert "Macmillan" in text  # the losing value is kept as an unknown field
    # deduplicating the output again finds nothing
    assert main(["dedupe", str(out), "-o", str(tmp_path / "again.bib")]) == 0
    assert (tmp_path / "again.bib").read_text(encoding="utf-8") == text


def test_report_and_dry_run(inputs: dict[str, Path], tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "never.bib"
    status = main(["dedupe", str(inputs["bib"]), str(inputs["json"]), "--dry-run", "--report",
                   "-o", str(out)])
    captured = capsys.readouterr()
    assert status == 1
    assert not out.exists()
    assert captured.out == ""
    assert "cluster 1: 2 records -> conquest1990" in captured.err
    assert "evidence conquest1990 ~ ConquestGreatTerror" in captured.err
    assert "conflict publisher" in captured.err


def test_json_clusters_for_tools(inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    main(["dedupe", str(inputs["ris"]), "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    (cluster,) = data["clusters"]
    assert len(cluster["ids"]) == 2
    assert cluster["evidence"]
    assert len(data["entries"]) == 1


def test_no_duplicates_exit_zero(inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dedupe", str(inputs["bib"])]) == 0
    assert "@incollection{kotkin2000" in capsys.readouterr().out


def test_unknown_output_format_is_usage_error(inputs: dict[str, Path]) -> None:
    assert main(["dedupe", str(inputs["bib"]), "-f", "nonsense"]) == 2
