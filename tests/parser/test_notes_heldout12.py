"""Twenty legal and legal-history notes (English, US, German, French, Italian, Spanish and EU forms), written
by the integrator on 2026-11-28 (04:28 UTC) before the tenth parser probe round and kept from its author,
whose brief named the domain only (how lawyers and legal historians cite across European traditions).

14 of 20 were fully right at the round's start (563a613) and 16 after it (120 notes of its own, 46/91 ->
83/91): the round generalised to two of the six held-out misses (a Spanish Supreme Court judgment, an
Italian Cassazione decision in Foro italiano). The integrator's rule for a German official collection cited
alone ("BVerfGE 65, 1 (43) – Volkszählung") and for a French decision cited by its report ("Cass. civ. 1re,
20 mai 1936, DP 1936, 1, 88") made 18, and the rule for a volume named with its own title inside a
title span ("Europäisches Privatrecht, Bd. I: Älteres Gemeines Recht") 19 (development). The last one, "Tomás y
Valiente" read into the title span, is right since the integrator's rule for a name in reading order opening a
title span (2026-11-28, 09:20 UTC): 20 (development).
Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Donoghue v Stevenson [1932] AC 562 (HL) 580.",
      {'type': 'legal_case', 'title': 'Donoghue v Stevenson', 'year': 1932}, None, 'full'),
    P("R v Dudley and Stephens (1884) 14 QBD 273, 286.",
      {'type': 'legal_case', 'title': 'R v Dudley and Stephens', 'year': 1884}, None, 'full'),
    P("Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
      {'type': 'legal_case', 'title': 'Brown v. Board of Education', 'volume': '347', 'year': 1954}, ('495', 'page'), 'full'),
    P("Morton J. Horwitz, The Transformation of American Law, 1780–1860 (Cambridge, MA: Harvard University Press, 1977), 31.",
      {'author': ['Horwitz'], 'title': 'The Transformation of American Law, 1780–1860', 'year': 1977}, ('31', 'page'), 'full'),
    P("Robert W. Gordon, “Critical Legal Histories,” Stanford Law Review 36 (1984): 57–125, at 70.",
      {'author': ['Gordon'], 'title': 'Critical Legal Histories', 'container-title': 'Stanford Law Review', 'volume': '36', 'year': 1984}, ('70', 'page'), 'full'),
    P("Oliver Wendell Holmes, Jr., The Path of the Law, 10 Harv. L. Rev. 457, 469 (1897).",
      {'author': ['Holmes'], 'title': 'The Path of the Law', 'volume': '10', 'year': 1897}, ('469', 'page'), 'full'),
    P("Civil Rights Act of 1964, Pub. L. No. 88-352, 78 Stat. 241.",
      {'type': 'legislation'}, None, 'full'),
    P("Human Rights Act 1998, s 3(1).",
      {'type': 'legislation', 'title': 'Human Rights Act 1998'}, None, 'full'),
    P("BGH, Urteil vom 12.5.1998 – VI ZR 182/97, NJW 1998, 2895, 2897.",
      {'type': 'legal_case', 'year': 1998}, None, 'full'),
    # (a strict xfail until the integrator's official-collection rule after round 10: development)
    P("BVerfGE 65, 1 (43) – Volkszählung.",
      {'type': 'legal_case'}, None, 'full'),
    P("Palandt/Grüneberg, BGB, 78. Aufl. 2019, § 242 Rn. 5.",
      {'year': 2019}, None, 'full'),
    P("Helmut Coing, Europäisches Privatrecht, Bd. I: Älteres Gemeines Recht (1500 bis 1800), München 1985, S. 34.",
      {'author': ['Coing'], 'volume': 'I', 'publisher-place': 'München', 'year': 1985}, ('34', 'page'), 'full'),
    P("Franz Wieacker, Privatrechtsgeschichte der Neuzeit, 2. Aufl., Göttingen 1967, S. 97 f.",
      {'author': ['Wieacker'], 'title': 'Privatrechtsgeschichte der Neuzeit', 'edition': '2', 'year': 1967}, None, 'full'),
    # (a strict xfail until the integrator's rule for French decisions cited by their report: development)
    P("Cass. civ. 1re, 20 mai 1936, DP 1936, 1, 88.",
      {'type': 'legal_case', 'year': 1936}, None, 'full'),
    P("Jean-Louis Halpérin, Histoire du droit privé français depuis 1804, Paris, PUF, 1996, p. 112.",
      {'author': ['Halpérin'], 'publisher': 'PUF', 'year': 1996}, ('112', 'page'), 'full'),
    P("Cass. civ., sez. un., 11 novembre 2008, n. 26972, in Foro it., 2009, I, c. 120.",
      {'type': 'legal_case', 'year': 2008}, None, 'full'),
    P("Paolo Grossi, L'ordine giuridico medievale, Roma-Bari, Laterza, 1995, p. 56.",
      {'author': ['Grossi'], 'title': "L'ordine giuridico medievale", 'publisher': 'Laterza', 'year': 1995}, ('56', 'page'), 'full'),
    P("STS 1234/2005, de 15 de noviembre (RJ 2005, 7654).",
      {'type': 'legal_case', 'year': 2005}, None, 'full'),
    P("Francisco Tomás y Valiente, Manual de historia del derecho español, 4.ª ed., Madrid, Tecnos, 1983, p. 245.",
      {'author': ['Tomás y Valiente'], 'publisher': 'Tecnos', 'year': 1983}, ('245', 'page'), 'full'),
    P("Case C-26/62 Van Gend en Loos v Nederlandse Administratie der Belastingen [1963] ECR 1, 12.",
      {'type': 'legal_case', 'year': 1963}, None, 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout12(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
