"""An "op. cit." by one name after that person's own work and a work written with another."""

from __future__ import annotations

from citekit.extraction import extract


def test_op_cit_by_one_name_means_the_work_that_person_wrote_alone() -> None:
    """A work of two authors is cited by both names ("Bose and Jalal, op. cit."), so "Jalal, op. cit."
    after both books is Jalal's own; with both names, the joint one."""
    doc = extract(
        "Sugata Bose and Ayesha Jalal, Modern South Asia: History, Culture, Political Economy (London: Routledge, "
        "1998), 112.\n"
        "Ayesha Jalal, The Sole Spokesman: Jinnah, the Muslim League and the Demand for Pakistan (Cambridge, "
        "1985), 45.\n"
        "Jalal, op. cit., 60; Bose and Jalal, op. cit., 120.\n",
        notes_mode=True,
    )
    ids = [c.id for c in doc.notes[2].citations]
    assert ids == [doc.notes[1].citations[0].id, doc.notes[0].citations[0].id]


def test_op_cit_stays_unresolved_when_the_name_wrote_two_works_alone() -> None:
    doc = extract(
        "Ayesha Jalal, The Sole Spokesman (Cambridge, 1985), 45.\n"
        "Ayesha Jalal, Self and Sovereignty (London, 2000), 12.\n"
        "Jalal, op. cit., 60.\n",
        notes_mode=True,
    )
    assert doc.notes[2].citations[0].id is None
