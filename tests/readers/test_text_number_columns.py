"""Text reader: note numbers that pdftotext printed as a column apart from the notes' text.

The inputs imitate a page whose notes hang their numbers in a column of their own:
the numbers come out as bare lines ("3", blank, "4", …), then the notes' text
without numbers.  Written for these tests.
"""

from __future__ import annotations

from citekit.readers.text import analyse

_PAGE_ONE = """\
Die Stadtgerichte hörten die meisten Streitigkeiten über Lehrlinge und Löhne in den
Jahren vor der Reform, und ihre Register sind fast für jedes Jahrzehnt erhalten.1 Das
macht die Stadt zu einer seltenen Quelle für die Geschichte der Arbeit.2

1 Anna Berg, Zunftgerichte in Lübeck, Leipzig 1911, S. 3.
2 Karl Roth, Lehrlinge und Meister, Berlin 1931, S. 45.

LEX FORUM 2021, 3

7
\f"""

_PAGE_TWO = """\
Für die späteren Jahrzehnte fehlen solche Register, aber Briefe der Meister geben
Auskunft über die Verfahren vor dem Rat.3 Die Ratsprotokolle nennen die Parteien
nur selten beim Namen,4 und die Urteile sind meist nur als Auszüge erhalten.5

3

4

5

Zu den Briefen Marta Klein, Meister und Rat: Briefe aus dem Zunftarchiv
(1750-1800), Hamburg 1988, 12-19; dazu Otto Lenz, in:
Festschrift für Karl Roth zum 70.
Geburtstag am 15. März 1975, hg. von Anna Berg und Karl Weiss, Bremen 1975.
Ibid., 44.
RW 12, Urteile und Auszüge, 1990.

LEX FORUM 2021, 3

8
\f"""


def test_a_column_of_numbers_numbers_the_text_after_it() -> None:
    layout = analyse(_PAGE_ONE + _PAGE_TWO)
    notes = {n.number: n.text for n in layout.notes}
    # "… zum 70." / "Geburtstag …" is an ordinal inside note 3, not where note 4 starts
    assert notes["3"].startswith("Zu den Briefen Marta Klein") and notes["3"].endswith("Bremen 1975.")
    assert notes["4"] == "Ibid., 44."
    assert notes["5"] == "RW 12, Urteile und Auszüge, 1990."
    assert [n.number for n in layout.notes] == ["1", "2", "3", "4", "5"]
    assert any(d.code == "X105" for d in layout.diagnostics)


_FACING_PAGES = """\
Die Stadtgerichte hörten die meisten Streitigkeiten über Lehrlinge und Löhne in den
Jahren vor der Reform.1

1 Anna Berg, Zunftgerichte in Lübeck, Leipzig 1911, S. 3.

Tabelle: Register nach Jahrzehnten

84

85

Dagegen enthielten 85,4 % aller Register die Namen der Parteien, wobei dieser Anteil
eng um den Gesamtwert schwankte. Die Register dienten also als Protokoll. Sie sind
in 347 Jahrgängen erhalten, das entspricht 11,4 % aller Jahrgänge seit 1700.
"""


def test_page_numbers_of_facing_pages_are_no_note_column() -> None:
    layout = analyse(_FACING_PAGES)
    assert [n.number for n in layout.notes] == ["1"]
    lines = _FACING_PAGES.split("\n")
    dagegen = next(i for i, line in enumerate(lines) if line.startswith("Dagegen"))
    assert layout.labels[dagegen] == "body"


def test_markers_after_german_and_french_closing_quotes() -> None:
    text = (
        "Ein Zeitgenosse bemerkt: »Die Zahl der Hofleute ist zu groß.« 1 Damit wurde die Gattung\n"
        "zu einem Instrument der Kritik, wie „die Räte“2 und «les conseils»3 schrieben.\n"
        "\n"
        "1 August Berg, Schilderung der Höfe, Berlin 1792, 21.\n"
        "2 Karl Roth, Die Räte, Wien 1801, 4.\n"
        "3 Anne Vidal, Les conseils, Paris 1799, 9.\n"
    )
    layout = analyse(text)
    assert [n.number for n in layout.notes] == ["1", "2", "3"]


def test_table_rows_numbering_notes_printed_with_numbers_are_no_column() -> None:
    text = (
        "Die Stadtgerichte hörten die meisten Streitigkeiten über Lehrlinge in den Jahren\n"
        "vor der Reform.1 Die Register sind erhalten.2 Sie nennen die Parteien.3\n"
        "\n"
        "1\n\n2\n\n3\n\n"
        "Zeile eins der Tabelle mit den Registern der Stadt Lübeck aus dem Jahr 1750.\n"
        "Zeile zwei der Tabelle. Zeile drei der Tabelle mit den Registern aus 1760.\n"
        "Zeile vier der Tabelle.\n"
        "\n"
        "1 Anna Berg, Zunftgerichte in Lübeck, Leipzig 1911, S. 3.\n"
        "2 Karl Roth, Lehrlinge und Meister, Berlin 1931, S. 45.\n"
        "3 Marta Klein, Meister und Rat, Hamburg 1988, 12.\n"
    )
    layout = analyse(text)
    assert [(n.number, n.text[:4]) for n in layout.notes] == [("1", "Anna"), ("2", "Karl"), ("3", "Mart")]


def test_a_note_printed_twice_for_the_other_language_is_two_notes() -> None:
    text = (
        "Die Reflexion des Rechts ist größer als die der Gesellschaft.44 Such reflection of law\n"
        "is greater than that of society as a whole.44\n"
        "\n"
        "44 Gerd Lang, Beiträge zur Grundlegung einer Dialektik (1976), 319.\n"
        "\n"
        "44 Gerd Lang, Beiträge zur Grundlegung einer Dialektik (1976), 319.\n"
    )
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("44", "Gerd Lang, Beiträge zur Grundlegung einer Dialektik (1976), 319."),
    ] * 2


def test_a_line_starting_with_the_notes_number_inside_it_is_no_new_note() -> None:
    text = (
        "Die Reflexion des Rechts ist größer als die der Gesellschaft.1 Weiteres folgt.\n"
        "\n"
        "1 Gerd Lang, Beiträge zur Dialektik (1976), 319; dazu Karl Roth, in: Harvard Law Review\n"
        "1 Harv. L. Rev. 12 (1887).\n"
    )
    layout = analyse(text)
    assert [n.number for n in layout.notes] == ["1"]


def test_a_column_after_a_page_whose_single_note_was_missed() -> None:
    page_two = _PAGE_TWO.replace("3\n\n4\n\n5\n\n", "4\n\n5\n\n").replace(
        "Auskunft über die Verfahren vor dem Rat.3", "Auskunft über die Verfahren vor dem Rat.").replace(
        "Zu den Briefen Marta Klein", "Zu den Akten Marta Klein")
    middle = ("Ein Absatz über die Räte, die selten tagten.3\n\n"
              "Karl Weiss, Die Räte der Stadt, Bonn 1950, 7.\n\nLEX FORUM 2021, 3\n\n8\n\f")
    page_two = page_two.replace("LEX FORUM 2021, 3\n\n8\n", "LEX FORUM 2021, 3\n\n9\n")
    text = _PAGE_ONE + middle + page_two
    # the column "4", "5" numbers two notes although note 3 was printed without its number
    notes = {n.number: n.text for n in analyse(text).notes}
    assert notes.get("4", "").startswith("Zu den Akten Marta Klein")
