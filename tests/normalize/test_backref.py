"""Back-references: ibid., idem, op. cit., supra."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.backref import BackRef, backref_kind
from citekit.normalize.base import Context, ItemState

P = pytest.param


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        P("Ibid.", "ibid", id="ibid"),
        P("Ibidem,", "ibid", id="ibidem"),
        P("ibid., p.", "ibid", id="ibid-p"),
        P("Ebd.,", "ibid", id="ebd"),
        P("Ebenda", "ibid", id="ebenda"),
        P("Ivi,", "ibid", id="ivi"),
        P("Id.,", "idem", id="id"),
        P("Idem,", "idem", id="idem"),
        P("Ead.,", "idem", id="ead"),
        P("Ders.,", "idem", id="ders"),
        P("Dies.,", "idem", id="dies"),
        P("op. cit.,", "op-cit", id="op-cit"),
        P("Op. cit., pp.", "op-cit", id="op-cit-pp"),
        P("o. c.,", "op-cit", id="o-c"),
        P("a.a.O.,", "op-cit", id="aao"),
        P("loc. cit.", "op-cit", id="loc-cit"),
        P("art. cit.,", "op-cit", id="art-cit"),
        P("cit.,", "op-cit", id="cit"),
        P("supra n. 12", "supra", id="supra"),
        P("above, n. 12", "supra", id="above"),
        P("oben Anm. 12", "supra", id="oben"),
        P("(wie Anm. 3)", "supra", id="wie-anm"),
        P("ouvrage précité,", "op-cit", id="precite"),
        P("AA. VV.,", None, id="aa-vv-is-not-a-backref"),
    ],
)
def test_backref_kind(text: str, kind: str | None) -> None:
    assert backref_kind(text) == kind


def run(fields: list[tuple[str, str]], prev: dict[str, Any] | None = None) -> ItemState:
    state = ItemState.from_fields(fields)
    BackRef()(state, Context(prev=prev))
    return state


def test_supra_note_number() -> None:
    state = run([("backref", "supra n. 12,")])
    assert state.kind == "supra"
    assert state.item == {"first-reference-note-number": "12"}


def test_idem_takes_previous_author() -> None:
    prev = {"author": [{"family": "Hagenloh", "given": "Paul"}]}
    state = run([("backref", "Id.,"), ("title", "Another Book")], prev=prev)
    assert state.kind == "idem"
    assert state.item["author"] == [{"family": "Hagenloh", "given": "Paul"}]


def test_idem_without_previous_has_no_author() -> None:
    state = run([("backref", "Idem,")])
    assert state.kind == "idem"
    assert "author" not in state.item


def test_strongest_kind_wins() -> None:
    assert run([("backref", "Id.,"), ("backref", "op. cit.")]).kind == "op-cit"


def test_cit_left_in_a_title_span_is_op_cit() -> None:
    assert run([("author", "Agnoletti,"), ("title", "Treviso cit.,")]).kind == "op-cit"


def test_idem_after_the_own_title_is_no_back_reference() -> None:
    # "G. Cozzi, Politica e diritto, in Id., Repubblica di Venezia": a chapter in the author's book
    state = run([("author", "G. Cozzi,"), ("title", "Politica e diritto,"), ("backref", "in Id.,"),
                 ("title", "Repubblica di Venezia,")])
    assert state.kind == "full"


def test_in_idem_makes_the_author_the_container_author() -> None:
    state = ItemState.from_fields([("author", "G. Cozzi,"), ("title", "Politica,"), ("backref", "in Id.,"),
                                   ("title", "Repubblica,")])
    state.item["author"] = [{"family": "Cozzi", "given": "G."}]  # what the names step wrote
    BackRef()(state, Context())
    assert state.item["container-author"] == [{"family": "Cozzi", "given": "G."}]
    assert state.kind == "full"
