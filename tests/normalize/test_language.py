"""Language guess from a title's words: German, French, Italian, Spanish and
transliterated Russian are marked; English titles, even with a foreign name, are not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.normalize import normalize_fields
from citekit.normalize.language import _ENGLISH, guess_item_language, guess_language

_LANGUAGES = {None, "de", "fr", "it", "es", "pt", "la", "ru", "pl", "nl", "cs", "hu"}
_WORDS = st.sampled_from(
    ["der", "die", "und", "la", "le", "les", "et", "de", "il", "della", "di", "el", "los", "y",
     "i", "v", "na", "Storia", "Verwaltung", "Ordnung", "vlast´", "Stalin's", "skogo", "politicheskogo",
     "İstanbul", "DIE", "Des", "L'État", "über", "für", "1926", "a", "an", "da", "O.", "NOS"]
)
_TITLES = st.lists(_WORDS, max_size=10).map(" ".join) | st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(_TITLES)
def test_guess_is_a_known_code_or_none(text: str) -> None:
    assert guess_language(text) in _LANGUAGES
    assert guess_item_language(text, text, text, text, text) in _LANGUAGES


@settings(max_examples=300, deadline=None)
@given(_TITLES, st.sampled_from(sorted(_ENGLISH)))
def test_an_english_function_word_keeps_a_title_english(text: str, word: str) -> None:
    assert guess_language(f"{text} {word} {text}") is None
    assert guess_item_language(f"{word} {text}", "Zeitschrift für Geschichte", "München") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("Verwaltung und Justiz im Vormärz", "de", id="German"),
        pytest.param("Państwo bez stosów", "pl", id="Polish letters outweigh the Russian 'bez'"),
        pytest.param("Ludzie marginesu w średniowiecznym Paryżu", "pl", id="Polish"),
        pytest.param("Politbiuro: mekhanizmy politicheskoi vlasti v 1930-e gody", "ru",
                     id="transliterated Russian stays Russian"),
        pytest.param("Die Akte als Herrschaftsmittel", "de", id="German article"),
        pytest.param("Recht der Schuldverhältnisse", "de", id="German ending and article"),
        pytest.param("Ordnung und Verwaltung", "de", id="German endings"),
        pytest.param("Les greffiers et l’État : histoire d’un métier", "fr", id="French"),
        pytest.param("Histoire du climat depuis l'an mil", "fr", id="French with 'an'"),
        pytest.param("Histoire du climat", "fr", id="French short"),
        pytest.param("Histoire de la Russie", "fr", id="French over shared la/de"),
        pytest.param("Storia della Repubblica di Venezia", "it", id="Italian"),
        pytest.param("La società italiana", "it", id="Italian letters"),
        pytest.param("Egemonie sociali e strutture del potere nel medioevo italiano", "it",
                     id="Italian long"),
        pytest.param("Repressii protiv poliakov i pol´skikh grazhdan", "ru", id="Russian"),
        pytest.param("Politbiuro i vlast´ v 1930-e gody", "ru", id="Russian soft sign"),
        pytest.param("Zhertvy politicheskogo terrora v SSSR", "ru", id="Russian -ogo"),
        pytest.param("Krest´ianskaia Rossiia", "ru", id="Russian -skaia"),
        pytest.param("Stalinskie repressii", "ru", id="Russian -skie -ii"),
        pytest.param("The Polish Terror: Spymania and Ethnic Cleansing", None, id="English"),
        pytest.param("Stalin’s Police", None, id="English possessive"),
        pytest.param("Stalin's Politburo", None, id="straight possessive is no Russian s"),
        pytest.param("Stalin´s Great Terror", None, id="accent possessive is no soft sign"),
        pytest.param("Young Stalin", None, id="young is no German -ung"),
        pytest.param("Hitler Youth in Weimar Germany", None, id="German names, English title"),
        pytest.param("Der Spiegel and the State", None, id="German name in English title"),
        pytest.param("Politics of Repression in Soviet Russia", None, id="English in"),
        pytest.param("Lubianka. Stalin i VChK-GPU-OGPU-NKVD", None, id="one lone letter"),
        pytest.param("Gulag", None, id="one word"),
        pytest.param("Die Akte and the State", None, id="mixed with English"),
        pytest.param("Het ontstaan van de Nederlandse staat", "nl", id="Dutch het"),
        pytest.param("Kerk en staat in de Gouden Eeuw", "nl", id="Dutch eeuw outvotes shared de, en"),
        pytest.param("De wetenschap van de samenleving", "nl", id="Dutch -schap"),
        pytest.param("Katalog der Wiegendrucke", "de", id="der stays German"),
        pytest.param("Sein als Lassen", "de", id="als stays German"),
        pytest.param("Venetianische-Istrische Studien", "de", id="-ische is no Dutch ending"),
        pytest.param("Charles R. Van Hise", None, id="van is a name's particle"),
        pytest.param("Dějiny českého státu", "cs", id="Czech letters"),
        pytest.param("Synody v Čechách mezi Kostnicí a Tridentinem", "cs", id="Czech mezi and ř"),
        pytest.param("Magyarország története a középkorban", "hu", id="Hungarian ö with é is not German"),
        pytest.param("Mesterek és mestermüvek", "hu", id="Hungarian és"),
        pytest.param("Über die Grenzen der Mündlichkeit", "de", id="German umlauts stay German"),
        pytest.param("Pro Cultura", None, id="pro is no Czech evidence"),
    ],
)
def test_guess_language(title: str, expected: str | None) -> None:
    assert guess_language(title) == expected


@pytest.mark.parametrize(
    ("title", "container", "place", "expected"),
    [
        pytest.param("Die Akte als Herrschaftsmittel", "Journal of Modern History", "", "de",
                     id="title decides over English container"),
        pytest.param("Gulag", "Jahrbücher für Geschichte Osteuropas und Russlands", "", "de",
                     id="neutral title, German container"),
        pytest.param("Gulag", "Journal of Modern History", "", None, id="neutral title, English"),
        pytest.param("Rossiia v gody voiny", "", "Moskva", "ru", id="place adds to title"),
        pytest.param("Dekabristy", "", "Moskva", None, id="place alone is not enough"),
        pytest.param("Tableau de Paris", "", "Amsterdam", None,
                     id="Amsterdam printed French books: no Dutch evidence"),
        pytest.param("Kerk en staat", "", "Den Haag", "nl", id="Dutch spelling of a place adds to title"),
        pytest.param("The Fall", "Zeitschrift für Geschichte", "München", None,
                     id="English title stays English"),
    ],
)
def test_guess_item_language(title: str, container: str, place: str, expected: str | None
                             ) -> None:
    assert guess_item_language(title, container, place) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ([("author", "Peter Lang,"), ("title", "Die Akte als Herrschaftsmittel,"),
          ("location", "Berlin,"), ("date", "1999.")], "de"),
        ([("author", "Emmanuel Le Roy Ladurie,"), ("title", "Histoire du climat depuis l'an mil"),
          ("location", "Paris:"), ("publisher", "Flammarion,"), ("date", "1967")], "fr"),
        ([("author", "O. V. Khlevniuk,"), ("title", "Politbiuro i vlast´ v 1930-e gody"),
          ("location", "Moskva:"), ("publisher", "ROSSPEN,"), ("date", "1996")], "ru"),
        ([("author", "J. Arch Getty,"), ("title", "Origins of the Great Purges"),
          ("location", "Cambridge,"), ("date", "1985")], None),
    ],
)
def test_chain_sets_language(fields: list[tuple[str, str]], expected: str | None) -> None:
    assert normalize_fields(fields).item.get("language") == expected
