"""Field accuracy of the shipped parser on hand-written humanities and law footnotes.

    python3 benchmarks/parse_notes_handwritten.py [-v]

The footnote forms of issue #3 that the training corpora (mostly
bibliography lists) lack: German legal and humanities notes (``in: … (Hrsg.)``,
``Bd.``, ``Aufl.``, ``§ … Rn.``, ``a.a.O. (Fn. 3)``, journal abbreviation with
the year in brackets and the pinpoint in brackets), US law reviews
(Bluebook: volume before the journal, ``Id. at``, ``supra note``), APA and
author-date short cites, Italian and French back-references, and a citation
followed by a commentary clause.  Every note and its expected fields were
written by hand for this benchmark (none is generated, none comes from the
training data); the fields follow the labelling convention of
:mod:`citekit.training.corpus` (cue words inside the field they introduce,
edge punctuation outside).  A field is right when label and text (edge
punctuation removed) both match; ``other`` is not scored.  ``-v`` prints the
misses.

A second figure scores whole entries: the CSL item, locator and its label,
citation kind and signal that the parser makes of the note, against what the
normalizers make of the hand-written spans.  A tagging slip that a
normalizer repairs ("Law's Empire 45 (1986)" tagged as a journal and its
volume, read back as a book cited at page 45) counts as right there.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

Fields = list[tuple[str, str]]

CASES: list[tuple[str, Fields]] = [
    # German legal and humanities notes
    ("Luhmann, Rechtssoziologie (1972) 239.",
     [("author", "Luhmann"), ("title", "Rechtssoziologie"), ("date", "1972"), ("locator", "239")]),
    ("Alte Kalender. Alle Jahre wieder – Kalender aus vier Jahrhunderten, Bückeburg 1986.",
     [("title", "Alte Kalender. Alle Jahre wieder – Kalender aus vier Jahrhunderten"),
      ("location", "Bückeburg"), ("date", "1986")]),
    ("Müller, in: Schmidt (Hrsg.), Handbuch des Verwaltungsrechts, Bd. 2, 3. Aufl. 2010, § 12 Rn. 5.",
     [("author", "Müller"), ("editor", "in: Schmidt (Hrsg."),
      ("container-title", "Handbuch des Verwaltungsrechts"), ("volume", "Bd. 2"),
      ("edition", "3. Aufl"), ("date", "2010"), ("locator", "§ 12 Rn. 5")]),
    ("Vgl. Kersting, a.a.O. (Fn. 3), S. 12.",
     [("signal", "Vgl."), ("author", "Kersting"), ("backref", "a.a.O. (Fn. 3"), ("locator", "S. 12")]),
    ("Meier, ZRG GA 120 (2003), 1 (15).",
     [("author", "Meier"), ("container-title", "ZRG GA"), ("volume", "120"), ("date", "2003"),
      ("pages", "1"), ("locator", "15")]),
    ("Hans Wolff, Die Reichskammergerichtsordnung, in: Zeitschrift für Neuere Rechtsgeschichte 31 "
     "(2009), S. 45–67, hier S. 50.",
     [("author", "Hans Wolff"), ("title", "Die Reichskammergerichtsordnung"),
      ("container-title", "in: Zeitschrift für Neuere Rechtsgeschichte"), ("volume", "31"),
      ("date", "2009"), ("pages", "S. 45–67"), ("locator", "hier S. 50")]),
    ("Siehe Wieacker, Privatrechtsgeschichte der Neuzeit, 2. Aufl., Göttingen 1967, S. 204 f.",
     [("signal", "Siehe"), ("author", "Wieacker"), ("title", "Privatrechtsgeschichte der Neuzeit"),
      ("edition", "2. Aufl"), ("location", "Göttingen"), ("date", "1967"), ("locator", "S. 204 f.")]),
    ("Ebd., S. 17.", [("backref", "Ebd."), ("locator", "S. 17")]),
    # US law reviews (Bluebook)
    ("Cass R. Sunstein, On the Expressive Function of Law, 144 U. Pa. L. Rev. 2021, 2025 (1996).",
     [("author", "Cass R. Sunstein"), ("title", "On the Expressive Function of Law"),
      ("volume", "144"), ("container-title", "U. Pa. L. Rev."), ("pages", "2021"),
      ("locator", "2025"), ("date", "1996")]),
    ("Id. at 2030.", [("backref", "Id."), ("locator", "at 2030")]),
    ("See generally Ronald Dworkin, Law's Empire 45 (1986).",
     [("signal", "See generally"), ("author", "Ronald Dworkin"), ("title", "Law's Empire"),
      ("locator", "45"), ("date", "1986")]),
    ("Sunstein, supra note 12, at 45.",
     [("author", "Sunstein"), ("backref", "supra note 12"), ("locator", "at 45")]),
    ("See, e.g., Lawrence Lessig, The Regulation of Social Meaning, 62 U. Chi. L. Rev. 943, "
     "951–53 (1995).",
     [("signal", "See, e.g.,"), ("author", "Lawrence Lessig"),
      ("title", "The Regulation of Social Meaning"), ("volume", "62"),
      ("container-title", "U. Chi. L. Rev."), ("pages", "943"), ("locator", "951–53"),
      ("date", "1995")]),
    # APA / Harvard author-date
    ("Feinstein, S., & Wood, R. (1995). Teaching history in the museum. Journal of Museum "
     "Education, 12(3), 45–67.",
     [("author", "Feinstein, S., & Wood, R."), ("date", "1995"),
      ("title", "Teaching history in the museum"), ("container-title", "Journal of Museum Education"),
      ("volume", "12"), ("issue", "3"), ("pages", "45–67")]),
    ("(Smith 2004, 23)", [("author", "Smith"), ("date", "2004"), ("locator", "23")]),
    ("See Brubaker (1996: 58).", [("signal", "See"), ("author", "Brubaker"), ("date", "1996"),
                                  ("locator", "58")]),
    ("Cf. Tilly 1992, p. 14.", [("signal", "Cf."), ("author", "Tilly"), ("date", "1992"),
                                ("locator", "p. 14")]),
    # Italian
    ("G. Cozzi, Politica e diritto, in Id., Repubblica di Venezia e Stati italiani, Torino 1982, "
     "pp. 12-15.",
     [("author", "G. Cozzi"), ("title", "Politica e diritto"), ("backref", "in Id."),
      ("container-title", "Repubblica di Venezia e Stati italiani"), ("location", "Torino"),
      ("date", "1982"), ("pages", "pp. 12-15")]),
    ("Cozzi, Repubblica di Venezia cit., p. 112.",
     [("author", "Cozzi"), ("title", "Repubblica di Venezia"), ("backref", "cit."),
      ("locator", "p. 112")]),
    ("Cfr. M. Berengo, La società veneta alla fine del Settecento, Firenze 1956, pp. 33-40.",
     [("signal", "Cfr."), ("author", "M. Berengo"),
      ("title", "La società veneta alla fine del Settecento"), ("location", "Firenze"),
      ("date", "1956"), ("locator", "pp. 33-40")]),
    ("Ivi, p. 41.", [("backref", "Ivi"), ("locator", "p. 41")]),
    # French
    ("Braudel, op. cit., p. 12.", [("author", "Braudel"), ("backref", "op. cit."), ("locator", "p. 12")]),
    ("Voir F. Braudel, La Méditerranée et le monde méditerranéen, Paris, Armand Colin, 1966, t. 2, "
     "p. 45.",
     [("signal", "Voir"), ("author", "F. Braudel"),
      ("title", "La Méditerranée et le monde méditerranéen"), ("location", "Paris"),
      ("publisher", "Armand Colin"), ("date", "1966"), ("volume", "t. 2"), ("locator", "p. 45")]),
    ("M. Bloch, Les rois thaumaturges, Strasbourg, 1924, p. 89 et s.",
     [("author", "M. Bloch"), ("title", "Les rois thaumaturges"), ("location", "Strasbourg"),
      ("date", "1924"), ("locator", "p. 89 et s.")]),
    # English humanities notes, with a commentary clause
    ("Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3, who argues that the purges were "
     "driven from the centre.",
     [("author", "Paul Hagenloh"), ("title", "Stalin’s Police"), ("location", "Baltimore"),
      ("date", "2009"), ("locator", "p. 3")]),
    ("Quentin Skinner, The Foundations of Modern Political Thought, 2 vols (Cambridge: Cambridge "
     "University Press, 1978), ii, 12.",
     [("author", "Quentin Skinner"), ("title", "The Foundations of Modern Political Thought"), ("volume", "2 vols"),
      ("location", "Cambridge"), ("publisher", "Cambridge University Press"), ("date", "1978"),
      ("locator", "ii, 12")]),
    ("Davies, ‘The Making of a Historian’, p. 14; but see the critique in the introduction.",
     [("author", "Davies"), ("title", "The Making of a Historian"), ("locator", "p. 14")]),
    ("Ibid., 23–25.", [("backref", "Ibid."), ("locator", "23–25")]),
    ("Jane Smith, ‘Courts and Crowds’, in Law and Society in Early Modern England, ed. John Brown "
     "(Oxford: Clarendon Press, 2001), pp. 101–30 (p. 110).",
     [("author", "Jane Smith"), ("title", "Courts and Crowds"),
      ("container-title", "in Law and Society in Early Modern England"), ("editor", "ed. John Brown"),
      ("location", "Oxford"), ("publisher", "Clarendon Press"), ("date", "2001"),
      ("pages", "pp. 101–30"), ("locator", "p. 110")]),
]


def _key(text: str) -> str:
    from citekit.training.evaluate import _key as key

    return key(text)


def _entry(parsed: Any) -> tuple[Any, ...]:
    return (parsed.item, parsed.locator, parsed.label, parsed.kind, parsed.prefix)


def main() -> int:
    from citekit.normalize import normalize_fields
    from citekit.parser import parse_reference

    verbose = "-v" in sys.argv[1:]
    right = predicted = gold = exact = same_entry = 0
    per_label: dict[str, Counter[str]] = {}
    for text, expected in CASES:
        parsed = parse_reference(text)
        got = Counter((label, _key(value)) for label, value in parsed.fields if label != "other")
        # the entry as a whole: what the normalizers make of the tagger's spans against what they
        # make of the gold spans (so a tagging slip the normalizers repair counts as right here)
        reference = normalize_fields(expected)
        entry_ok = _entry(parsed) == _entry(reference)
        same_entry += entry_ok
        want = Counter((label, _key(value)) for label, value in expected)
        hit = got & want
        right += sum(hit.values())
        predicted += sum(got.values())
        gold += sum(want.values())
        exact += got == want
        for label, _ in want.elements():
            per_label.setdefault(label, Counter())["gold"] += 1
        for label, _ in hit.elements():
            per_label[label]["right"] += 1
        if verbose and got != want:
            print(f"MISS {text}\n  missing {sorted((want - got).elements())}\n"
                  f"  extra   {sorted((got - want).elements())}\n"
                  f"  entry   {'same as from the gold spans' if entry_ok else 'differs'}")
        elif verbose and not entry_ok:
            print(f"ENTRY {text}\n  got  {_entry(parsed)}\n  gold {_entry(reference)}")
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{len(CASES)} hand-written notes, {gold} fields: precision {precision:.3f} "
          f"recall {recall:.3f} F1 {f1:.3f}; notes fully right {exact}/{len(CASES)}")
    print(f"entries (item, locator, label, kind, signal) equal to the normalized gold spans': "
          f"{same_entry}/{len(CASES)}")
    print("| label | gold | recall |\n|---|---:|---:|")
    for label, counts in sorted(per_label.items(), key=lambda kv: -kv[1]["gold"]):
        print(f"| {label} | {counts['gold']} | {counts['right'] / counts['gold']:.2f} |")
    print("reproduce: python3 benchmarks/parse_notes_handwritten.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
