"""CSL-JSON: identity round trip, bad input as data, schema validity."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.formats import read, write

ITEMS: list[dict[str, Any]] = [
    {"id": "hagenloh2009", "type": "book", "title": "Stalin’s Police",
     "author": [{"family": "Hagenloh", "given": "Paul"}],
     "issued": {"date-parts": [[2009]]}, "publisher-place": "Baltimore, MD"},
    {"id": "ranke1824", "type": "book", "title": "Geschichten der romanischen und germanischen Völker",
     "author": [{"family": "Ranke", "given": "Leopold", "non-dropping-particle": "von"}],
     "issued": {"date-parts": [[1824]], "circa": True}, "custom": {"bibtex": {"x": "y"}},
     "zotero-only-key": 5},
    {"id": 7, "type": "article-journal", "title": "Range", "issued": {"date-parts": [[1926], [1941]]},
     "author": [{"literal": "World Health Organization"}], "page": "751–66"},
]


def test_identity_round_trip_keeps_unknown_keys() -> None:
    text = write(ITEMS, "csl-json")
    result = read(text, "csl-json")
    assert result.entries == ITEMS
    assert result.diagnostics == []
    assert result.positions["hagenloh2009"] == 3


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param('[{"id": "a", "type": "book"},', "F010", id="truncated JSON"),
        pytest.param('"just a string"', "F011", id="not an array"),
        pytest.param('[{"id": "a", "type": "book"}, 3]', "F011", id="non-object element"),
        pytest.param('[{"id": "a", "title": "T"}]', "F012", id="item without type"),
    ],
)
def test_bad_input_becomes_diagnostics(text: str, code: str) -> None:
    result = read(text, "csl-json", path="refs.json")
    assert [d.code for d in result.diagnostics] == [code]
    assert result.diagnostics[0].path == "refs.json"


def test_non_object_element_kept_as_raw_and_rest_read() -> None:
    result = read('[{"id": "a", "type": "book"}, [1, 2], {"id": "b", "type": "book"}]', "csl-json")
    assert [e["id"] for e in result.entries] == ["a", "b"]
    assert result.diagnostics[0].raw == "[1, 2]"


def test_invalid_json_reports_line() -> None:
    result = read('[\n  {"id": "a",\n   "type": }\n]', "csl-json", path="r.json")
    assert result.diagnostics[0].line == 3
    assert result.diagnostics[0].format().startswith("r.json:3:")


def _schema_validator(shared_dir: Path) -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource

    data_schema = json.loads((shared_dir / "schemas" / "csl-data.json").read_text())
    registry = Registry().with_resource(data_schema["$id"], Resource.from_contents(data_schema))
    return jsonschema.Draft7Validator(data_schema, registry=registry)


def test_written_items_validate_against_csl_schema(shared_dir: Path) -> None:
    validator = _schema_validator(shared_dir)
    items = [dict(i) for i in ITEMS[:1]] + [
        {"id": "c", "type": "chapter", "title": "Walking in the City",
         "container-title": "The Practice of Everyday Life",
         "author": [{"family": "Certeau", "given": "Michel", "non-dropping-particle": "de"}],
         "editor": [{"literal": "Centre of African Studies"}],
         "issued": {"date-parts": [[1984, 5, 1]]}, "page": "91–110",
         "custom": {"bibtex": {"chapter": "7"}}}]
    written = json.loads(write(items, "csl-json"))
    errors = list(validator.iter_errors(written))
    assert errors == []
    # the validator is not vacuous: a broken item fails
    assert list(validator.iter_errors([{"id": "x", "type": "not-a-type"}]))


_scalar = st.one_of(st.text(max_size=20), st.integers(-5, 5000))
_item = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=10), "type": st.sampled_from(["book", "chapter", "thesis"])},
    optional={"title": st.text(max_size=40), "volume": _scalar,
              "author": st.lists(st.fixed_dictionaries({"family": st.text(max_size=10)}), max_size=3),
              "issued": st.fixed_dictionaries({"date-parts": st.lists(
                  st.lists(st.integers(1, 2100), min_size=1, max_size=3), min_size=1, max_size=2)})},
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_item, max_size=5))
def test_csl_json_round_trip_is_identity(items: list[dict[str, Any]]) -> None:
    assert read(write(items, "csl-json"), "csl-json").entries == items


@pytest.mark.parametrize(
    ("item", "expected", "problems"),
    [
        pytest.param({"title": ["A title"]}, {"title": "A title"}, 1, id="Crossref title list"),
        pytest.param({"container-title": ["J. Hist.", "Journal of History"]},
                     {"container-title": "J. Hist.; Journal of History"}, 1, id="two container titles joined"),
        pytest.param({"author": "Smith, John"}, {"author": [{"literal": "Smith, John"}]}, 1,
                     id="name string kept as literal"),
        pytest.param({"editor": {"family": "Doe"}}, {"editor": [{"family": "Doe"}]}, 1, id="one name object"),
        pytest.param({"author": ["Ann Lee", {"family": "Roe"}]},
                     {"author": [{"literal": "Ann Lee"}, {"family": "Roe"}]}, 1, id="mixed name list"),
        pytest.param({"issued": "2004"}, {"issued": {"raw": "2004"}}, 1, id="date string as raw"),
        pytest.param({"issued": [[2004, 5]]}, {"issued": {"date-parts": [[2004, 5]]}}, 1, id="bare date-parts"),
        pytest.param({"volume": {"x": 1}}, {"volume": {"x": 1}}, 1, id="unfixable value kept"),
        pytest.param({"page": None, "volume": 3, "title": "T"}, {"page": None, "volume": 3, "title": "T"}, 0,
                     id="null and numbers are fine"),
    ],
)
def test_wrongly_shaped_values_are_reshaped_and_reported(
    item: dict[str, Any], expected: dict[str, Any], problems: int
) -> None:
    text = json.dumps([{"id": "a", "type": "book", **item}])
    result = read(text, "csl-json", path="refs.json")
    assert result.entries == [{"id": "a", "type": "book", **expected}]
    assert [d.code for d in result.diagnostics] == ["F013"] * problems
    assert all(d.path == "refs.json" and d.line == 1 for d in result.diagnostics)


def test_reshaped_title_reaches_bibtex_as_text() -> None:
    result = read('[{"id": "a", "type": "book", "title": ["Stalin\'s Police"]}]', "csl-json")
    assert "title = {Stalin's Police}" in write(result.entries, "bibtex")


def test_items_without_id_get_a_unique_generated_one() -> None:
    entries: list[dict[str, Any]] = [
        {"id": "hagenloh2009", "type": "book"},
        {"type": "book", "title": "Stalin's Police", "author": [{"family": "Hagenloh"}],
         "issued": {"date-parts": [[2009]]}},
    ]
    written = json.loads(write(entries, "csl-json"))
    assert [item["id"] for item in written] == ["hagenloh2009", "hagenloh2009a"]
    assert written[1]["title"] == "Stalin's Police"
    assert "id" not in entries[1]  # the caller's entries are not changed


def test_ris_record_without_id_gives_schema_valid_csl_json() -> None:
    result = read("TY  - BOOK\nAU  - Hagenloh, Paul\nTI  - Stalin's Police\nPY  - 2009\nER  - \n", "ris")
    assert json.loads(write(result.entries, "csl-json"))[0]["id"] == "hagenloh2009"


@pytest.mark.parametrize("value", [5, ["book"], "journalArticle", None])
def test_a_type_outside_csl_is_reported_and_kept(value: object) -> None:
    """A type no CSL processor knows (Zotero's own name, a number, a list) is reported with the item's
    id; the item is kept as given, and the other formats write it as a generic work."""
    result = read(json.dumps([{"id": "a", "type": value, "title": "T"}]), "csl-json")
    assert result.entries[0]["type"] == value
    assert [d.code for d in result.diagnostics] == ["F013"]
    assert "item a: type" in result.diagnostics[0].message
    assert write(result.entries, "bibtex").startswith("@misc{a,")
