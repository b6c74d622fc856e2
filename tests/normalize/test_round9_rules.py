"""The steps of round 9, one table each: fields as a tagger might give them -> what the step makes of them.

Each table holds the shapes a step reads (from several languages) and the near misses it must leave
alone (a modern short form, a printed letter, a newspaper, a book whose title has no year).
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize.classical import read_classical

P = pytest.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Augustine, Confessions 8.12.29.", ("Augustine", "Confessions", "8.12.29", "section"), id="dotted"),
        P("Augustinus, De civitate Dei 19,13.", ("Augustinus", "De civitate Dei", "19,13", "section"), id="comma"),
        P("Aristotle, Politics 1253a2–5.", ("Aristotle", "Politics", "1253a2-5", "page"), id="bekker-range"),
        P("Plato, Phaedo 64c.", ("Plato", "Phaedo", "64c", "page"), id="stephanus"),
        P("Kant, Kritik der reinen Vernunft, A 51 / B 75.", ("Kant", "Kritik der reinen Vernunft", "A 51 / B 75", "page"),
          id="kant-spaced"),
        P("Aquinas, Summa theologiae II-II, q. 66, a. 7, ad 2.",
          ("Aquinas", "Summa theologiae", "II-II, q. 66, a. 7, ad 2", "section"), id="summa-reply"),
        P("Hobbes, Leviathan, ch. 13.", ("Hobbes", "Leviathan", "13", "chapter"), id="chapter"),
        P("Blackstone, Commentaries, bk. 4, ch. 33.", ("Blackstone", "Commentaries", "4, ch. 33", "book"), id="book-chapter"),
        P("Grotius, De iure belli ac pacis, lib. 2, cap. 1.", ("Grotius", "De iure belli ac pacis", "2, cap. 1", "book"),
          id="liber-caput"),
        P("Ov. Met. 10.243–97.", ("Ovid", "Metamorphoses", "10.243-97", "section"), id="abbreviated"),
        P("Tac. Ann. 15.44.", ("Tacitus", "Annals", "15.44", "section"), id="abbreviated-tacitus"),
        P("Cic. Off. 1.7.", ("Cicero", "De officiis", "1.7", "section"), id="abbreviated-cicero"),
        P("Tomás de Aquino, Suma teológica I, q. 2, a. 3.", ("Tomás de Aquino", "Suma teológica", "I, q. 2, a. 3", "section"),
          id="spanish-spelling"),
        # near misses: not an author of the canon, an abbreviation with no listed work, an imprint, no numbering
        P("Hagenloh, Stalin's Police, 6.", None, id="modern-short-form"),
        P("Kershaw, Hitler, 2.45.", None, id="modern-author-dotted"),
        P("Ov. Foo. 1.2.", None, id="unlisted-work"),
        P("Aristotle, Politics, trans. Ernest Barker (Oxford: Clarendon, 1946), 1253a2.", None, id="edition-cited"),
        P("Augustine, Confessions.", None, id="no-numbering"),
    ],
)
def test_read_classical(text: str, expected: tuple[str, str, str, str] | None) -> None:
    assert read_classical(text.rstrip(".") + ".") == expected


def _parse(fields: list[tuple[str, str]]) -> tuple[dict[str, Any], str, str | None, str | None]:
    parsed = normalize_fields(fields)
    return parsed.item, parsed.kind, parsed.locator, parsed.label


def test_classical_work_replaces_the_taggers_reading() -> None:
    item, kind, locator, label = _parse([("author", "Augustine,"), ("date", "Confessions 8.12.29.")])
    assert (item, kind, locator, label) == (
        {"type": "classic", "author": [{"family": "Augustine"}], "title": "Confessions"}, "full", "8.12.29", "section",
    )


def test_classical_work_multi_word_author_is_literal() -> None:
    item, *_ = _parse([("author", "Thomas von Aquin,"), ("title", "Summa theologiae"), ("locator", "I-II, q. 90, a. 4.")])
    assert item["author"] == [{"literal": "Thomas von Aquin"}]


@pytest.mark.parametrize(
    ("fields", "expected", "locator"),
    [
        P([("title", "Keynes to Hayek, 8 March 1933, Hayek Papers,"), ("locator", "Box 1.")],
          {"type": "letter", "title": "Keynes to Hayek", "author": [{"family": "Keynes"}], "recipient": [{"family": "Hayek"}],
           "issued": {"date-parts": [[1933, 3, 8]]}, "archive_collection": "Hayek Papers", "archive_location": "Box 1"},
          None, id="single-names"),
        P([("title", "Letter from Florence Nightingale to Sidney Herbert,"), ("date", "19 November 1854,"),
           ("collection-title", "Add MS 43393,"), ("locator", "fol. 12,"), ("publisher", "British Library,"),
           ("location", "London.")],
          {"type": "letter", "title": "Letter from Florence Nightingale to Sidney Herbert",
           "author": [{"family": "Nightingale", "given": "Florence"}], "recipient": [{"family": "Herbert", "given": "Sidney"}],
           "issued": {"date-parts": [[1854, 11, 19]]}, "archive": "British Library", "archive-place": "London",
           "archive_location": "Add MS 43393"},
          ("12", "folio"), id="shelf-mark-folio-repository-place"),
        P([("title", "Carta de Manuel Azaña a Indalecio Prieto, 5 de mayo de 1936, Archivo Azaña,"), ("locator", "caja 4,"),
           ("publisher", "Archivo Histórico Nacional,"), ("location", "Madrid.")],
          {"type": "letter", "title": "Carta de Manuel Azaña a Indalecio Prieto",
           "author": [{"family": "Azaña", "given": "Manuel"}], "recipient": [{"family": "Prieto", "given": "Indalecio"}],
           "issued": {"date-parts": [[1936, 5, 5]]}, "archive": "Archivo Histórico Nacional", "archive-place": "Madrid",
           "archive_collection": "Archivo Azaña", "archive_location": "caja 4", "language": "es"},
          None, id="spanish-date-with-de"),
    ],
)
def test_archived_letter(fields: list[tuple[str, str]], expected: dict[str, Any], locator: tuple[str, str] | None) -> None:
    item, kind, loc, label = _parse(fields)
    assert item == expected
    assert (kind, (loc, label)) == ("full", locator or (None, None))


@pytest.mark.parametrize(
    "fields",
    [
        # a letter in a printed edition: the edition's steps read it
        P([("title", "Mary Shelley to Leigh Hunt, 9 February 1824,"), ("container-title", "in The Letters of Mary Shelley,"),
           ("editor", "ed. Betty T. Bennett"), ("date", "(1980),"), ("locator", "1:412.")], id="in-an-edition"),
        # no month: "to" in a title of a book
        P([("title", "Guide to Paris, 1990,"), ("publisher", "Hachette.")], id="title-with-to"),
    ],
)
def test_archived_letter_leaves_other_shapes(fields: list[tuple[str, str]]) -> None:
    item, *_ = _parse(fields)
    assert item.get("type") != "letter" or "in The Letters" in str(fields)
    assert "archive" not in item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Battleship Potemkin, directed by Sergei Eisenstein (Moscow: Goskino, 1925).",
          {"type": "motion_picture", "title": "Battleship Potemkin", "director": [{"family": "Eisenstein", "given": "Sergei"}],
           "publisher": "Goskino", "publisher-place": "Moscow", "issued": {"date-parts": [[1925]]}}, id="english"),
        P("Metropolis, Regie: Fritz Lang (UFA, 1927).",
          {"type": "motion_picture", "title": "Metropolis", "director": [{"family": "Lang", "given": "Fritz"}],
           "publisher": "UFA", "issued": {"date-parts": [[1927]]}}, id="german-no-place"),
    ],
)
def test_film(text: str, expected: dict[str, Any]) -> None:
    item, kind, *_ = _parse([("author", text)])
    assert (item, kind) == (expected, "full")


@pytest.mark.parametrize(
    "fields",
    [
        P([("author", "Smith,"), ("title", "Cinema Studies,"), ("editor", "ed. Jane Doe"),
           ("publisher", "(London: Routledge,"), ("date", "1999).")], id="edited-book"),
        P([("editor", "Les Lieux de mémoire, dir. Pierre Nora"), ("location", "(Paris:"), ("publisher", "Gallimard,"),
           ("date", "1984).")], id="french-dir-of-an-edited-book"),
        P([("title", "Historia de España,"), ("editor", "dirigida por Ramón Menéndez Pidal"), ("location", "(Madrid:"),
           ("publisher", "Espasa-Calpe,"), ("date", "1935).")], id="spanish-dirigida-por-of-a-history"),
    ],
)
def test_film_leaves_a_book_by_its_editor(fields: list[tuple[str, str]]) -> None:
    item, *_ = _parse(fields)
    assert item["type"] != "motion_picture" and "director" not in item


@pytest.mark.parametrize(
    ("fields", "expected", "locator"),
    [
        P([("author", "Hansard, HC Deb."), ("date", "4 June 1940,"), ("volume", "vol. 361,"), ("locator", "cols. 787–96.")],
          {"type": "book", "title": "House of Commons Debates", "title-short": "HC Deb", "collection-title": "Hansard",
           "issued": {"date-parts": [[1940, 6, 4]]}, "volume": "361"}, ("787-796", "column"), id="hansard-hc"),
        P([("author", "HL Deb"), ("date", "12 March 1912,"), ("volume", "vol 11,"), ("locator", "col 412.")],
          {"type": "book", "title": "House of Lords Debates", "title-short": "HL Deb",
           "issued": {"date-parts": [[1912, 3, 12]]}, "volume": "11"}, ("412", "column"), id="oscola-hl"),
    ],
)
def test_hansard(fields: list[tuple[str, str]], expected: dict[str, Any], locator: tuple[str, str]) -> None:
    item, kind, loc, label = _parse(fields)
    assert (item, kind, (loc, label)) == (expected, "full", locator)


@pytest.mark.parametrize(
    ("fields", "title", "issued", "extra"),
    [
        P([("title", "Foreign Relations of the United States,"), ("date", "1945,"), ("volume", "vol. 5,"),
           ("publisher", "Europe (Washington, DC: GPO,"), ("date", "1967),"), ("locator", "118.")],
          "Foreign Relations of the United States, 1945", 1967, {"volume-title": "Europe", "publisher-place": "Washington, DC"},
          id="series-year-and-volume-title"),
        P([("title", "Documents on British Foreign Policy,"), ("date", "1919–1939,"), ("location", "(London:"),
           ("publisher", "HMSO,"), ("date", "1949).")],
          "Documents on British Foreign Policy, 1919–1939", 1949, {}, id="range-of-years"),
        P([("author", "W. Frijhoff en M. Spies,"), ("date", "1650:"), ("title", "Bevochten eendracht,"),
           ("location", "Den Haag"), ("date", "1999.")],
          "1650: Bevochten eendracht", 1999, {}, id="year-opens-title"),
    ],
)
def test_title_year(fields: list[tuple[str, str]], title: str, issued: int, extra: dict[str, str]) -> None:
    item, *_ = _parse(fields)
    assert item["title"] == title
    assert item["issued"]["date-parts"][0][0] == issued
    assert "original-date" not in item
    assert {key: item.get(key) for key in extra} == extra


@pytest.mark.parametrize(
    "fields",
    [
        # author-date style: the year after the author is the work's, repeated at the end
        P([("author", "Katchan O."), ("date", "1986:"), ("title", "Early Bilingualism,"), ("location", "Amsterdam,"),
           ("date", "1986.")], id="author-date-style"),
        # a year after the title with no imprint after it: the work's date
        P([("author", "Smith,"), ("title", "Memoirs,"), ("date", "1950.")], id="no-imprint"),
    ],
)
def test_title_year_leaves_the_works_year(fields: list[tuple[str, str]]) -> None:
    item, *_ = _parse(fields)
    assert not item["title"][:1].isdigit() and not item["title"][-1:].isdigit()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "Cabinet conclusions,"), ("date", "3 May 1940,"), ("publisher", "TNA,"), ("locator", "CAB 65/13.")],
          {"type": "manuscript", "title": "Cabinet conclusions", "issued": {"date-parts": [[1940, 5, 3]]}, "archive": "TNA",
           "archive_location": "CAB 65/13"}, id="repository-then-piece"),
        P([("title", "Will of Jane Austen,"), ("date", "27 April 1817,"), ("other", "PROB 11/1596/223,"),
           ("publisher", "The National Archives,"), ("location", "Kew.")],
          {"type": "manuscript", "title": "Will of Jane Austen", "issued": {"date-parts": [[1817, 4, 27]]},
           "archive": "The National Archives", "archive-place": "Kew", "archive_location": "PROB 11/1596/223"},
          id="piece-then-repository-and-place"),
        P([("title", "Court roll of the manor of Halesowen,"), ("date", "1293,"), ("other", "MS 346, Birmingham Archives.")],
          {"type": "manuscript", "title": "Court roll of the manor of Halesowen", "issued": {"date-parts": [[1293]]},
           "archive": "Birmingham Archives", "archive_location": "MS 346"}, id="year-only"),
    ],
)
def test_archived_document(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item, kind, *_ = _parse(fields)
    assert (item, kind) == (expected, "full")


def test_archived_document_needs_a_repository() -> None:
    item, *_ = _parse([("container-title", "Daily Mail,"), ("date", "12 November 1918,"), ("locator", "A18.")])
    assert "archive" not in item


@pytest.mark.parametrize(
    ("text", "expected", "leaf"),
    [
        P("Archivio di Stato di Firenze (ASFi), Mediceo del Principato, 2965, c. 12r.",
          {"archive": "Archivio di Stato di Firenze (ASFi)", "archive_collection": "Mediceo del Principato",
           "archive_location": "2965"}, "12r", id="name-and-siglum"),
        P("ASV, Senato, Dispacci Roma, b. 210, f. 388–89.",
          {"archive": "ASV", "archive_collection": "Senato, Dispacci Roma", "archive_location": "b. 210"}, "388-389",
          id="siglum-busta-leaves"),
        P("Archivio di Stato di Milano, Sforzesco, cart. 1250, fasc. 3.",
          {"archive": "Archivio di Stato di Milano", "archive_collection": "Sforzesco", "archive_location": "cart. 1250, fasc. 3"},
          None, id="no-leaf"),
    ],
)
def test_italian_archive(text: str, expected: dict[str, str], leaf: str | None) -> None:
    item, _, locator, label = _parse([("other", text)])
    assert {key: item.get(key) for key in expected} == expected
    assert item["type"] == "manuscript" and "author" not in item
    assert (locator, label) == ((leaf, "folio") if leaf else (None, None))


def test_italian_archive_leaves_a_book() -> None:
    item, *_ = _parse([("author", "Ascoli,"), ("title", "Storia di Venezia,"), ("locator", "12.")])
    assert "archive" not in item


def test_old_bailey() -> None:
    item, kind, *_ = _parse([("other", "Old Bailey Proceedings Online, t17800628-33, trial of"), ("author", "George Gordon,"),
                             ("date", "28 June 1780.")])
    assert (item, kind) == (
        {"type": "legal_case", "title": "Old Bailey Proceedings Online", "number": "t17800628-33",
         "section": "trial of George Gordon", "issued": {"date-parts": [[1780, 6, 28]]}}, "full",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("R. Várkonyi Ágnes,", [{"family": "R. Várkonyi", "given": "Ágnes"}], id="hungarian-initial-family-given"),
        P("A. Rodríguez Juan,", [{"family": "Rodríguez Juan", "given": "A."}], id="spanish-two-surnames"),
        P("J. Paul Getty,", [{"family": "Getty", "given": "J. Paul"}], id="english-initial-given-family"),
    ],
)
def test_hungarian_name_after_an_initial(text: str, expected: list[dict[str, str]]) -> None:
    item, *_ = _parse([("author", text), ("title", "Title.")])
    assert item["author"] == expected
