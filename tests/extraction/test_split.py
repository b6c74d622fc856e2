"""Table tests: one note's text -> its citation pieces (signal, text, kind)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.extraction.split import split_note

CASES = [
    (
        "'sowie' after a statute's provision adds a work; the provision is no short form",
        "Siehe § 280 BGB sowie Larenz, Schuldrecht I, 14. Aufl. 1987, S. 12.",
        [("Siehe", "§ 280 BGB", "commentary"), (None, "Larenz, Schuldrecht I, 14. Aufl. 1987, S. 12.", "full")],
    ),
    (
        "two works and a signal clause, sentence boundary after a pinpoint",
        "See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3. For the national operations, "
        "see Irina Shcherbakova (ed.), Nakazannyi narod, Moscow, 1999.",
        [("See", "Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.", "full"),
         ("For the national operations, see", "Irina Shcherbakova (ed.), Nakazannyi narod, Moscow, 1999.", "full")],
    ),
    (
        "prose first, then a short form after an introductory clause",
        "Details of the first mass operation were first published in Trud on 4 June 1992. "
        "For the political context of the publication, see Hagenloh, Stalin’s Police, p. 6ff.",
        [(None, "Details of the first mass operation were first published in Trud on 4 June 1992.", "commentary"),
         ("For the political context of the publication, see", "Hagenloh, Stalin’s Police, p. 6ff.", "short")],
    ),
    (
        "', and' between two complete works",
        "From a large body of work, see Robert Conquest, The Great Terror, London, 1968, and Adam Ulam, "
        "Stalin: The Man and his Era, New York, 1974.",
        [("From a large body of work, see", "Robert Conquest, The Great Terror, London, 1968", "full"),
         (None, "Adam Ulam, Stalin: The Man and his Era, New York, 1974.", "full")],
    ),
    (
        "', and' inside a title is not a boundary",
        "Mary Smith, War, Peace, and Diplomacy in Europe, Oxford, 2001, p. 4.",
        [(None, "Mary Smith, War, Peace, and Diplomacy in Europe, Oxford, 2001, p. 4.", "full")],
    ),
    (
        "semicolons separate works, not inside parentheses",
        "Cf. John Doe, The Law (Oxford; New York, 1999), p. 3; ibid., p. 5; Doe, Law, p. 9.",
        [("Cf.", "John Doe, The Law (Oxford; New York, 1999), p. 3", "full"),
         (None, "ibid., p. 5", "ibid"), (None, "Doe, Law, p. 9.", "short")],
    ),
    (
        "German signals and back-references",
        "Vgl. Luhmann (Fn. 2), S. 5 f.; ebd., S. 7; a.A. ist Teubner.",
        [("Vgl.", "Luhmann (Fn. 2), S. 5 f.", "supra"), (None, "ebd., S. 7", "ibid"),
         ("a.A.", "ist Teubner.", "commentary")],  # ("a.A.": andere Ansicht, a signal)
    ),
    (
        "French and Italian signals",
        "Voir Jean Dupont, Le droit, Paris, 1990, p. 12; cfr. G. Rossi, Il diritto, Milano 1985, p. 3.",
        [("Voir", "Jean Dupont, Le droit, Paris, 1990, p. 12", "full"),
         ("cfr.", "G. Rossi, Il diritto, Milano 1985, p. 3.", "full")],
    ),
    (
        "initials are not sentence ends",
        "A. E. Gur´ianov, Repressii, Moscow, 1997. B. C. Doe, Other, London, 2000.",
        [(None, "A. E. Gur´ianov, Repressii, Moscow, 1997.", "full"),
         (None, "B. C. Doe, Other, London, 2000.", "full")],
    ),
    (
        "a title with a full stop inside stays whole",
        "C. Agnoletti, Treviso e le sue pievi. Illustrazione storica, Treviso 1898, p. 4.",
        [(None, "C. Agnoletti, Treviso e le sue pievi. Illustrazione storica, Treviso 1898, p. 4.", "full")],
    ),
    (
        "commentary running on after a citation stays out of the piece",
        "Polanyi, The Great Transformation (2001), 71 ff, hat Boden als fiktive Ware bezeichnet, weil es "
        "sich dabei nicht um Güter handelt.",
        [(None, "Polanyi, The Great Transformation (2001), 71 ff", "full")],
    ),
    (
        "a prose lead-in before a citation becomes its prefix",
        "Untersuchungen in Buchlänge sind u. a.: Steven Shapin und Simon Schaffer, Leviathan and the Air-Pump, "
        "Princeton 1985.",
        [("Untersuchungen in Buchlänge sind u. a.", "Steven Shapin und Simon Schaffer, Leviathan and the Air-Pump, "
          "Princeton 1985.", "full")],
    ),
    (
        "author-date references run together in one note",
        "Phipps, C. (2015, April 28). Who were the eight people executed by Indonesia? The Guardian. "
        "https://perma.cc/9PPQ Ward, L. (2015). A Sea of Information. North Carolina School Library.",
        [(None, "Phipps, C. (2015, April 28). Who were the eight people executed by Indonesia? The Guardian. "
          "https://perma.cc/9PPQ", "full"),
         (None, "Ward, L. (2015). A Sea of Information. North Carolina School Library.", "full")],
    ),
    (
        "a corporate author-date reference",
        "United States Bureau of Labor Statistics. (n.d.). CPI Inflation Calculator. https://www.bls.gov/x",
        [(None, "United States Bureau of Labor Statistics. (n.d.). CPI Inflation Calculator. https://www.bls.gov/x",
          "full")],
    ),
    (
        "a title's date range then its subtitle",
        "J. M. Beattie, Policing and punishment in London, 1660–1750. Urban crime and the limits of terror, "
        "Oxford 2001, 12.",
        [(None, "J. M. Beattie, Policing and punishment in London, 1660–1750. Urban crime and the limits of terror, "
          "Oxford 2001, 12.", "full")],
    ),
    ("a pure comment", "This point is discussed further below.", [(None, "This point is discussed further below.", "commentary")]),
    ("ibid. alone", "Ibid.", [(None, "Ibid.", "ibid")]),
    ("idem with a full citation", "Idem, The Harvest of Sorrow, London, 1986.",
     [(None, "Idem, The Harvest of Sorrow, London, 1986.", "idem")]),
    ("supra with author", "Hagenloh, supra n. 1, at 7.", [(None, "Hagenloh, supra n. 1, at 7.", "supra")]),
    ("op. cit.", "Sanuto, op. cit., V, col. 455.", [(None, "Sanuto, op. cit., V, col. 455.", "op-cit")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_split(name: str, text: str, expected: list[tuple[str | None, str, str]]) -> None:
    got = [(p.prefix, p.text, p.kind) for p in split_note(text)]
    assert got == expected


def test_spans_index_the_note() -> None:
    text = "See Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3; ibid., p. 4."
    for piece in split_note(text):
        assert text[piece.start: piece.end] == piece.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_split_never_crashes_and_spans_are_exact(text: str) -> None:
    for piece in split_note(text):
        assert text[piece.start: piece.end] == piece.text
        assert piece.text.strip()
