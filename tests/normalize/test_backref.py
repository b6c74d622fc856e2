"""Back-references: ibid., idem, op. cit., supra."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
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
        P("Ibíd.,", "ibid", id="spanish-ibid-accent"),
        P("Íd.,", "idem", id="spanish-id-accent"),
        P("Tam zhe.", "ibid", id="russian-tam-zhe"),
        P("Idem, ibidem,", "ibid", id="idem-ibidem-same-work"),
        P("id. ibid.,", "ibid", id="id-ibid"),
        P("Tam, where", None, id="tam-alone-is-no-backref"),
        P("Там же.", "ibid", id="russian-ibid-cyrillic"),
        P("Указ. соч.", "op-cit", id="russian-op-cit-cyrillic"),
        P("Ukaz. soch.,", "op-cit", id="russian-op-cit-transliterated"),
        P("Он же,", "idem", id="russian-idem-cyrillic"),
        P("Tamże,", "ibid", id="polish-tamze"),
        P("Tamtéž,", "ibid", id="czech-tamtez"),
        P("Smst.,", "ibid", id="swedish-sammastades"),
        P("dz. cyt.,", "op-cit", id="polish-dzielo-cytowane"),
        P("a.a.,", "op-cit", id="swedish-anfort-arbete"),
        P("t.a.p.", "op-cit", id="dutch-ter-aangehaalder-plaatse"),
        P("A. A.", None, id="capital-initials-are-no-op-cit"),
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


@pytest.mark.parametrize(
    "fields",
    [
        P([("author", "Ibíd.,"), ("locator", "pág. 821.")], id="spanish-ibid-read-as-author"),
        P([("title", "Tam zhe."), ("locator", "S. 45.")], id="russian-ibid-read-as-title"),
        P([("title", "Ibid.,"), ("pages", "p. 168.")], id="ibid-read-as-title"),
        P([("author", "Там же."), ("locator", "С. 45.")], id="cyrillic-ibid-read-as-author"),
    ],
)
def test_back_reference_read_as_author_or_title(fields: list[tuple[str, str]]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.kind == "ibid"
    assert "author" not in parsed.item and "title" not in parsed.item


def test_supra_read_as_author_takes_the_note_number() -> None:
    parsed = normalize_fields([("signal", "Voir"), ("author", "supra,"), ("locator", "n. 12.")])
    assert (parsed.kind, parsed.locator) == ("supra", None)
    assert parsed.item.get("first-reference-note-number") == "12" and "author" not in parsed.item


def test_idem_read_as_author_takes_the_previous_author() -> None:
    prev = {"type": "book", "author": [{"family": "Maravall"}]}
    parsed = normalize_fields([("author", "Íd.,"), ("locator", "pág. 52.")], prev=prev)
    assert (parsed.kind, parsed.item["author"], parsed.locator) == ("idem", [{"family": "Maravall"}], "52")


@pytest.mark.parametrize(
    ("fields", "locator"),
    [
        P([("backref", "Ibid.,"), ("volume", "2:45.")], "2:45", id="volume-colon-page"),
        P([("backref", "Ibid.,"), ("volume", "2:45–47.")], "2:45-47", id="volume-colon-range"),
        P([("backref", "Ibid.,"), ("volume", "vol. 2,"), ("locator", "45.")], "45", id="volume-of-its-own-stays"),
    ],
)
def test_ibid_volume_and_page(fields: list[tuple[str, str]], locator: str) -> None:
    parsed = normalize_fields(fields)
    assert (parsed.kind, parsed.locator, parsed.label) == ("ibid", locator, "page")
    assert "issue" not in parsed.item and "page" not in parsed.item


def test_author_named_like_a_back_reference_word_is_kept() -> None:
    parsed = normalize_fields([("author", "Ebdon,"), ("title", "Coal and Iron,"), ("locator", "p. 3.")])
    assert parsed.kind == "short" and parsed.item["author"] == [{"family": "Ebdon"}]


def test_idem_read_as_author_keeps_the_new_title() -> None:
    fields = [("author", "Idem,"), ("title", "Colbert e gli specchi veneziani,"),
              ("container-title", "Giornale economico,"), ("volume", "XLVIX"), ("pages", "pp. 364-368.")]
    parsed = normalize_fields(fields, prev={"type": "book", "author": [{"family": "Zecchin"}]})
    assert parsed.kind == "idem"
    assert parsed.item["title"] == "Colbert e gli specchi veneziani"
    assert parsed.item["author"] == [{"family": "Zecchin"}]


@pytest.mark.parametrize(
    ("fields", "kind", "author"),
    [
        P([("author", "Heckscher, a.a.,"), ("locator", "s. 120.")], "op-cit", [{"family": "Heckscher"}],
          id="swedish-op-cit-in-the-author-span"),
        P([("author", "Kaal, t.a.p.")], "op-cit", [{"family": "Kaal"}], id="dutch-loc-cit-in-the-author-span"),
        P([("author", "Smith, A. A.,"), ("locator", "12.")], "short", None, id="initials-stay-a-name"),
        P([("author", "Tamże,"), ("locator", "s. 17.")], "ibid", None, id="polish-ibid-read-as-author"),
    ],
)
def test_back_reference_the_tagger_read_as_a_name(
    fields: list[tuple[str, str]], kind: str, author: list[dict[str, str]] | None
) -> None:
    parsed = normalize_fields(fields)
    assert parsed.kind == kind
    if author is not None:
        assert parsed.item["author"] == author


def test_polish_op_cit_closing_a_title() -> None:
    parsed = normalize_fields([("author", "Tazbir,"), ("title", "Państwo bez stosów, dz. cyt.,"), ("locator", "s. 4.")])
    assert (parsed.kind, parsed.item["title"]) == ("op-cit", "Państwo bez stosów")
