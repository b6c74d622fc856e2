"""Slips found by running whole German, French, Italian and Russian-history documents through the pipeline.

Each table row is one citation (or note) the way an author types it, and what
the extraction layer must make of it: where a piece starts, what kind it is,
which locator it carries, which entry it ends in.  The whole documents are the
golden tests in ``golden/documents/``.
"""

from __future__ import annotations

import pytest

from citekit.extraction import extract
from citekit.extraction.classify import classify, reported_decision
from citekit.extraction.ids import entry_key
from citekit.extraction.locators import find_pinpoint
from citekit.extraction.pipeline import (
    _initial_read_as_surname,
    _pinpoint_inside_pages,
    _title_word_read_as_author,
    french_archive_item,
)
from citekit.extraction.split import split_note
from citekit.model import Entry
from citekit.normalize.commentary import commentary_item
from citekit.parser import parse_reference


def pieces(note: str) -> list[tuple[str | None, str, str]]:
    return [(p.prefix, p.text, p.kind) for p in split_note(note)]


@pytest.mark.parametrize("note,expected", [
    # "ed. V. N. Khaustov": an initial after "ed." is no Italian "v." (vedi) opening a new citation
    ("Lubianka. Stalin i Glavnoe upravlenie NKVD 1937–1938: dokumenty, ed. V. N. Khaustov and "
     "N. S. Plotnikova, Moscow, 2004, p. 234.",
     [(None, "Lubianka. Stalin i Glavnoe upravlenie NKVD 1937–1938: dokumenty, ed. V. N. Khaustov and "
             "N. S. Plotnikova, Moscow, 2004, p. 234.", "full")]),
    ("v. anche Cozzi, Repubblica, p. 3.", [("v. anche", "Cozzi, Repubblica, p. 3.", "short")]),
    # adverbs after a signal belong to it, not to the author's given name
    ("Si veda soprattutto Isabella Lazzarini, Communication and Conflict, Oxford, 2015, pp. 1-20.",
     [("Si veda soprattutto", "Isabella Lazzarini, Communication and Conflict, Oxford, 2015, pp. 1-20.",
       "full")]),
    ("So bereits Medicus (Fn. 4), Rn. 112; a.A. Singer, JZ 1999, 342, 348.",
     [("So bereits", "Medicus (Fn. 4), Rn. 112", "supra"), ("a.A.", "Singer, JZ 1999, 342, 348.", "full")]),
    # a lead-in ending in a preposition before the name
    ("Voir déjà les remarques de Boislisle, Correspondance, t. III, p. vii-ix ; cf. Kaplan, Le pain, p. 20.",
     [("Voir déjà les remarques de", "Boislisle, Correspondance, t. III, p. vii-ix", "short"),
      ("cf.", "Kaplan, Le pain, p. 20.", "short")]),
    # ... and a title ending in a year, then its subtitle, is one citation
    ("Sur ce point, voir l'étude classique de Pierre Goubert, Beauvais et le Beauvaisis de 1600 à 1730. "
     "Contribution à l'histoire sociale, Paris, SEVPEN, 1960, p. 81 ; Meuvret, art. cit., p. 645.",
     [("Sur ce point, voir l'étude classique de",
       "Pierre Goubert, Beauvais et le Beauvaisis de 1600 à 1730. Contribution à l'histoire sociale, "
       "Paris, SEVPEN, 1960, p. 81", "full"),
      (None, "Meuvret, art. cit., p. 645.", "op-cit")]),
    ("Ibid., pp. 236–37. The document is also printed in Tragediia sovetskoi derevni, 5 vols, Moscow, "
     "1999–2006, vol. 5, p. 330.",
     [(None, "Ibid., pp. 236–37.", "ibid"),
      ("The document is also printed in", "Tragediia sovetskoi derevni, 5 vols, Moscow, 1999–2006, vol. 5, "
                                          "p. 330.", "full")]),
    # a connector left where a reader took a keyed citation out
    ("et Jacques Dupâquier, La population française, Paris, PUF, 1979, p. 35.",
     [("et", "Jacques Dupâquier, La population française, Paris, PUF, 1979, p. 35.", "full")]),
    # ... but a sentence saying where something was published stays prose
    ("Details of the operation were first published in Trud on 4 June 1992.",
     [(None, "Details of the operation were first published in Trud on 4 June 1992.", "commentary")]),
    ("The court was abolished in 1850. The records were lost in 1871, Paris.",
     [(None, "The court was abolished in 1850.", "commentary"),
      (None, "The records were lost in 1871, Paris.", "commentary")]),
])
def test_split(note: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert pieces(note) == expected


@pytest.mark.parametrize("text,kind,pinpoint", [
    # decisions by reporter, volume, first page (and the page cited): complete, not short forms
    ("BGHZ 74, 103, 106", "full", ("106", "page")),
    ("BVerfGE 89, 214, 232 (Bürgschaft)", "full", ("232", "page")),
    ("BAGE 12, 5", "full", None),
    # an archive's siglum and a shelf-mark: complete too, with the leaf cited as a folio
    ("RGASPI, f. 17, op. 3, d. 1003, ll. 85–86.", "full", ("85–86", "folio")),
    ("GARF, f. R-9401, op. 1, d. 4157, l. 201.", "full", ("201", "folio")),
    ("ASV, Senato, Secreta, reg. 5, c. 12v", "full", ("12v", "folio")),
    ("ASV, Senato, Dispacci ambasciatori, Roma, filza 3, n. 14.", "full", ("14", "number")),
    ("Archivio di Stato di Firenze, Mediceo del Principato, filza 3280, c. 12r", "full", ("12r", "folio")),
    ("Hagenloh, Police, p. 3", "short", ("3", "page")),
])
def test_classify(text: str, kind: str, pinpoint: tuple[str, str] | None) -> None:
    info = classify(text)
    assert info.kind == kind
    assert (None if info.pinpoint is None else (info.pinpoint.value, info.pinpoint.label)) == pinpoint


def test_et_al_is_not_a_surname() -> None:
    assert classify("Iunge et al., Vertikal´ bol´shogo terrora, p. 120.").author == "Iunge"


@pytest.mark.parametrize("text,expected", [
    ("BGHZ 74, 103, 106", {"container-title": "BGHZ", "volume": "74", "page": "103", "authority": "BGH"}),
    ("BGH NJW 1992, 2080.", {"authority": "BGH", "container-title": "NJW", "year": "1992", "page": "2080"}),
    ("BAG, NZA 2004, 5", {"authority": "BAG", "container-title": "NZA", "year": "2004", "page": "5"}),
    ("Singer, JZ 1999, 342, 345.", None),
])
def test_reported_decision(text: str, expected: dict[str, str] | None) -> None:
    assert reported_decision(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("RGASPI, f. 17, op. 3, d. 1003, ll. 85–86", ("85–86", "folio")),
    ("Byron, Don Juan, canto 1, ll. 85–86", ("85–86", "line")),  # a poem's lines stay lines
    ("ASV, Senato, filza 3, n. 14", ("14", "number")),
    ("Hagenloh, Police, p. 3, n. 14", ("14", "note")),
    ("Boislisle, Correspondance, t. III, n° 312.", ("312", "number")),
])
def test_locator_labels(text: str, expected: tuple[str, str]) -> None:
    pin = find_pinpoint(text)
    assert pin is not None and (pin.value, pin.label) == expected


@pytest.mark.parametrize("entry,expected", [
    ({"type": "manuscript", "archive": "RGASPI", "archive_location": "f. 17, op. 3, d. 1003"}, "rgaspif17op3d1003"),
    ({"type": "legal_case", "container-title": "BGHZ", "volume": "74", "page": "103"}, "bghz74p103"),
    ({"type": "legal_case", "authority": "BGH", "number": "V ZR 225/03",
      "issued": {"date-parts": [[2004, 2, 13]]}}, "bgh2004"),
    ({"type": "book", "author": [{"family": "Canaris"}], "issued": {"date-parts": [[1971]]}}, "canaris1971"),
    # a newspaper cited by its date: named by the paper
    ({"type": "article-newspaper", "container-title": "The Times", "issued": {"date-parts": [[1992, 6, 4]]}},
     "times1992"),
])
def test_entry_key(entry: Entry, expected: str) -> None:
    assert entry_key(entry, set()) == expected


def _notes(*lines: str) -> list[list[tuple[str, str | None, str | None, str | None]]]:
    doc = extract("\n".join(lines), notes_mode=True)
    return [[(c.kind, c.id, c.locator, c.label) for c in n.citations] for n in doc.notes]


def test_a_decision_cited_twice_is_one_entry() -> None:
    notes = _notes("BGH, Urt. v. 13.2.2004 – V ZR 225/03, NJW 2004, 2156, 2157.",
                   "Grundlegend BGHZ 74, 103, 106.",
                   "Ebenso BGH, Urt. v. 13.2.2004 – V ZR 225/03, NJW 2004, 2156, 2158.",
                   "BGHZ 74, 103, 110.")
    assert notes == [[("full", "bgh2004", "2157", "page")], [("full", "bghz74p103", "106", "page")],
                     [("full", "bgh2004", "2158", "page")], [("full", "bghz74p103", "110", "page")]]


def test_an_archival_file_is_one_entry_and_its_leaves_are_folios() -> None:
    doc = extract("RGASPI, f. 17, op. 3, d. 1003, ll. 85–86.\nIbid., l. 87.\n"
                  "RGASPI, f. 17, op. 3, d. 1003, l. 90.", notes_mode=True)
    assert [[(c.id, c.locator, c.label) for c in n.citations] for n in doc.notes] == [
        [("rgaspif17op3d1003", "85–86", "folio")], [("rgaspif17op3d1003", "87", "folio")],
        [("rgaspif17op3d1003", "90", "folio")]]
    assert doc.entries == [{"type": "manuscript", "archive_location": "f. 17, op. 3, d. 1003",
                            "archive": "RGASPI", "language": "ru", "id": "rgaspif17op3d1003"}]


def test_a_short_form_with_et_al_finds_its_work() -> None:
    notes = _notes("M. Iu. Iunge, G. Bordiugov and R. Binner, Vertikal bolshogo terrora, Moscow, 2008, p. 3.",
                   "Iunge et al., Vertikal bolshogo terrora, p. 120.")
    assert notes[1] == [("short", "iunge2008", "120", "page")]


def test_a_signal_before_a_keyed_citation_is_not_a_citation() -> None:
    doc = extract(r"Text\footnote{Steven L. Kaplan, \emph{Le pain}, Paris, Perrin, 1986, p. 12 ; voir aussi "
                  r"\cite[p.~45]{meuvret1977}.}", fmt="latex")
    assert [(c.kind, c.id, c.prefix) for c in doc.notes[0].citations] == [
        ("full", "kaplan1986", None), ("keyed", "meuvret1977", "voir aussi")]


def test_an_extracted_entry_never_takes_a_keyed_citations_key() -> None:
    doc = extract(r"Text\footnote{\textcite{dupaquier1979} et Jacques Dupâquier, \emph{La population "
                  r"française}, Paris, PUF, 1979, p. 35.}", fmt="latex")
    cits = doc.notes[0].citations
    assert [(c.kind, c.id, c.prefix) for c in cits] == [("keyed", "dupaquier1979", None),
                                                        ("full", "dupaquier1979a", "et")]
    assert doc.entries[0]["author"] == [{"family": "Dupâquier", "given": "Jacques"}]


@pytest.mark.parametrize("text,expected", [
    ("Reinhard Singer, Vertrauenshaftung, JZ 1999, 342, 345.", {"container-title": "JZ", "volume": None, "page": "342"}),
    ("ders., Europäisches Privatrecht, ZEuP 2000, 1, 3.", {"container-title": "ZEuP", "volume": None, "page": "1"}),
    ("Goldman, ‘Great Terror’, Slavic Review, 52, 1993, 2, pp. 299–320",
     {"container-title": "Slavic Review", "volume": "52", "page": "299-320"}),
])
def test_year_and_first_page(text: str, expected: Entry) -> None:
    """The German periodical cite has no volume: the parser's normalizers read it (normalize.pages)."""
    item = parse_reference(text).item
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize("text,expected", [
    ("Palandt/Grüneberg, BGB, 80. Aufl. 2021, § 280 Rn. 5",
     {"type": "chapter", "author": [{"family": "Grüneberg"}], "container-title": "Palandt, BGB",
      "edition": "80", "issued": {"date-parts": [[2021]]}}),
    ("MüKoBGB/Emmerich, 8. Aufl. 2019, § 311 Rn. 64.",
     {"type": "chapter", "author": [{"family": "Emmerich"}], "container-title": "MüKoBGB",
      "edition": "8", "issued": {"date-parts": [[2019]]}}),
    ("Enneccerus/Lehmann, Recht der Schuldverhältnisse, 15. Aufl., Tübingen 1958, S. 210.", None),
])
def test_commentary_cited_work_slash_commentator(text: str, expected: Entry | None) -> None:
    assert commentary_item(text) == expected


@pytest.mark.parametrize("page,expected_page,pinpoint", [
    ("3-69, in particolare pp. 12-14", "3-69", ("12-14", "page")),
    ("751–66, esp. 760", "751–66", ("760", "page")),
    ("3-69", "3-69", None),
])
def test_pinpoint_inside_pages(page: str, expected_page: str, pinpoint: tuple[str, str] | None) -> None:
    item: Entry = {"type": "article-journal", "page": page}
    assert _pinpoint_inside_pages(item) == pinpoint
    assert item["page"] == expected_page


def test_name_repairs() -> None:
    vatlin: Entry = {"author": [{"family": "Iu.", "given": "A."}], "publisher-place": "Vatlin; Moscow"}
    _initial_read_as_surname(vatlin, "A. Iu. Vatlin, Terror raionnogo masshtaba, Moscow, 2004, p. 45")
    assert vatlin == {"author": [{"family": "Vatlin", "given": "A. Iu."}], "publisher-place": "Moscow"}

    canaris = parse_reference("Claus-Wilhelm Canaris, Die Vertrauenshaftung, München 1971").item
    assert canaris["author"] == [{"family": "Canaris", "given": "Claus-Wilhelm"}]
    two = parse_reference("J. Arch Getty and Oleg V. Naumov, The Road to Terror, 1999").item
    assert two["author"] == [{"family": "Getty", "given": "J. Arch"}, {"family": "Naumov", "given": "Oleg V."}]

    lubianka: Entry = {"author": [{"family": "Lubianka"}], "editor": [{"family": "Khaustov"}],
                       "title": "Stalin i Glavnoe upravlenie: dokumenty"}
    _title_word_read_as_author(lubianka, "Lubianka. Stalin i Glavnoe upravlenie: dokumenty, ed. V. N. Khaustov")
    assert lubianka == {"editor": [{"family": "Khaustov"}], "title": "Lubianka. Stalin i Glavnoe upravlenie: "
                        "dokumenty", "title-short": "Lubianka"}


def test_a_soft_sign_keeps_its_space() -> None:
    item = parse_reference("M. Iunge, Vertikal´ bol´shogo terrora: istoriia, Moscow, 2008").item
    assert (item["title"], item["title-short"]) == ("Vertikal´ bol´shogo terrora: istoriia", "Vertikal´ bol´shogo terrora")


@pytest.mark.parametrize("text,expected", [
    ("AN, F7 3688, dossier 2, rapport du préfet, 3 mai 1816.",
     {"type": "manuscript", "archive": "Archives nationales", "archive_location": "F7 3688, dossier 2",
      "title": "rapport du préfet"}),
    ("Archives nationales (AN), G7 1633, lettre de l'intendant de Lyon, 12 mars 1709.",
     {"type": "manuscript", "archive": "Archives nationales", "archive_location": "G7 1633",
      "title": "lettre de l'intendant de Lyon"}),
    ("Archives départementales du Rhône (ADR), 1 C 12, f. 3.",
     {"type": "manuscript", "archive": "Archives départementales du Rhône", "archive_location": "1 C 12"}),
    ("AD Gironde, C 1234.", {"type": "manuscript", "archive": "AD Gironde", "archive_location": "C 1234"}),
    ("Archives of the Hudson's Bay Company, London, 1990.", None),
    ("AN, Paris, 1990.", None),
])
def test_french_archive_item(text: str, expected: Entry | None) -> None:
    assert french_archive_item(text) == expected


def test_french_archival_files_and_letters() -> None:
    notes = _notes("Archives nationales (AN), G7 1633, lettre de l'intendant de Lyon, 12 mars 1709.",
                   "AN, G7 1633, lettre de l'intendant de Lyon, 12 mars 1709.",
                   "Archives départementales du Rhône (ADR), 1 C 12, f. 3.",
                   "Ibid., f. 5.",
                   "AN, G7 1633, lettre de l'intendant de Grenoble, 2 avril 1709.")
    assert notes == [[("full", "lettre1709", None, None)], [("full", "lettre1709", None, None)],
                     [("full", "adr1c12", "3", "folio")], [("ibid", "adr1c12", "5", "folio")],
                     [("full", "lettre1709a", None, None)]]  # another letter in the same carton
