"""Ligatures, soft hyphens and zero-width characters from PDF text never reach a note's text."""

from __future__ import annotations

import pytest

from citekit.readers import plain_typography, read_document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ofﬁcial ﬂows, eﬀect, oﬃce, baﬄe", "official flows, effect, office, baffle"),
        ("New Ha\u00ad ven", "New Haven"),  # a soft hyphen at a line end, joined with a space
        ("Ge\u00adschich\u00adte", "Geschichte"),
        ("zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined"),
        ("Gur´ianov, Europe–Asia, «Titre»", "Gur´ianov, Europe–Asia, «Titre»"),  # other characters stay
        ("plain ASCII - kept", "plain ASCII - kept"),
    ],
)
def test_plain_typography(text: str, expected: str) -> None:
    assert plain_typography(text) == expected


def test_note_text_from_pdf_text_has_plain_letters() -> None:
    document = (
        "The argument is well known.1 It has been ofﬁcially contested.2\n\n"
        "1 See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.\n"
        "2 Oleg Khlevniuk, The History of the Gulag, New Ha\u00ad\nven, 2004, p. 12 (ﬁrst ed.).\n"
    )
    result = read_document("article.txt", document.encode())
    assert [note.text for note in result.notes] == [
        "See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.",
        "Oleg Khlevniuk, The History of the Gulag, New Haven, 2004, p. 12 (first ed.).",
    ]
    assert "officially" in result.body
