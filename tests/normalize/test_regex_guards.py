"""Expressions rewritten for speed find exactly what they were first written to find.

Several normalizer expressions start with a lookahead that names the first
characters a match can have (most positions of a search then fail on one
test), or take an equivalent form that a search can skip through faster.
Each is held here to the expression it replaced, match for match (span and
groups), on generated text made of the pieces the expressions look for;
so are the shortcuts that skip an expression (``expand_dashed_range``, the
last-letter test before ``_KEEP_PERIOD_RE``).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.normalize import archive, item_type, names, pages, title
from citekit.normalize._text import expand_dashed_range, expand_range, hyphen_dashes

#: (the expression in use, the expression as first written)
_PAIRS = {
    "subtitle": (
        title._SUBTITLE_RE,
        re.compile(r"[:?!](?= )|\.(?= [A-ZÀ-Þ])"),
    ),
    "shelf": (
        archive._SHELF_RE,
        re.compile(
            r"(?:^|(?<=[\s,;(]))(?:(?P<word>busta|buste|bb|filza|filze|fz|fond|fonds|reg|registro|registri|"
            r"fasc|fase|fascicolo|doc|docs|op|opis|delo|khr|cart|cartella|mazzo|"
            r"ll|list|listy|cc|carta|carte|fol|fols|ff)(?:\.\s*|\s+)|(?P<letter>[bfdlc])\.\s*|(?P<spaced>B)\s+)"
            r"(?P<value>(?:[A-ZА-Я]{1,2}\s?[-–]\s?)?\d[\w/]*(?:\s*[-–—]\s*\d[\w/]*)?|[IVXLC]+\b)",
            re.I,
        ),
    ),
    "role": (
        names._ROLE_RE,
        re.compile(
            r"(?P<trans>\b(?:translated\s+by|trans(?:l)?\.(?:\s+by)?|tr\.(?:\s+by)?|übers(?:etzt)?\.?(?:\s+v(?:on|\.))?"
            r"|übersetzt\s+von|traduit\s+(?:de\s+\S+\s+)?par|trad\.(?:\s+(?:par|di|da|by))?|tradotto\s+da"
            r"|traduzione\s+di|translator|tradução\s+de|vert\.(?:\s+door)?|vertaald\s+door|przeł\.|přel\.|övers\."
            r"|overs\.(?:\s+af)?|oversat\s+af)(?=\W|$))"
            r"|(?P<rev>\b(?-i:rev\.)(?:\s+by)?(?=\s+[A-ZÀ-Þ]))"
            r"|(?P<ed>(?:\bedited\s+by|\bed\.\s+by|\beds?\.|\bedd\.|\beds\b|\beditors?\b|\(eds?\)|\bed\b(?=\s*\))"
            r"|\bhrsg\.(?:\s+v(?:on|\.))?|\bhg\.(?:\s+v(?:on|\.))?|\bhgg\.|\bherausgegeben\s+von|\bhrsg\b"
            r"|\béds?\.(?:\s+par)?|\bsous\s+la\s+dir(?:ection|\.)?\s+de|\bdir\.|\ba\s+cura\s+di"
            r"|\bcur\.|\bcoord\.|\bcompiled\s+by|\bcomp\.|\ba\s+c\.\s+di\b|\bdirett[ao]\s+da|\bdirig[ée]e?\s+par"
            r"|\b(?:pod\s+)?red\.|\budg\.(?:\s+af)?|\butg\.(?:\s+av)?|\bonder\s+redactie\s+van|\bbezorgd\s+door"
            r"|\(orgs?\.?\)|\(coords?\.?\))(?=\W|$))",
            re.I,
        ),
    ),
    "statute": (
        item_type._STATUTE_RE,
        re.compile(
            r"\b(?:act|acts|statute|code|gesetz|gesetzbuch|verordnung|loi|décret|decreto|legge|regulation|"
            r"directive|ordinance|ukaz|postanovlenie|u\.s\.c|stat\.|c\.\s*\d+)\b|§",
            re.I,
        ),
    ),
    "reporter": (
        item_type._REPORTER_RE,
        re.compile(
            r"\b(?:U\.S\.|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th|Supp\.?)|All E\.?R|A\.C\.|Q\.B\.|K\.B\.|Ch\.|W\.L\.R\.|"
            r"L\.\s?Ed\.|BGHZ|BVerfGE|E\.C\.R\.|(?:AC|QB|KB|WLR|UKSC|UKHL|EWCA|EWHC|Cr\s?App\s?R)\b)"
        ),
    ),
}

_PIECES = st.sampled_from(
    [" ", "  ", ",", ";", "(", ")", ".", ":", "?", "!", "-", "–", "/", "\t", "\n", "A", "É", "a", "é", "x", "Z",
     "1", "12", "3r", "IV", "C", "ſ", "K", "ß", "ü", "Ü", "§",
     "b.", "bb.", "busta", "f.", "fol.", "ff.", "ll.", "l.", "c.", "carte", "cartella", "Cartella", "reg.",
     "op.", "d.", "delo", "fond", "khr", "mazzo", "Filza", "fasc.",
     "ed.", "eds.", "Eds", "(ed)", "(eds)", "edited by", "ed. by", "editor", "hrsg.", "Hrsg. v.", "hg. von",
     "hgg.", "herausgegeben von", "éd.", "éds. par", "sous la direction de", "dir.", "a cura di", "a c. di",
     "cur.", "coord.", "compiled by", "comp.", "trans.", "transl. by", "tr.", "übers. v.", "übersetzt von",
     "traduit de X par", "trad. di", "tradotto da", "traduzione di", "translator", "translated by",
     "diretta da", "dirigée par", "red.", "(red.)", "pod red.", "udg. af", "utg. av", "(Org.)", "(orgs)",
     "(coord.)", "onder redactie van", "bezorgd door", "vert.", "vertaald door", "przeł.", "přel.", "övers.",
     "overs. af", "oversat af", "tradução de", "rev.", "Rev.", "rev. by",
     "act", "Acts", "statute", "code", "Gesetz", "loi", "décret", "legge", "u.s.c", "stat.", "c. 12", "c.3",
     "U.S.", "S. Ct.", "S.Ct.", "F. 2d", "F.3d", "F. Supp.", "All ER", "All E.R", "A.C.", "Q.B.", "K.B.",
     "Ch.", "W.L.R.", "L. Ed.", "BGHZ", "BVerfGE", "E.C.R.", "The Title", "Sub", "Über"]
)
_TEXT = st.lists(_PIECES, max_size=16).map("".join) | st.text(max_size=40)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(_PAIRS))
@pytest.mark.parametrize(
    "text",
    [
        "GARF, f. 5446, op. 1, d. 23, l. 4", "ASV, Senato Misti, reg. 12, c. 34r", "b. IV, fol. 109r (cart. 3)",
        "Paul Hagenloh (ed.), trans. by X; hg. v. Y", "Smith v. Jones, 347 U.S. 483, 74 S. Ct. 686",
        "Civil Rights Act of 1964, § 7", "Title: Subtitle. Second Part? yes! and. lower", "a.b. C. D",
    ],
)
def test_examples(name: str, text: str) -> None:
    fast, plain = _PAIRS[name]
    assert _matches(fast, text) == _matches(plain, text)


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_same_matches_as_first_written(text: str) -> None:
    for fast, plain in _PAIRS.values():
        assert _matches(fast, text) == _matches(plain, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("751–66", "751-766"), ("12 - 14", "12-14"), ("1926–1941", "1926-1941"), ("99-100", "99-100"),
        ("751–00", "751-00"), ("100-5", "100-105"), ("A70–A75", "A70-A75"), ("12a-13b", "12a-13b"),
        ("6ff.", "6ff."), ("12v", "12v"), ("3 -- 4", "3-4"), ("٣-٤", "٣-٤"), ("1-2\n", "1-2"),
    ],
)
def test_expand_dashed_range(text: str, expected: str) -> None:
    assert expand_dashed_range(text) == expected == expand_range(hyphen_dashes(text))


_RANGES = st.lists(
    st.sampled_from(["1", "12", "751", "0", "00", "٣", " ", "  ", "-", "–", "—", "--", "a", "A", "v", ".", "\n", "x"]),
    max_size=9,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(_RANGES | st.text(max_size=20))
def test_expand_dashed_range_is_expand_range_of_hyphen_dashes(text: str) -> None:
    assert expand_dashed_range(text) == expand_range(hyphen_dashes(text))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["6", " ", "f", "ff", "sq", "sqq", "seq", "s", "ss", "segg", "sgg", "seg", "sg",
                                 "suiv", "x", "F", "S", "."]), max_size=6).map("".join) | st.text(max_size=12))
def test_keep_period_needs_one_of_its_last_letters(text: str) -> None:
    value = text + "."
    if pages._KEEP_PERIOD_RE.search(value[-7:]):
        assert value[-2:-1] in pages._KEEP_PERIOD_LAST
