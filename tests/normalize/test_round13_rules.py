"""Round 13 rules on labelled fields (independent of the tagger): papyri and inscriptions by their sigla,
Greek archives, Greek manuscripts and the Greek parliament's record, Greek locator labels, back-references,
signals, roles, months, editions and theses, authors of one work, series sigla after an editor."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.normalize import normalize_fields
from citekit.normalize._person import parse_names
from citekit.normalize.imprint_in_title import split_imprint
from citekit.parser.signals import leading_signal

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "P.Oxy."), ("other", "1.119.")], {"title": "P.Oxy.", "volume": "1", "number": "119"},
          (None, None), id="papyrus-arabic-volume"),
        P([("author", "P. Oxy."), ("locator", "XLVI 3313,"), ("locator", "ll. 3–5.")],
          {"title": "P. Oxy.", "volume": "XLVI", "number": "3313"}, ("3-5", "line"), id="papyrus-spaced-siglum-lines"),
        P([("collection-title", "IG II² 1035,"), ("locator", "l. 12.")],
          {"title": "IG", "volume": "II²", "number": "1035"}, ("12", "line"), id="inscription-superscript-edition"),
        P([("author", "SEG 45.123.")], {"title": "SEG", "volume": "45", "number": "123"}, (None, None), id="seg"),
        P([("author", "O.Claud.")], None, None, id="siglum-alone-is-nothing"),
        P([("author", "P.Cair.Zen."), ("volume", "III"), ("date", "59341.")],
          {"title": "P.Cair.Zen.", "volume": "III", "number": "59341"}, (None, None), id="papyrus-compound-siglum"),
    ],
)
def test_papyrus_inscription(fields: list[tuple[str, str]], expected: dict[str, Any] | None,
                             occurrence: tuple[Any, Any] | None) -> None:
    parsed = normalize_fields(fields)
    if expected is None:
        assert parsed.item.get("type") != "document" or "number" not in parsed.item
        return
    assert parsed.item["type"] == "document"
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence
    assert parsed.kind == "full"


@pytest.mark.parametrize(
    "fields",
    [
        P([("author", "P. Brown,"), ("title", "The Body and Society"), ("date", "1988.")], id="initial-not-papyrus"),
        P([("author", "Smith"), ("date", "1999"), ("locator", "12.")], id="author-date"),
        P([("author", "IG Farben,"), ("title", "Annual Report"), ("date", "1938.")], id="corpus-word-in-a-book"),
    ],
)
def test_papyrus_inscription_leaves_others(fields: list[tuple[str, str]]) -> None:
    assert "number" not in normalize_fields(fields).item


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "ΓΑΚ,"), ("title", "Αρχείο Οθωνικής Γραμματείας,"), ("locator", "φάκ. 12.")],
          {"archive": "ΓΑΚ", "archive_collection": "Αρχείο Οθωνικής Γραμματείας", "archive_location": "φάκ. 12"},
          (None, None), id="collection-file"),
        P([("author", "ΙΑΥΕ,"), ("date", "1915,"), ("locator", "φάκ. 12/3,"), ("locator", "υποφ. 2.")],
          {"archive": "ΙΑΥΕ", "archive_location": "1915, φάκ. 12/3, υποφ. 2"}, (None, None), id="year-series-file"),
        P([("title", "Εθνική Βιβλιοθήκη της Ελλάδος,"), ("locator", "κώδ. 2500,"), ("locator", "φφ. 12–14.")],
          {"archive": "Εθνική Βιβλιοθήκη της Ελλάδος", "archive_location": "κώδ. 2500"}, ("12-14", "folio"),
          id="library-codex-leaves"),
        P([("collection-title", "Vat. gr. 1291,"), ("locator", "fol. 9v.")],
          {"archive_location": "Vat. gr. 1291"}, ("9v", "folio"), id="vatican-fund"),
        P([("other", "Vindob. hist. gr. 8.")], {"archive_location": "Vindob. hist. gr. 8"}, (None, None),
          id="vienna-fund-no-leaf"),
    ],
)
def test_greek_archive(fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[Any, Any]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.item["type"] == "manuscript"
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence
    assert parsed.kind == "full"


@pytest.mark.parametrize(
    "fields",
    [
        # a book whose title names an archive, with its imprint: no file
        P([("author", "Γ. Δερτιλής,"), ("title", "Αρχείο και ιστορία"), ("location", "Αθήνα:"), ("date", "1990.")],
          id="book-not-archive"),
        P([("author", "Κ. Θ. Δημαράς,"), ("title", "Νεοελληνικός Διαφωτισμός,"), ("locator", "σ. 45.")],
          id="greek-book-with-page"),
        P([("author", "Vat.,"), ("title", "A Study of Vatican Diplomacy"), ("date", "1990.")], id="fund-word-in-book"),
    ],
)
def test_greek_archive_leaves_others(fields: list[tuple[str, str]]) -> None:
    assert normalize_fields(fields).item.get("type") != "manuscript"


@pytest.mark.parametrize(
    ("fields", "date", "occurrence"),
    [
        P([("author", "ΕΣΒ,"), ("volume", "14 Ιουνίου"), ("date", "1910,"), ("locator", "σ. 12.")], [1910, 6, 14],
          ("12", "page"), id="abbreviated-record"),
        P([("title", "Εφημερίς των Συζητήσεων της Βουλής, Σύνοδος Α΄,"), ("locator", "Συνεδρίαση 12, 3 Μαρτίου 1911,"),
           ("locator", "σσ. 345–347.")], [1911, 3, 3], ("345-347", "page"), id="record-with-session"),
    ],
)
def test_greek_parliament_record(fields: list[tuple[str, str]], date: list[int], occurrence: tuple[str, str]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.item["issued"] == {"date-parts": [date]}
    assert (parsed.locator, parsed.label) == occurrence
    assert parsed.kind == "full"


@pytest.mark.parametrize(
    ("fields", "occurrence"),
    [
        P([("author", "Σβορώνος,"), ("title", "Επισκόπηση,"), ("locator", "σ. 88.")], ("88", "page"), id="sigma"),
        P([("author", "Σβορώνος,"), ("title", "Επισκόπηση,"), ("locator", "σσ. 88–90.")], ("88-90", "page"),
          id="double-sigma-range"),
        P([("author", "Σβορώνος,"), ("title", "Επισκόπηση,"), ("locator", "κεφ. 3.")], ("3", "chapter"), id="kefalaio"),
        P([("author", "Σβορώνος,"), ("title", "Επισκόπηση,"), ("locator", "σημ. 4.")], ("4", "note"), id="simeiosi"),
        P([("title", "Μεγάλη Ελληνική Εγκυκλοπαίδεια, λ. «Φιλική Εταιρεία».")], ("Φιλική Εταιρεία", "sub-verbo"),
          id="lemma-in-guillemets"),
        P([("title", 'The Oxford Dictionary of Byzantium, s.v. "Theme," by A. Kazhdan.')], ("Theme", "sub-verbo"),
          id="sub-verbo-entry-author"),
        P([("author", "F. Dölger,"), ("title", "Regesten,"), ("volume", "vol. 2"), ("date", "1925,"),
           ("locator", "no. 1234.")], ("1234", "number"), id="document-number-in-volume"),
        P([("author", "Smith,"), ("title", "Studies,"), ("locator", "no. 4.")], ("no. 4", "page"),
          id="number-without-volume-kept-whole"),
    ],
)
def test_greek_and_number_locators(fields: list[tuple[str, str]], occurrence: tuple[str, str]) -> None:
    parsed = normalize_fields(fields)
    assert (parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        P([("title", "Στο ίδιο,"), ("locator", "σ. 46.")], "ibid", id="sto-idio"),
        P([("author", "Αυτόθι,"), ("locator", "σ. 12.")], "ibid", id="autothi"),
        P([("author", "Ό.π.,"), ("locator", "σ. 12.")], "op-cit", id="op-cit-alone"),
        P([("author", "Σβορώνος, ό.π.,"), ("locator", "σ. 91.")], "op-cit", id="op-cit-after-author"),
        P([("author", "Ο ίδιος, Ελληνικός Ρομαντισμός"), ("location", "(Αθήνα:"), ("publisher", "Ερμής,"),
           ("date", "1982),")], "idem", id="idem-before-title"),
    ],
)
def test_greek_back_references(fields: list[tuple[str, str]], kind: str) -> None:
    parsed = normalize_fields(fields)
    assert parsed.kind == kind
    assert "author" not in parsed.item or all("ό.π" not in (n.get("family") or "") for n in parsed.item["author"])


def test_idem_before_title_takes_the_title() -> None:
    parsed = normalize_fields([("author", "Ο ίδιος, Ελληνικός Ρομαντισμός"), ("location", "(Αθήνα:"),
                               ("publisher", "Ερμής,"), ("date", "1982),")])
    assert parsed.item["title"] == "Ελληνικός Ρομαντισμός"


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        P("Βλ. Νίκος Σβορώνος, Επισκόπηση", "Βλ. ", id="vl"),
        P("Βλ. σχετικά Κ. Θ. Δημαράς, Νεοελληνικός Διαφωτισμός", "Βλ. σχετικά ", id="vl-schetika"),
        P("Πρβλ. Κ. Κωστής, Τα κακομαθημένα παιδιά", "Πρβλ. ", id="prvl"),
        P("Βλάχος, Ιστορία", "", id="name-not-signal"),
        P("Παπαδόπουλος, Ιστορία", "", id="name-with-pi"),
    ],
)
def test_greek_signals(text: str, signal: str) -> None:
    assert text[: leading_signal(text)] == signal


@pytest.mark.parametrize(
    ("text", "families"),
    [
        P("Κ. Θ. Δημαράς", ["Δημαράς"], id="greek-initials"),
        P("Σπ. Λάμπρος", ["Λάμπρος"], id="two-letter-initial"),
        P("Γ. Β. Δερτιλής", ["Δερτιλής"], id="two-initials"),
    ],
)
def test_greek_initials(text: str, families: list[str]) -> None:
    assert [name.get("family") for name in parse_names(text)[0]] == families


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Ρ. Κλογκ,"), ("title", "Συνοπτική ιστορία, μτφρ. Λ. Παπαδάκη"), ("location", "(Αθήνα:"),
           ("publisher", "Κάτοπτρο,"), ("date", "2003),")], {"translator": "Παπαδάκη"}, id="translator-in-title"),
        P([("author", "Ι. Κ. Μαζαράκης-Αινιάν"), ("other", "(επιμ.),"), ("title", "Ο αγώνας,"), ("date", "1996,")],
          {"editor": "Μαζαράκης-Αινιάν"}, id="bracketed-editor-role"),
        P([("author", "Ε. Σκοπετέα,"), ("title", "«Οι Έλληνες»,"),
           ("container-title", "στο Χ. Χατζηιωσήφ (επιμ.), Ιστορία της Ελλάδας, Αθήνα: Βιβλιόραμα,"), ("date", "1999,"),
           ("pages", "σσ. 9–35.")],
          {"editor": "Χατζηιωσήφ", "container-title": "Ιστορία της Ελλάδας", "publisher": "Βιβλιόραμα",
           "type": "chapter"}, id="chapter-in-edited-book"),
        P([("author", "Niketas Choniates,"), ("title", "Historia,"), ("editor", "ed. J.-L. van Dieten, CFHB 11"),
           ("date", "1975),")], {"editor": "Dieten", "collection-title": "CFHB", "collection-number": "11"},
          id="series-siglum-after-editor"),
        P([("author", "Κ. Παπαρρηγόπουλος,"), ("title", "Ιστορία του ελληνικού έθνους, 6η έκδ.,"), ("date", "1932,")],
          {"edition": "6", "title": "Ιστορία του ελληνικού έθνους"}, id="greek-edition"),
        P([("author", "Ι. Καποδίστριας,"), ("title", "Επιστολαί, τ. 2,"), ("location", "Αθήνα"), ("date", "1841,")],
          {"volume": "2", "title": "Επιστολαί"}, id="greek-volume-closing-title"),
        P([("author", "Ε. Γαζή,"), ("title", "Το ταξίδι, διδακτορική διατριβή,"), ("date", "1998,")],
          {"type": "thesis", "genre": "διδακτορική διατριβή"}, id="greek-thesis"),
        P([("title", "«Τα γεγονότα»,"), ("container-title", "Ριζοσπάστης,"), ("volume", "10"),
           ("container-title", "Μαΐου"), ("date", "1936,"), ("locator", "σ. 1.")],
          {"container-title": "Ριζοσπάστης", "issued": {"date-parts": [[1936, 5, 10]]}}, id="day-then-greek-month"),
        P([("author", "Α. Λιάκος,"), ("title", "«Ο αιώνας»,"), ("container-title", "Σύγχρονα Θέματα, τχ."),
           ("volume", "35"), ("date", "(1988),"), ("locator", "σσ. 76–83.")],
          {"container-title": "Σύγχρονα Θέματα", "issue": "35", "volume": None}, id="teuchos-label-closing-journal"),
        P([("author", "Γ. Κορδάτος,"), ("title", "Η κοινωνική σημασία, Αθήνα: Επικαιρότητα, χ.χ.,"),
           ("locator", "σ. 33.")], {"publisher": "Επικαιρότητα", "publisher-place": "Αθήνα", "title": "Η κοινωνική σημασία"},
          id="imprint-then-no-date"),
    ],
)
def test_greek_book_forms(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    got = {key: (item[key][0].get("family") if key in ("editor", "translator") and key in item else item.get(key))
           for key in expected}
    assert got == expected


@pytest.mark.parametrize(
    ("fields", "author", "title", "occurrence"),
    [
        P([("date", "Thuc. 2.40.1.")], "Thucydides", None, ("2.40.1", "section"), id="abbreviated-historian"),
        P([("author", "Herodotus 1.1.")], "Herodotus", None, ("1.1", "section"), id="historian-by-name"),
        P([("author", "Procop."), ("date", "Aed. 1.1.20.")], "Procopius", "De aedificiis", ("1.1.20", "section"),
          id="byzantine-abbreviated-work"),
    ],
)
def test_authors_of_one_work(fields: list[tuple[str, str]], author: str, title: str | None,
                             occurrence: tuple[str, str]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.item["author"] == [{"family": author}]
    assert parsed.item.get("title") == title
    assert (parsed.locator, parsed.label) == occurrence


def test_author_alone_needs_dotted_numbering() -> None:
    """"Thuc. 12" is no passage of the canon (a page of a short form, perhaps)."""
    assert normalize_fields([("author", "Thuc."), ("locator", "12.")]).item.get("type") != "classic"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_split_imprint_never_raises(text: str) -> None:
    split_imprint(text)


@pytest.mark.parametrize(
    ("fields", "kind", "occurrence", "volume"),
    [
        P([("title", "Στο ίδιο, σσ."), ("locator", "90–91.")], "ibid", ("90-91", "page"), None,
          id="ibid-with-page-label"),
        P([("author", "Βακαλόπουλος, ό.π., τ. Β΄,"), ("locator", "σ. 92.")], "op-cit", ("92", "page"), "Β΄",
          id="op-cit-then-volume"),
        P([("author", "Ο ίδιος,"), ("title", "«Το ριζοσπαστικό ρεύμα»,"), ("container-title", "Τα Ιστορικά"),
           ("volume", "30"), ("date", "(1999),")], "idem", (None, None), "30", id="idem-alone"),
    ],
)
def test_greek_back_references_batch2(fields: list[tuple[str, str]], kind: str, occurrence: tuple[Any, Any],
                                      volume: str | None) -> None:
    parsed = normalize_fields(fields)
    assert parsed.kind == kind
    assert (parsed.locator, parsed.label) == occurrence
    assert parsed.item.get("volume") == volume


@pytest.mark.parametrize(
    ("text", "families"),
    [
        P("Κ. Κωστής – Σ. Πετμεζάς", ["Κωστής", "Πετμεζάς"], id="spaced-dash"),
        P("Κ. Κωστής και Σ. Πετμεζάς", ["Κωστής", "Πετμεζάς"], id="kai"),
        P("Jean-Pierre Vernant", ["Vernant"], id="hyphen-stays"),
    ],
)
def test_greek_name_separators(text: str, families: list[str]) -> None:
    assert [name.get("family") for name in parse_names(text)[0]] == families


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Α. Ε. Βακαλόπουλος,"), ("title", "Ιστορία του νέου ελληνισμού, τ. Β΄, Θεσσαλονίκη"),
           ("date", "1964,")], {"publisher-place": "Θεσσαλονίκη"}, id="place-alone-closing-title"),
        P([("author", "X,"), ("title", "Between Paris, London"), ("date", "1990.")], {"publisher-place": None},
          id="two-places-are-the-subject"),
        P([("author", "Κ. Κωστής,"),
           ("title", "«Η ιδεολογία», στο: Κ. Κωστής – Σ. Πετμεζάς (επιμ.), Η ανάπτυξη της οικονομίας,"),
           ("location", "Αθήνα:"), ("publisher", "Αλεξάνδρεια,"), ("date", "2006,")],
          {"title": "Η ιδεολογία", "container-title": "Η ανάπτυξη της οικονομίας"}, id="in-colon-with-editors"),
        P([("collection-title", "Laur. plut. 59.9,"), ("locator", "f. 3r.")],
          {"archive_location": "Laur. plut. 59.9", "type": "manuscript"}, id="dotted-manuscript-number"),
        P([("author", "Syll."), ("locator", "³ 543.")], {"title": "Syll.³", "number": "543"},
          id="superscript-split-off"),
        P([("author", "Μουσείο Μπενάκη,"), ("title", "Ιστορικό Αρχείο, Αρχείο Ελευθερίου Βενιζέλου,"),
           ("locator", "φάκ. 173.")],
          {"archive": "Μουσείο Μπενάκη, Ιστορικό Αρχείο", "archive_collection": "Αρχείο Ελευθερίου Βενιζέλου"},
          id="archive-with-department"),
    ],
)
def test_batch2_forms(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence", "kind"),
    [
        P([("author", "Σβορώνος,"), ("title", "Επισκόπηση, ό.π.,"), ("locator", "σ. 95.")],
          {"title": "Επισκόπηση"}, ("95", "page"), "op-cit", id="op-cit-closing-short-title"),
        P([("author", "Α. Λιάκος,"),
           ("title", "Εργασία και πολιτική, Αθήνα: Ίδρυμα Έρευνας και Παιδείας της Εμπορικής Τραπέζης,"),
           ("date", "1993,")], {"publisher": "Ίδρυμα Έρευνας και Παιδείας της Εμπορικής Τραπέζης"}, (None, None), "full",
          id="long-publisher-after-colon"),
        P([("locator", "SEG 38, 1462.")], {"title": "SEG", "volume": "38", "number": "1462"}, (None, None), "full",
          id="seg-volume-comma-number"),
        P([("author", "Georgios Pachymeres,"), ("title", "Relations historiques,"), ("editor", "ed. A. Failler,"),
           ("locator", "CFHB 24"), ("location", "(Paris:"), ("publisher", "Les Belles Lettres,"), ("date", "1984),"),
           ("pages", "1:235.")], {"collection-title": "CFHB", "collection-number": "24"}, ("1:235", "page"), "full",
          id="series-siglum-read-as-pinpoint"),
        P([("author", "Bartusis,"), ("container-title", "Land and Privilege,"), ("locator", "50.")],
          {"title": "Land and Privilege", "container-title": None}, ("50", "page"), "short",
          id="short-title-read-as-journal"),
        P([("author", "Smith,"), ("container-title", "Journal of History"), ("volume", "12,"), ("locator", "50.")],
          {"container-title": "Journal of History"}, ("50", "page"), "full", id="journal-with-volume-stays"),
        P([("title", "Μεγάλη Ελληνική Εγκυκλοπαίδεια, τ. 24, λ. «Φιλική Εταιρεία».")],
          {"title": "Μεγάλη Ελληνική Εγκυκλοπαίδεια", "volume": "24"}, ("Φιλική Εταιρεία", "sub-verbo"), "full",
          id="volume-before-lemma"),
    ],
)
def test_batch3_forms(fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[Any, Any],
                      kind: str) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence
    assert parsed.kind == kind


def test_short_title_rule_without_container_span() -> None:
    """A container the names step read off an author span ("Palandt/Grüneberg") has no span of its own: no
    short title, and no error."""
    parsed = normalize_fields([("author", "Palandt/Grüneberg, BGB,"), ("locator", "§ 280 Rn. 5")])
    assert not parsed.diagnostics


@pytest.mark.parametrize(
    ("fields", "title", "place"),
    [
        P([("author", "John S. Koliopoulos and Thanos M. Veremis,"), ("location", "Greece:"),
           ("title", "The Modern Sequel"), ("location", "(London:"), ("publisher", "Hurst,"), ("date", "2002),")],
          "Greece: The Modern Sequel", "London", id="title-head-read-as-place"),
        P([("author", "A. Smith,"), ("title", "The Book"), ("location", "Oxford:"), ("publisher", "Clarendon,"),
           ("date", "1990.")], "The Book", "Oxford", id="place-after-title-stays"),
    ],
)
def test_title_head_read_as_place(fields: list[tuple[str, str]], title: str, place: str) -> None:
    item = normalize_fields(fields).item
    assert (item.get("title"), item.get("publisher-place")) == (title, place)


@pytest.mark.parametrize(
    ("fields", "authors", "kind"),
    [
        P([("signal", "Πρβλ."), ("collection-title", "Ν. Σβορώνος, ό.π.,"), ("locator", "σσ. 40–41.")], ["Σβορώνος"],
          "op-cit", id="name-and-op-cit-as-series"),
        P([("collection-title", "Studies in History, cit."), ("locator", "12.")], None, "full",
          id="series-is-no-person"),
    ],
)
def test_names_and_op_cit_misread(fields: list[tuple[str, str]], authors: list[str] | None, kind: str) -> None:
    parsed = normalize_fields(fields)
    got = [name.get("family") for name in parsed.item["author"]] if "author" in parsed.item else None
    assert (got, parsed.kind) == (authors, kind)
