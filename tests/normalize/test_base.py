"""The chain's contract: isolation, declared keys, diagnostics."""

from __future__ import annotations

from typing import ClassVar

from citekit.normalize import CHAIN, normalize_fields
from citekit.normalize.base import Context, ItemState, Normalizer, run_chain


class Explodes(Normalizer):
    name: ClassVar[str] = "explodes"
    code: ClassVar[str] = "P199"
    keys: ClassVar[tuple[str, ...]] = ("title", "kind")

    def __call__(self, state: ItemState, ctx: Context) -> None:
        state.item["title"] = "half-written"
        state.kind = "ibid"
        raise ValueError("boom")


class SetsNote(Normalizer):
    name: ClassVar[str] = "sets-note"
    keys: ClassVar[tuple[str, ...]] = ("note",)

    def __call__(self, state: ItemState, ctx: Context) -> None:
        state.item["note"] = "after"


def test_failing_step_is_undone_reported_and_chain_goes_on() -> None:
    state = ItemState.from_fields([("title", "A")])
    state.item["title"] = "A"
    run_chain((Explodes(), SetsNote()), state, Context())
    assert state.item == {"title": "A", "note": "after"}
    assert state.kind == "full"
    assert [d.code for d in state.diagnostics] == ["P199"]
    assert "P-explodes" in state.diagnostics[0].message
    assert state.diagnostics[0].raw == "A"


def test_codes_and_names_are_unique() -> None:
    assert len({n.code for n in CHAIN}) == len(CHAIN)
    assert len({n.name for n in CHAIN}) == len(CHAIN)
    # type inference reads every other step's result; only the court step, which reads the type, follows
    assert [n.name for n in CHAIN][-2:] == ["type", "legal"]


def test_every_item_has_a_type_and_no_id() -> None:
    parsed = normalize_fields([("title", "A Book")])
    assert parsed.item["type"] == "book"
    assert "id" not in parsed.item


def test_fields_are_kept_as_given() -> None:
    fields = [("citation-number", "12."), ("author", "Smith, J."), ("punct", " "), ("other", "xyz")]
    assert normalize_fields(fields).fields == fields


def test_bio_tagged_fields_are_merged() -> None:
    parsed = normalize_fields(
        [("B-author", "Paul"), ("I-author", "Hagenloh,"), ("title", "Stalin’s"), ("I-title", "Police,"),
         ("I-locator", "p. 3.")]
    )
    assert parsed.item["author"] == [{"family": "Hagenloh", "given": "Paul"}]
    assert parsed.item["title"] == "Stalin’s Police"
    assert (parsed.locator, parsed.label) == ("3", "page")
    assert parsed.fields[0] == ("author", "Paul Hagenloh,")


def test_name_cache_hands_out_copies() -> None:
    first = normalize_fields([("author", "Paul Hagenloh,")]).item["author"]
    first[0]["family"] = "changed"
    again = normalize_fields([("author", "Paul Hagenloh,")]).item["author"]
    assert again == [{"family": "Hagenloh", "given": "Paul"}]


def test_malformed_fields_are_reported_not_raised() -> None:
    fields: list = [("title", "A Book"), ["author", "Paul Hagenloh"], ("x",), None, ("date", 2009)]
    parsed = normalize_fields(fields)
    assert parsed.item["title"] == "A Book"
    assert parsed.item["author"] == [{"family": "Hagenloh", "given": "Paul"}]
    assert parsed.item["issued"] == {"date-parts": [[2009]]}
    assert [d.code for d in parsed.diagnostics] == ["P202"]


def test_degenerate_title_before_container_does_not_crash() -> None:
    parsed = normalize_fields([("title", ":"), ("container-title", "X"), ("date", "1926–41"), ("date", "2000")])
    assert parsed.diagnostics == []


def test_item_variables_and_drop_variables() -> None:
    from citekit.normalize.base import drop_variables, item_variables

    variables = item_variables(("type", "title", "kind", "locator", "label", "prefix", "suffix", "page"))
    assert variables == ("type", "title", "page")
    item = {"type": "book", "title": "T", "author": [{"family": "A"}], "page": "3"}
    drop_variables(item, variables)
    assert item == {"author": [{"family": "A"}]}  # (a variable the step does not name stays)
    drop_variables(item, ("volume",))  # (one it names but the item lacks is no error)
    assert item == {"author": [{"family": "A"}]}
