"""Literal pre-tests that guard regular expressions never change what the expressions find.

For speed several normalizers test cheap substrings before an expensive
expression; a pre-test may only say "cannot match" when the expression
indeed cannot.  Each is checked here against its expression on generated text
(ASCII and not).  (The language guess is no longer a reworked plain count:
its properties are tested in ``test_language.py``.)
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.normalize import _person, item_type, pages
from citekit.normalize._text import _CLOSERS_OF, _OPENERS_OF, strip_quotes

_PIECES = st.sampled_from(
    [" ", ",", ".", ";", "/", "&", "-", "a", "l", "u", "e", "t", "V", "S", "A", "C", "o",
     " and ", " et ", " e ", " und ", " And ", " Et ", " AND ", " Und ", "et al.", "u. a.", "u.a.",
     "and others", "e altri", "et coll.", "et autres", "mit anderen", "e.V.", "e. V.", "S.p.A", "S.r.l",
     "S.A.", "Co.", "Proc.", "Conference", "SYMPOSIUM", "Workshop", "congress", "Colloque", "Tagung",
     "convegno", "Meeting", "ſymposium", "worKshop", "ff.", "sqq.", "seq.", "suiv.", "6", " 12 f.",
     "p.", "xsq.", "segg.", "‘", "’", "«", "»", "\"", "'", "é", "ü", " και ", " – ", ",", "ό.π."]
)
_TEXT = st.lists(_PIECES, max_size=14).map("".join) | st.text(max_size=30)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_person_pretests(text: str) -> None:
    if _person._ET_AL_HINT_RE.search(text):
        assert _person._may_hold_et_al(text)
    assert _person._has_corporate_mark(text) == bool(_person._CORPORATE_MARK_RE.search(text))
    # the shortcut gives the expression's split; where " e " stands, pieces the Portuguese-surname rule
    # ("Laura de Mello e Souza") joins again, and only joins: split once more, they are the same
    pieces = _person._split_people(text)
    if " e " not in text:
        assert pieces == _person._SPLIT_RE.split(text)
    assert [part for piece in pieces for part in _person._SPLIT_RE.split(piece)] == _person._SPLIT_RE.split(text)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_conference_pretest(text: str) -> None:
    if item_type._CONFERENCE_RE.search(text):
        assert item_type._may_be_conference(text)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_keep_period_looks_only_at_the_end(text: str) -> None:
    assert bool(pages._KEEP_PERIOD_RE.search(text[-7:])) == bool(pages._KEEP_PERIOD_RE.search(text))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_strip_quotes_shortcut(text: str) -> None:
    """Text with no quotation mark at either end comes back only stripped of separators."""
    edge = text.strip(" \t,;:")
    if edge and edge[0] not in _CLOSERS_OF and edge[-1] not in _OPENERS_OF:
        assert strip_quotes(text) == edge
