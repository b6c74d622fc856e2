"""One back-reference vocabulary (``citekit.normalize.backref``) for the classifier and the parser.

Every form of the lists is read alike by the extraction classifier (a note's piece) and by the
parser's back-reference normaliser (a tagged span) -- ibid., idem, op. cit. and supra -- and the Polish/Czech lead-in verbs, a year a
title governs and the stored form of a back-reference's range are checked here, one table each.
"""

from __future__ import annotations

import re

import pytest

from citekit.extraction.classify import classify
from citekit.extraction.locators import stored_locator
from citekit.extraction.split import split_note
from citekit.normalize.backref import (
    IBID_FORMS,
    IDEM_FORMS,
    OPCIT_FORMS,
    SUPRA_WORDS,
    backref_kind,
    forms_pattern,
)


def _capitalised(form: str) -> str:
    return form[:1].upper() + form[1:]


@pytest.mark.parametrize("form", IBID_FORMS)
def test_every_ibid_form_is_ibid_to_both(form: str) -> None:
    text = f"{_capitalised(form)}{'' if form.endswith('.') else '.'}, p. 5"
    assert classify(text).kind == "ibid"
    assert backref_kind(f"{_capitalised(form)},") == "ibid"


@pytest.mark.parametrize("form", IDEM_FORMS)
def test_every_idem_form_is_idem_to_both(form: str) -> None:
    info = classify(f"{_capitalised(form)}, Dzieje kultury polskiej, p. 5")
    assert (info.kind, info.title) == ("idem", "Dzieje kultury polskiej")
    assert backref_kind(f"{_capitalised(form)},") == "idem"


@pytest.mark.parametrize("word", SUPRA_WORDS)
def test_every_supra_word_points_back_to_both(word: str) -> None:
    info = classify(f"Rossi, {word} n. 4, p. 5")
    assert (info.kind, info.author, info.title, info.note_ref) == ("supra", "Rossi", None, "4")
    assert backref_kind(f"{word} n. 4") == "supra"


@pytest.mark.parametrize("forms,stops,text,matches", [
    (("id.",), True, "id.", True),
    (("id.",), True, "id", False),  # a form's own full stop is needed
    (("id.",), False, "id", True),
    (("ibid",), True, "ibidem", False),  # a form ends at a word's end
    (("tam zhe",), True, "tam   zhe", True),  # a space is any run of spaces
])
def test_forms_pattern(forms: tuple[str, ...], stops: bool, text: str, matches: bool) -> None:
    assert bool(re.fullmatch(forms_pattern(forms, stops=stops), text)) is matches


@pytest.mark.parametrize("text,kind", [
    ("Idemque", "commentary"),  # a word that begins like "idem" is none
    ("Dies ist eine Frage der Zeit.", "commentary"),
    ("Id. at 35.", "ibid"),
    ("Tam je, s. 5.", "ibid"),
    ("Addison, Road to 1945, 130.", "short"),  # a year the title governs is no imprint
    ("Sabbatucci e Vidotto, Storia d’Italia dopo il 1945, p. 50.", "short"),
    ("Judt, Europe since 1945, 20.", "short"),
    ("Smith, Britain since 1945, London 1990, 5.", "full"),  # the imprint's year still counts
    ("Müller, Deutschland 1945, S. 5.", "full"),  # a bare year after a title is the imprint's
])
def test_kinds(text: str, kind: str) -> None:
    assert classify(text).kind == kind


@pytest.mark.parametrize("note,prefix,start", [
    ("Pisał o tym Jan Kowalski, Dzieje Polski 1795–1918 (Warszawa: PWN, 1998), s. 45.", "Pisał o tym", "Jan"),
    ("Podobnie pisała Anna Nowak, Kobiety w Galicji (Kraków: Universitas, 2005), s. 12.", "Podobnie pisała", "Anna"),
    ("Zwracał na to uwagę już Henryk Wereszycki, Historia polityczna Polski (Paryż: Instytut Literacki, 1979), s. 101.",
     "Zwracał na to uwagę już", "Henryk"),
    ("Psal o tom Josef Novák, Dějiny Moravy (Praha: Academia, 2003), s. 88.", "Psal o tom", "Josef"),
    ("Uvádí to Jiří Kořalka, Češi v habsburské říši (Praha: Argo, 1996), s. 77.", "Uvádí to", "Jiří"),
    # a diary named by its writer before an entry's date is the entry's title, not a lead-in
    ("Diary of Beatrice Webb, 4 May 1926, in The Diary of Beatrice Webb, ed. Norman and Jeanne MacKenzie, "
     "vol. 4 (London: Virago, 1985), 71.", None, "Diary"),
    ("Letters of Giuditta Pasta, Bibliothèque nationale de France, NAF 13 567, fol. 22v.", "Letters of", "Giuditta"),
])
def test_lead_ins(note: str, prefix: str | None, start: str) -> None:
    piece = next(p for p in split_note(note) if not p.is_commentary)
    assert (piece.prefix, piece.text.split()[0]) == (prefix, start)


@pytest.mark.parametrize("value,stored", [
    ("392-93", "392-393"), ("1710–12", "1710-1712"), ("10–12", "10-12"), ("4:73", "4:73"),
    ("6ff.", "6ff."), ("12v–14r", "12v–14r"), ("xii–xv", "xii–xv"), ("45", "45"),
])
def test_stored_locator(value: str, stored: str) -> None:
    assert stored_locator(value) == stored


@pytest.mark.parametrize("form", OPCIT_FORMS)
def test_every_op_cit_form_is_op_cit_to_both(form: str) -> None:
    info = classify(f"Heckscher, {form}, p. 120")
    assert (info.kind, info.author) == ("op-cit", "Heckscher")
    assert backref_kind(f"{form},") == "op-cit"
