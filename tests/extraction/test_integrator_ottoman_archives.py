"""The integrator's extraction rules after the seventh extraction round (development: written after the
held-out document of ``test_notes_heldout_split8.py`` was run).

A known archive's siglum opening a citation ("BOA, Cevdet Dahiliye 4567") is no author whose later
citations are short forms: every file it names is complete as cited and gets its own entry (before,
"BOA, Mühimme Defteri 7, no. 1234; BOA, Cevdet Dahiliye 4567." made no entry at all, both pieces short
forms of nothing).  An author-less Turkish "Age." / "A.g.e." (adı geçen eser) repeats the work just
cited, like a bare "Op. cit.".
"""

from __future__ import annotations

from citekit.extraction import extract


def _citations(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract(text, notes_mode=True)
    return [(c.kind, c.id, c.locator) for n in doc.notes for c in n.citations]


def test_files_of_a_known_archive_are_full_citations() -> None:
    doc = extract("BOA, Mühimme Defteri 7, no. 1234; BOA, Cevdet Dahiliye 4567.\nBOA, Cevdet Dahiliye 4567.\n",
                  notes_mode=True)
    cits = [(c.kind, c.id) for n in doc.notes for c in n.citations]
    assert [kind for kind, _ in cits] == ["full", "full", "full"]
    assert cits[1][1] == cits[2][1] != cits[0][1]  # the repeated file is one entry, the register another
    assert sorted(e.get("archive_collection") for e in doc.entries) == ["Cevdet Dahiliye", "Mühimme Defteri"]


def test_an_unknown_siglum_with_a_title_stays_a_short_form() -> None:
    """Near miss: a capitalised head that is no known archive's siglum keeps the short-form reading."""
    got = _citations("Halil İnalcık, Devlet-i Aliyye, İstanbul: İş Bankası, 2009, s. 45.\n"
                     "İnalcık, Devlet-i Aliyye 2, s. 50.\n")
    assert [kind for kind, _, _ in got] == ["full", "short"]
    assert got[0][1] == got[1][1]


def test_an_author_less_turkish_op_cit_repeats_the_work_just_cited() -> None:
    got = _citations("Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ, İstanbul 2003, s. 78.\nAge., s. 92.\n"
                     "A.g.e., s. 95.\n")
    assert [(kind, locator) for kind, _, locator in got] == [("full", "78"), ("op-cit", "92"), ("op-cit", "95")]
    assert got[0][1] is not None and got[0][1] == got[1][1] == got[2][1]
