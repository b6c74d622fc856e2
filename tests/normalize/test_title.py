"""Titles: quotes and edge punctuation off, subtitles and transliteration marks kept."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.title import Title, clean_title, main_title

P = pytest.param

CASES = [
    P("‘The Polish Terror: Spymania and Ethnic Cleansing in the Great Terror’,",
      "The Polish Terror: Spymania and Ethnic Cleansing in the Great Terror", id="single-quotes"),
    P("Nakazannyi narod: po materialam ‘Repressii v kontekste sovetskoi natsional´noi politiki’,",
      "Nakazannyi narod: po materialam ‘Repressii v kontekste sovetskoi natsional´noi politiki’",
      id="inner-quote-at-end-kept"),
    P("„Die Reform der Verwaltung“,", "Die Reform der Verwaltung", id="german-quotes"),
    P("«La Serenissima»,", "La Serenissima", id="guillemets"),
    P("« La France rurale »", "La France rurale", id="spaced-guillemets"),
    P("“Continental vs. Schaeffler?”", "Continental vs. Schaeffler?", id="question-kept"),
    P("Stalin’s Police,", "Stalin’s Police", id="apostrophe-kept"),
    P("Brainology in the classroom.", "Brainology in the classroom", id="final-period"),
    P("Martin Heidegger: „Sein und Zeit“. Ein einführender Kommentar.",
      "Martin Heidegger: „Sein und Zeit“. Ein einführender Kommentar", id="inner-german-quotes"),
    P("Smith & Co.", "Smith & Co.", id="abbreviation-kept"),
    P("The Papers of John F.", "The Papers of John F.", id="initial-kept"),
    P("Repressii protiv poliakov i pol s´kikh grazhdan,",
      "Repressii protiv poliakov i pol s´kikh grazhdan", id="soft-sign-kept"),
    P("Gur´ ianov i drugie,", "Gur´ianov i drugie", id="soft-sign-gap-closed"),
    P("Le prime nove... cit.,", "Le prime nove", id="italian-cit-cut"),
    P("Elicit", "Elicit", id="cit-inside-word-kept"),
    P("Gene order of <italic>barley</italic>.", "Gene order of barley", id="markup-off"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_clean_title(text: str, expected: str) -> None:
    assert clean_title(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        P("Stalin’s Police: Public Order, Mass Repression in the USSR, 1926–1941", "Stalin’s Police", id="colon"),
        P("Treviso e le sue pievi. Illustrazione storica", "Treviso e le sue pievi", id="period"),
        P("Who Killed Kirov? The Kremlin’s Greatest Mystery", "Who Killed Kirov?", id="question"),
        P("The Great Terror", None, id="no-subtitle"),
        P("II Card. Agostino Valier e la riforma", None, id="abbreviation-is-not-a-subtitle"),
        P("Europäisches Privatrecht, Bd. I: Älteres Gemeines Recht", "Europäisches Privatrecht",
          id="work-before-its-volume"),
        P("A History of Russia, vol. 2: The Empire", "A History of Russia", id="vol-before-colon"),
        P("Stalin, Vol. I", None, id="volume-without-subtitle"),
    ],
)
def test_main_title(title: str, expected: str | None) -> None:
    assert main_title(title) == expected


def run(fields: list[tuple[str, str]]) -> dict[str, Any]:
    state = ItemState.from_fields(fields)
    Title()(state, Context())
    if state.locator is None:
        return state.item
    return {**state.item, "@locator": (state.locator, state.label)}  # (the passage cited after a title)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "«Collectivisation, révoltes paysannes», Cahiers du monde russe,"), ("volume", "XXXV")],
          {"title": "Collectivisation, révoltes paysannes", "container-title": "Cahiers du monde russe"},
          id="guillemet-title-then-its-journal"),
        P([("title", "„Sozialgeschichte heute“, Geschichte und Gesellschaft")],
          {"title": "Sozialgeschichte heute", "container-title": "Geschichte und Gesellschaft"},
          id="german-quoted-title-then-its-journal"),
        P([("title", "‘Parish Registers’, Local Historian,"), ("volume", "12")],
          {"title": "Parish Registers", "container-title": "Local Historian"},
          id="single-quoted-title-then-its-journal"),
        P([("title", "‘The People’s Voice’, and other essays")],
          {"title": "‘The People’s Voice’, and other essays"},
          id="quoted-title-then-lower-case-words-kept"),
        P([("title", "Sochineniia, t."), ("volume", "12")], {"title": "Sochineniia"},
          id="volume-label-closing-the-title-goes-with-the-volume"),
        P([("title", "Werke, Bd."), ("volume", "XXIII")], {"title": "Werke"}, id="german-volume-label-closing-the-title"),
        P([("title", "Nuits, t"), ("volume", "12")], {"title": "Nuits, t"}, id="bare-letter-without-its-period-kept"),
        P([("title", "Sochineniia, t."), ("date", "1949")], {"title": "Sochineniia, t"},
          id="volume-label-without-a-volume-after-kept"),
        P([("title", "I. V. Stalin, Sochineniia, t."), ("volume", "12"), ("date", "1949")],
          {"title": "Sochineniia", "author": [{"family": "Stalin", "given": "I. V."}]},
          id="initials-and-surname-opening-a-title-before-its-volume"),
        P([("title", "La crisi,"), ("title", "«Studi veneziani»,")],
          {"title": "La crisi", "container-title": "Studi veneziani"}, id="second-title-journal"),
        P([("title", "Treviso e le sue pievi."), ("title", "Illustrazione storica,")],
          {"title": "Treviso e le sue pievi. Illustrazione storica", "title-short": "Treviso e le sue pievi"},
          id="second-title-continues"),
        P([("title", "La crisi,"), ("title", "in «Studi»,"), ("container-title", "Archivio veneto")],
          {"title": "La crisi, in «Studi»"}, id="container-span-wins"),
        P([("title", "Il Consiglio nobile di Parenzo e i profughi di Creta «AMSI»")],
          {"title": "Il Consiglio nobile di Parenzo e i profughi di Creta", "container-title": "AMSI"},
          id="journal-in-guillemets-inside-title-span"),
        P([("title", "Il crepuscolo, in «Archivio veneto»,")],
          {"title": "Il crepuscolo", "container-title": "Archivio veneto"}, id="in-guillemets-inside-title-span"),
        P([("title", "Le «Nouvelles» de Venise")], {"title": "Le «Nouvelles» de Venise"},
          id="guillemets-inside-title-kept"),
        P([("title", "Stalin,"), ("author", "X"), ("title", "Man and Era")],
          {"title": "Stalin. Man and Era"}, id="joined-parts-lose-their-comma"),
        P([("title", "Who Rules?"), ("author", "X"), ("title", "Power")],
          {"title": "Who Rules? Power", "title-short": "Who Rules?"}, id="joined-after-question-mark"),
        P([("title", "Politica e diritto,"), ("backref", "in Id.,"), ("title", "Repubblica di Venezia,")],
          {"title": "Politica e diritto", "container-title": "Repubblica di Venezia"},
          id="in-idem-opens-the-container"),
        P([("title", "Neue Perspektiven,"), ("editor", "hg. von X,"), ("title", "(Rothenburger Gespräche 2),")],
          {"title": "Neue Perspektiven", "collection-title": "Rothenburger Gespräche", "collection-number": "2"},
          id="bracketed-second-title-is-the-series"),
        P([("title", "Die Akte,"), ("other", "in:"), ("backref", "ders.,"), ("title", "Schriften,")],
          {"title": "Die Akte", "container-title": "Schriften"}, id="in-then-ders-opens-the-container"),
        P([("title", "Tatsache I, in: Historisches Wörterbuch der Philosophie,")],
          {"title": "Tatsache I", "container-title": "Historisches Wörterbuch der Philosophie"},
          id="in-colon-inside-title-span"),
        P([("title", "Women in: Power,")], {"title": "Women in: Power", "title-short": "Women in"},
          id="in-colon-without-comma-kept"),
        P([("title", "Tatsache, in: Lexikon,"), ("container-title", "Archiv")],
          {"title": "Tatsache, in: Lexikon", "title-short": "Tatsache, in"},
          id="in-colon-with-container-span-kept"),
        P([("title", "The Foundations of Modern Political Thought, 2 vols")],
          {"title": "The Foundations of Modern Political Thought", "number-of-volumes": "2"},
          id="number-of-volumes-leaves-title"),
        P([("title", "Geschichte der Stadt Wien in 6 Bde.")],
          {"title": "Geschichte der Stadt Wien", "number-of-volumes": "6"}, id="in-n-bde"),
        P([("title", "The Origins of Totalitarianism, new edn")],
          {"title": "The Origins of Totalitarianism", "edition": "new edn"}, id="edition-leaves-title"),
        P([("title", "The Concept of Law, 2nd edn,")],
          {"title": "The Concept of Law", "edition": "2"}, id="numbered-edition-leaves-title"),
        P([("title", "The Concept of Law, 2nd edn"), ("edition", "3rd edn")],
          {"title": "The Concept of Law, 2nd edn"}, id="edition-span-wins"),
        P([("title", '"Labour Unrest," Manchester Guardian,')],
          {"title": "Labour Unrest", "container-title": "Manchester Guardian"}, id="quoted-title-then-container"),
        P([("title", "“The Kitchen of Meaning.” The Semiotic Challenge.")],
          {"title": "The Kitchen of Meaning", "container-title": "The Semiotic Challenge"},
          id="curly-quoted-title-then-book"),
        P([("title", "“Sein und Zeit”. Ein Kommentar")],
          {"title": "“Sein und Zeit”. Ein Kommentar", "title-short": "“Sein und Zeit”"},
          id="quoted-work-inside-a-title-kept"),
        P([("title", '"Labour Unrest," Manchester Guardian,'), ("container-title", "X")],
          {"title": '"Labour Unrest," Manchester Guardian'}, id="container-span-keeps-quoted-title-whole"),
        P([("title", "Two Vols and a Stove")], {"title": "Two Vols and a Stove"}, id="vols-inside-title-kept"),
        P([("title", "Les lieux de mémoire, 3 t.,")], {"title": "Les lieux de mémoire", "number-of-volumes": "3"},
          id="french-tomes-with-their-period"),
        P([("title", "ff. 23 r, 23 v;")], {"title": "ff. 23 r, 23 v"}, id="folio-verso-is-no-volume-count"),
        P([("title", "Mensen van klein vermogen, 4e druk")],
          {"title": "Mensen van klein vermogen", "edition": "4"}, id="dutch-druk-leaves-title"),
        P([("title", "Tre statsmän, 2 uppl.,")], {"title": "Tre statsmän", "edition": "2"},
          id="swedish-upplaga-leaves-title"),
        P([("title", "Church Dogmatics, vol. III/2,")], {"title": "Church Dogmatics", "volume": "III/2"},
          id="volume-with-part-leaves-title"),
        P([("title", "Husitská revoluce, sv. 2,")], {"title": "Husitská revoluce", "volume": "2"},
          id="czech-svazek-leaves-title"),
        P([("title", "Husitská revoluce, sv. 2,"), ("volume", "3")], {"title": "Husitská revoluce, sv. 2"},
          id="volume-span-keeps-the-title-whole"),
        P([("title", "Iliad 6.146–9,")], {"title": "Iliad", "@locator": ("6.146-9", "section")},
          id="canonical-passage-leaves-title"),
        P([("title", "Republic 514a–517c.")], {"title": "Republic", "@locator": ("514a-517c", "page")},
          id="stephanus-pages-leave-title"),
        P([("title", "Web 2.0")], {"title": "Web 2.0"}, id="version-number-is-no-passage"),
        P([("title", "The Apocalypse and the Shape of Things to Come, exh. cat.")],
          {"title": "The Apocalypse and the Shape of Things to Come", "genre": "exhibition catalogue"},
          id="exhibition-catalogue-is-the-genre"),
        P([("title", "Rembrandt’s Late Etchings, exh. cat., Rijksmuseum,")],
          {"title": "Rembrandt’s Late Etchings", "genre": "exhibition catalogue"}, id="exh-cat-then-venue"),
        P([("title", "A Treatise of Human Nature, ed. L. A. Selby-Bigge,")],
          {"title": "A Treatise of Human Nature", "editor": [{"family": "Selby-Bigge", "given": "L. A."}]},
          id="editor-closing-the-title"),
        P([("title", "“Raphael in Rome,” in Raphael: From Urbino to Rome,")],
          {"title": "Raphael in Rome", "container-title": "Raphael: From Urbino to Rome"},
          id="quoted-title-then-in-book"),
        P([("title", "Ludzie marginesu, w: Kultura Polski średniowiecznej,")],
          {"title": "Ludzie marginesu", "container-title": "Kultura Polski średniowiecznej"},
          id="polish-w-colon-opens-the-container"),
        P([("title", "Chaucer and the Body, Cambridge Studies in Medieval Literature,"), ("volume", "62"),
           ("location", "(Cambridge:")],
          {"title": "Chaucer and the Body", "collection-title": "Cambridge Studies in Medieval Literature",
           "collection-number": "62"}, id="series-closing-the-title-its-number-a-volume"),
        P([("title", "Chaucer and the Body, Cambridge Studies in Medieval Literature,"), ("volume", "62")],
          {"title": "Chaucer and the Body, Cambridge Studies in Medieval Literature"}, id="series-needs-an-imprint"),
        P([("title", "Życie miasta średniowiecznego, wyd."), ("volume", "2,")],
          {"title": "Życie miasta średniowiecznego", "edition": "2"}, id="edition-word-closing-the-title"),
        P([("title", "letter to Benjamin Bailey, 22 November 1817, in The Letters of John Keats, ed. by Hyder Edward "
                     "Rollins, 2 vols"), ("location", "(Cambridge, MA:")],
          {"title": "letter to Benjamin Bailey, 22 November 1817", "container-title": "The Letters of John Keats",
           "editor": [{"family": "Rollins", "given": "Hyder Edward"}], "number-of-volumes": "2"},
          id="editors-and-volumes-of-the-book-after-in"),
        P([("title", "O Brasil nos quadros do antigo sistema colonial. Revista de História,"), ("location", "São Paulo,"),
           ("volume", "v. 12,")],
          {"title": "O Brasil nos quadros do antigo sistema colonial", "container-title": "Revista de História"},
          id="abnt-journal-closing-the-title"),
        P([("title", "Raízes do Brasil. Uma introdução,"), ("location", "São Paulo:"), ("publisher", "Companhia,")],
          {"title": "Raízes do Brasil. Uma introdução", "title-short": "Raízes do Brasil"},
          id="abnt-book-subtitle-kept"),
        P([("title", "Letter from Charlotte Brontë to Ellen Nussey,")],
          {"title": "Letter from Charlotte Brontë to Ellen Nussey",
           "author": [{"family": "Brontë", "given": "Charlotte"}],
           "recipient": [{"family": "Nussey", "given": "Ellen"}]}, id="published-letter-names-its-people"),
        P([("title", "The Return of the 2 Tomes")], {"title": "The Return of the 2 Tomes"},
          id="no-comma-no-statement"),
    ],
)
def test_title_spans(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


def test_idempotent() -> None:
    once = clean_title("‘The Polish Terror’,")
    assert clean_title(once) == once


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "Canaris,"), ("container-title", "in: FS Larenz,")], {"author": [{"family": "Canaris"}]},
          id="surname-before-in"),
        P([("title", "Henssler/Braun,"), ("container-title", "in: Arbeitsrecht,")],
          {"author": [{"family": "Henssler"}, {"family": "Braun"}]}, id="slashed-surnames-before-in"),
        P([("author", "X,"), ("title", "Canaris,"), ("container-title", "in: FS Larenz,")],
          {"title": "Canaris"}, id="with-an-author-a-title"),
        P([("title", "Privatrecht,"), ("container-title", "Juristenzeitung,")], {"title": "Privatrecht"},
          id="no-in-a-title"),
    ],
)
def test_surname_read_as_title(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "Tarifrecht in Irland, EuZA 2021,"), ("locator", "182 (185).")],
          {"title": "Tarifrecht in Irland", "container-title": "EuZA", "issued": {"date-parts": [[2021]]}},
          id="abbreviation-and-year"),
        P([("title", "Zehn Jahre Viking und Laval, EuZA"), ("date", "2018,"), ("locator", "1 f.")],
          {"title": "Zehn Jahre Viking und Laval", "container-title": "EuZA"}, id="abbreviation-then-year-span"),
        P([("title", "Neues zum Streikrecht? JBl"), ("date", "1992,"), ("locator", "12.")],
          {"title": "Neues zum Streikrecht?", "container-title": "JBl"}, id="abbreviation-after-a-question"),
        P([("author", "Rebhahn,"),
           ("title", "The International Journal of Comparative Labour Law and Industrial Relations 19/2003/3,"),
           ("locator", "277 f")],
          {"container-title": "The International Journal of Comparative Labour Law and Industrial Relations",
           "issued": {"date-parts": [[2003]]}, "volume": "19", "issue": "3", "author": None},
          id="volume-year-issue-no-article-title"),
        P([("title", "Die Stadt, Berlin 1990,"), ("locator", "S. 5.")], {"title": "Die Stadt, Berlin 1990"},
          id="place-and-year-stay"),
        P([("title", "Postwar: A History of Europe since 1945,"), ("locator", "5.")],
          {"title": "Postwar: A History of Europe since 1945"}, id="year-in-title-stays"),
    ],
)
def test_periodical_closing_the_title(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = run(fields)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "Il principio dell’anno nei documenti padovani, in Scritti di paleografia e diplomatica,"),
           ("location", "Venezia"), ("date", "1938,")],
          {"title": "Il principio dell’anno nei documenti padovani",
           "container-title": "Scritti di paleografia e diplomatica"}, id="in-book-before-imprint"),
        P([("title", "Trade, In Theory and Practice")], {"title": "Trade, In Theory and Practice"},
          id="in-with-nothing-after-the-span-stays"),
        P([("title", "Crime, in Europe,"), ("location", "Paris")], {"title": "Crime, in Europe"},
          id="one-word-after-in-stays"),
    ],
)
def test_in_without_colon_inside_the_title_span(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = run(fields)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Mironov B. N."), ("title", "Sotsial'naia istoriia Rossii. SPb.: Dmitrii Bulanin,")],
          {"title": "Sotsial'naia istoriia Rossii", "publisher-place": "SPb.", "publisher": "Dmitrii Bulanin"},
          id="gost-imprint-after-the-title"),
        P([("title", "Samoderzhavie i russkaia armiia. M.: Nauka,")],
          {"title": "Samoderzhavie i russkaia armiia", "publisher-place": "M.", "publisher": "Nauka"},
          id="moscow-abbreviated"),
        P([("title", "Dante. Inferno: A Verse Translation")],
          {"title": "Dante. Inferno: A Verse Translation"}, id="subtitle-is-no-imprint"),
        P([("title", "Rossiia. M.: Nauka,"), ("publisher", "Nauka,")], {"title": "Rossiia. M.: Nauka"},
          id="imprint-spans-of-its-own-win"),
    ],
)
def test_imprint_in_the_title_span(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = run(fields)
    assert {key: item.get(key) for key in expected} == expected


def test_title_words_taken_back_from_the_author_span_keep_their_comma() -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields([("author", "Julian Martin, Francis Bacon,"),
                               ("title", "the State and the Reform of Natural Philosophy"), ("date", "1992.")])
    assert parsed.item["title"] == "Francis Bacon, the State and the Reform of Natural Philosophy"


def test_a_subtitle_tagged_as_a_container_before_the_journal() -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields([("author", "Raymond Tumbleson,"), ("title", "“Reason and Religion”:"),
                               ("container-title", "The Science of Anglicanism,"), ("volume", "57"),
                               ("container-title", "J. HIST. IDEAS"), ("pages", "131"), ("date", "(1996).")])
    assert parsed.item["title"] == "“Reason and Religion”: The Science of Anglicanism"
    assert parsed.item["container-title"] == "J. HIST. IDEAS"


def test_volume_of_a_work_in_volumes_closing_the_title() -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields([("author", "Peter Clarke,"),
                               ("title", "Hope and Glory: Britain 1900–1990, vol. 2 of The History of Modern Britain"),
                               ("location", "(London:"), ("publisher", "Allen Lane,"), ("date", "1996).")])
    item = parsed.item
    assert (item["title"], item["volume"], item["collection-title"]) == (
        "Hope and Glory: Britain 1900–1990", "2", "The History of Modern Britain")


def test_years_closing_the_title_before_an_edition_and_the_imprint() -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields([("author", "Carlo M. Cipolla,"), ("title", "Before the Industrial Revolution,"),
                               ("pages", "1000–1700,"), ("edition", "3rd ed."), ("location", "(London:"),
                               ("publisher", "Routledge,"), ("date", "1993),"), ("locator", "45.")])
    assert parsed.item["title"] == "Before the Industrial Revolution, 1000–1700"
    assert (parsed.locator, parsed.item["edition"]) == ("45", "3")


def test_a_lexicon_entry_announced_by_art() -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields([("author", "Reinhart Koselleck,"), ("title", "Art. „Geschichte, Historie“,"),
                               ("container-title", "in: Geschichtliche Grundbegriffe,"), ("date", "1975.")])
    assert parsed.item["title"] == "Geschichte, Historie"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # Portuguese and Spanish ordinals ("48.ª ed.") closing the title span: the edition statement
        P([("author", "Gilberto Freyre,"), ("title", "Casa-grande & senzala, 48.ª ed.,"), ("date", "2003,")],
          {"title": "Casa-grande & senzala", "edition": "48"}, id="portuguese-ordinal-edition"),
        P([("title", "Os sertões, 3.ª ed.,"), ("date", "1905,")], {"title": "Os sertões", "edition": "3"},
          id="single-digit-ordinal"),
        P([("title", "La ciudad letrada, 2.º ed.,"), ("date", "1998,")], {"title": "La ciudad letrada", "edition": "2"},
          id="masculine-ordinal"),
        # the author's name opening the only title span of a full reference
        P([("title", "Sérgio Buarque de Holanda, Raízes do Brasil, 26.ª ed.,"), ("location", "São Paulo,"),
           ("date", "1995,")],
          {"author": [{"family": "Buarque de Holanda", "given": "Sérgio"}],
           "title": "Raízes do Brasil", "edition": "26"}, id="author-opening-the-title-span"),
        P([("title", "Marc Bloch, La société féodale, 2 vols,"), ("date", "1939,")],
          {"author": [{"family": "Bloch", "given": "Marc"}], "title": "La société féodale"}, id="french-author-and-title"),
        P([("title", "Antonio Rizzo, Sculptor and Architect."), ("location", "Princeton, N. J.,"), ("date", "1983.")],
          {"title": "Antonio Rizzo, Sculptor and Architect", "author": None}, id="a-title-naming-a-person"),
        P([("title", "Abraham Lincoln, Redeemer President,"), ("locator", "p. 12.")],
          {"title": "Abraham Lincoln, Redeemer President"}, id="no-year-no-split"),
        P([("author", "Allen Guelzo,"), ("title", "Abraham Lincoln, Redeemer President,"), ("date", "1999,")],
          {"title": "Abraham Lincoln, Redeemer President"}, id="with-an-author-span-no-split"),
        P([("title", "Rivoluzione e reazione,"), ("date", "1950,")], {"title": "Rivoluzione e reazione"},
          id="no-given-name-no-split"),
    ],
)
def test_imprint_statements_in_the_title_span(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = run(fields)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "publisher"),
    [
        P([("title", "Raízes do Brasil,"), ("location", "São Paulo,"), ("title", "Companhia das Letras,"),
           ("date", "1995,")], "Companhia das Letras", id="publisher-between-place-and-year"),
        P([("title", "La ciudad letrada,"), ("location", "Montevideo,"), ("title", "Arca,"), ("date", "1998,")],
          "Arca", id="one-word-publisher"),
        P([("title", "Le roman,"), ("location", "Paris,"), ("title", "« Quadrige »,"), ("date", "1990,")], None,
          id="a-quoted-series-is-no-publisher"),
        P([("title", "Storia,"), ("location", "Roma,"), ("title", "Laterza,"), ("publisher", "Einaudi,"),
           ("date", "1990,")], None, id="not-with-a-publisher-span"),
    ],
)
def test_title_span_between_place_and_year(fields: list[tuple[str, str]], publisher: str | None) -> None:
    assert run(fields).get("publisher") == publisher


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Commentaries *69", ("Commentaries", "*69"), id="star-page"),
        P("Pleas of the Crown *120–21", ("Pleas of the Crown", "*120-21"), id="star-page-range"),
        P("Iliad 6.146–9", ("Iliad", "6.146-9"), id="book-and-line"),
        P("Commentaries 69", None, id="a-plain-page-is-no-passage"),
        P("Commentaries *", None, id="a-star-alone"),
    ],
)
def test_canonical_reference_with_star_pages(text: str, expected: tuple[str, str] | None) -> None:
    from citekit.normalize.title import canonical_reference

    assert canonical_reference(text) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "Les métiers de Nantes, Nantes,"), ("date", "2004,")],
          {"title": "Les métiers de Nantes", "publisher-place": "Nantes"}, id="place-closing-the-title"),
        P([("title", "Storia di Palermo, Palermo,"), ("date", "1985,")],
          {"title": "Storia di Palermo", "publisher-place": "Palermo"}, id="italian-place-closing-the-title"),
        P([("title", "Storia di Palermo, Palermo,"), ("locator", "p. 3.")],
          {"title": "Storia di Palermo, Palermo", "publisher-place": None}, id="no-year-no-place"),
        P([("title", "Roma, Firenze, Venezia,"), ("date", "2004,")],
          {"title": "Roma, Firenze, Venezia", "publisher-place": None}, id="a-list-of-places-stays"),
        P([("container-title", "Formação da literatura brasileira,"), ("edition", "6.ª ed.,"),
           ("title", "Belo Horizonte, Itatiaia,"), ("date", "1981,")],
          {"title": "Formação da literatura brasileira", "publisher-place": "Belo Horizonte", "publisher": "Itatiaia"},
          id="imprint-read-as-the-title"),
        P([("title", "Alpha,"), ("title", "Venezia, Marsilio,"), ("date", "1990,")],
          {"title": "Alpha", "publisher-place": "Venezia", "publisher": "Marsilio"}, id="imprint-as-a-second-title"),
        P([("title", "Alpha,"), ("title", "Venezia, Roma,"), ("date", "1990,")],
          {"publisher": None}, id="two-places-are-no-imprint"),
    ],
)
def test_place_and_imprint_in_title_spans(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = run(fields)
    assert {key: item.get(key) for key in expected} == expected
