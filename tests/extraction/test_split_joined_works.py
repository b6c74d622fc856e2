"""Works the splitter used to leave joined to prose or to another citation (fifth pass).

Each note is written for these tests; the expected pieces are (kind, text start).
"""

from __future__ import annotations

import pytest

from citekit.extraction.split import _citation_in_parentheses, _noun_before_name, split_note


def _pieces(note: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in split_note(note)]


@pytest.mark.parametrize("note,expected", [
    # a back-reference whose remark runs on into a full citation
    ("Walker, supra note 4, at 212, but not in his account of equity, R. T. Vale, "
     "Equity and Conscience, 14 J. LEGAL HIST. 33, 40 (1993).",
     [("supra", "Walker, supra note 4, at 212, but not in his account of equity"),
      ("full", "R. T. Vale, Equity and Conscience, 14 J. LEGAL HIST. 33, 40 (1993)")]),
    # "ebenso" adds a work after a dictionary entry that ends without a page
    ("Vgl. »Gesetz« im Deutschen Rechtswörterbuch, ebenso Martina Roth, Die Sprache der "
     "Normen, in: Archiv 12 (1990) 5–30.",
     [("short", "»Gesetz« im Deutschen Rechtswörterbuch"),
      ("full", "Martina Roth, Die Sprache der Normen, in: Archiv 12 (1990) 5–30.")]),
])
def test_joined_works_are_split(note: str, expected: list[tuple[str, str]]) -> None:
    assert _pieces(note) == expected


def test_a_topic_lead_in_after_und_starts_the_next_citation() -> None:
    note = ("Zur Rolle des Zufalls siehe Karl Brandt, Glück und Geschichte, Berlin 1970, und zu den "
            "Folgen in der späten Moderne Jonathan Weiss, Chance and Order, Oxford 1999.")
    pieces = split_note(note)
    assert [(p.kind, p.text) for p in pieces] == [
        ("full", "Karl Brandt, Glück und Geschichte, Berlin 1970"),
        ("full", "Jonathan Weiss, Chance and Order, Oxford 1999."),
    ]
    assert pieces[1].prefix == "zu den Folgen in der späten Moderne"


@pytest.mark.parametrize("note,start", [
    # an article or inflected adjective before three capitalised words: the first is a noun
    ("Über die Geschichte des achtzehnten Jahrhunderts Anna Berg, Die Zeit der Höfe, Wien 1988.", "Anna Berg"),
    # after a preposition the three words are one name
    ("Siehe hierzu die Bemerkungen von Gian Paolo Conti, Generi e lettori, Roma 1991.", "Gian Paolo Conti"),
])
def test_a_lead_in_noun_is_not_a_given_name(note: str, start: str) -> None:
    fulls = [p.text for p in split_note(note) if p.kind == "full"]
    assert len(fulls) == 1 and fulls[0].startswith(start)


@pytest.mark.parametrize("chunk,expected", [
    ("zu den Folgen in der späten Moderne Jonathan Weiss, Chance", "Jonathan Weiss"),
    ("wie schon früher Hans Peter Roth, Das Amt", "Hans Peter Roth"),  # an adverb, not an adjective
    ("so auch unter Hans Peter Roth, Das Amt", "Hans Peter Roth"),  # a preposition
])
def test_noun_before_name(chunk: str, expected: str) -> None:
    at = chunk.index(expected.split()[0]) if expected == "Jonathan Weiss" else chunk.index(expected)
    start = chunk.index("Moderne") if "Moderne" in chunk else at
    assert chunk[_noun_before_name(chunk, start):].startswith(expected)


def test_a_comma_without_its_space_does_not_hide_the_next_name() -> None:
    note = "It is indebted to Pufendorf,HENRY JAMES SUMNER, OLD LAW 12 (Clarendon Press 1920) (1861)."
    fulls = [p for p in split_note(note) if p.kind == "full"]
    assert len(fulls) == 1 and fulls[0].text.startswith("HENRY JAMES SUMNER, OLD LAW")


def test_a_topic_word_then_a_noun_is_no_name() -> None:
    note = ("Zur Stadtgeschichte Martina Weiss, Die Stadt und ihr Rat, in: Roth (Hg.), Städte im "
            "Wandel (2001), 4-42.")
    pieces = split_note(note)
    assert [p.kind for p in pieces] == ["full"]
    assert pieces[0].prefix == "Zur Stadtgeschichte" and pieces[0].text.startswith("Martina Weiss, Die Stadt")


def test_a_noun_before_a_comma_ends_the_lead_in() -> None:
    note = ("In die gleiche Richtung zielt Roths Kritik an der Verwaltung als der dunklen Seite der "
            "Modernisierung, Karl Roth, Amt und Macht, Law and Society 7 (1990), 10-20.")
    pieces = split_note(note)
    assert [p.kind for p in pieces] == ["full"]
    assert pieces[0].text.startswith("Karl Roth, Amt und Macht")


def test_a_name_before_a_comma_inside_editors_is_no_lead_in() -> None:
    note = ("Verwiesen sei auf die Bände: Armut. Historische Aspekte, hg. von Günter Weiss, Inge Roth "
            "und Hedwig Lang, Tübingen 1997, 302 S.")
    fulls = [p.text for p in split_note(note) if p.kind == "full"]
    assert len(fulls) == 1 and fulls[0].startswith("Armut. Historische Aspekte")


def test_the_argument_after_a_citation_may_cite_another_work() -> None:
    note = ("Beide Begriffe unterscheiden sich deutlich vom heutigen Gebrauch, etwa von Karl Roths "
            "Definition der Pflicht in den Zünften, Karl Roth, Pflicht und Amt (2003), 491 ff., oder von "
            "Anna Bergs Definition von Treue als Erfordernis, dass Regeln auf Übereinstimmung beruhen, "
            "Anna Berg, Treue und Rat (1995), 11.")
    fulls = [p.text for p in split_note(note) if p.kind == "full"]
    assert fulls == ["Karl Roth, Pflicht und Amt (2003), 491 ff.", "Anna Berg, Treue und Rat (1995), 11"]


def test_a_topic_after_a_signal_is_the_prefix() -> None:
    note = "Ebd., 67; vgl. zum Hintergrund dieser Stelle Volker Lang, Hof und Stadt, Wien 1997, 239."
    fulls = [p for p in split_note(note) if p.kind == "full"]
    assert len(fulls) == 1 and fulls[0].text.startswith("Volker Lang, Hof und Stadt")
    assert fulls[0].prefix == "vgl. zum Hintergrund dieser Stelle"


def test_an_ordinal_before_jahrgang_ends_no_sentence() -> None:
    note = "Karl Roth, Die Kalender, in: Genealogie 24, 48. Jahrgang (1999), 641–658."
    assert [p.kind for p in split_note(note)] == ["full"]


@pytest.mark.parametrize("note", [
    # a sentence of figures: the resumed argument after a comma is no citation's end
    "Während im Jahr 2019 in Lübeck, Bremen und Rostock die Löhne, wie in Hamburg, über 90 % lagen, die "
    "Dörfer Werte zwischen 80 und 90 % vorzuweisen hatten und Kiel knapp über 50 % auswies, waren es in "
    "Wismar etwas mehr als 20 %.",
    # an editor-and-imprint parenthetical inside commentary is no citation of its own
    "The present essay happens to stress what made the book welcome to its readers in the colonies, "
    "as the editor says in his introduction to the treatise (Mary Vale ed., Clarendon Press 2016).",
])
def test_no_full_citation_in(note: str) -> None:
    assert [p.text for p in split_note(note) if p.kind == "full"] == []


def test_a_place_and_year_after_a_comma_is_no_embedded_citation() -> None:
    note = ("The treaty, under way since 2014 (Council, Resolution n. 12/3, 4 July 2014), is not finished, "
            "as Karl Roth, Treaties in Europe, in A. Vale (ed.), Treaties. Law Challenges, New York, 2019, "
            "pp. 24-34, in particular pp. 27-28, has shown in detail for the members of the council.")
    assert not any(p.text.startswith("New York") for p in split_note(note))


def test_a_reference_to_the_authors_note_with_a_year_is_a_back_reference() -> None:
    pieces = split_note("On the ways of linking law to all three theories Roth (fn. *), 2005.")
    assert [(p.kind, p.text) for p in pieces] == [("supra", "Roth (fn. *), 2005.")]
    assert pieces[0].info.note_ref == "*"


def test_a_noun_after_zum_is_no_given_name() -> None:
    pieces = split_note("Vgl. zum Stand der Forschung Roth, Kalender (wie Fn. 1) Bd. 1, 6–16 und zum "
                        "Hintergrund Lang, Die Räte (wie Fn. 2), 4.")
    assert [p.text.split(",")[0] for p in pieces] == ["Roth", "Lang"]


def test_und_after_a_pinpoint_with_f_starts_the_next_work() -> None:
    pieces = split_note("Zur Nomenklatur Roth, Kalender (wie Fn. 1) Bd. 1, 1 f. und Karl von Lang, Über Kalender, "
                        "Berlin 1792, 3.")
    assert [p.text for p in pieces] == ["Roth, Kalender (wie Fn. 1) Bd. 1, 1 f.",
                                        "Karl von Lang, Über Kalender, Berlin 1792, 3."]


@pytest.mark.parametrize("note,expected", [
    ("“The court is a forum of principle.” Id. at 5.", [("commentary", "“The court is a forum of principle.”"),
                                                         ("ibid", "Id. at 5.")]),
    ("„Die Technik erforderte einen Durchbruch, den Galilei vollziehen sollte.“ Roth (Fn. 1), 435.",
     [("commentary", "„Die Technik erforderte einen Durchbruch, den Galilei vollziehen sollte.“"),
      ("supra", "Roth (Fn. 1), 435.")]),
    ("Er schrieb: »Die Zahl der Räte ist zu groß.« Roth, Die Räte (wie Fn. 2), 4.",
     [("commentary", "Er schrieb: »Die Zahl der Räte ist zu groß.«"), ("supra", "Roth, Die Räte (wie Fn. 2), 4.")]),
    # a quoted title with its own full stop stays in its citation
    ("Karl Roth, “Die Stadt.” Archiv 12 (1990), 5.", [("full", "Karl Roth, “Die Stadt.” Archiv 12 (1990), 5.")]),
])
def test_a_quotation_then_its_source(note: str, expected: list[tuple[str, str]]) -> None:
    assert _pieces(note) == expected


def test_a_topic_lead_in_after_a_sentence_without_numbers_starts_a_citation() -> None:
    pieces = split_note("Roth spricht von gerechten Normen in vielen Zusammenhängen, später von gerechtem "
                        "Recht. Zur Gerechtigkeit der Norm, Karl Lang, Normen und Recht, Bonn 1977.")
    assert pieces[0].kind == "commentary" and pieces[0].text.endswith("gerechtem Recht.")
    assert [p.kind for p in pieces[1:]] == ["full"] and pieces[1].text.startswith("Karl Lang")


def test_a_subtitle_opening_with_zur_stays_in_its_title() -> None:
    assert _pieces("Karl Roth, Schüsse. Zur Mikrogeschichte der Gewalt, Bonn 1977, 4.") == [
        ("full", "Karl Roth, Schüsse. Zur Mikrogeschichte der Gewalt, Bonn 1977, 4.")]


@pytest.mark.parametrize("note,prefix,text", [
    ("Zur Gerechtigkeit der Kollisionsnorm: RW 373 ff., Begriffsjurisprudenz, 1977.",
     "Zur Gerechtigkeit der Kollisionsnorm", "RW 373 ff., Begriffsjurisprudenz, 1977."),
    ("On the justice of collision rules, RW 373 ff., Begriffsjurisprudenz, 1977.",
     "On the justice of collision rules", "RW 373 ff., Begriffsjurisprudenz, 1977."),
    # a title that opens with "On" keeps it (no siglum follows)
    ("On Liberty, London 1859, 12.", None, "On Liberty, London 1859, 12."),
])
def test_a_topic_before_a_siglum(note: str, prefix: str | None, text: str) -> None:
    pieces = split_note(note)
    assert [(p.prefix, p.text) for p in pieces] == [(prefix, text)]


def test_a_related_work_given_by_its_container_is_split_off() -> None:
    pieces = split_note("Societas Medica, Acta Medica Physica, Leipzig 1670, und eine Besprechung dazu in: "
                        "ATRS V (1671) 20–23.")
    assert pieces[0].text == "Societas Medica, Acta Medica Physica, Leipzig 1670"
    assert pieces[1].prefix == "eine Besprechung dazu in:" and pieces[1].text.startswith("ATRS V (1671)")


def test_a_lead_in_before_in_is_the_prefix() -> None:
    pieces = split_note("das Original in: ATRS I (1665–66) 64–69.")
    assert [(p.prefix, p.text) for p in pieces] == [("das Original in:", "ATRS I (1665–66) 64–69.")]


def test_a_signal_then_a_related_work_lead_in() -> None:
    pieces = split_note("Karl Roth, Briefe, Bonn 1990, 77; vgl. das Original in: ATRS I (1665–66) 64–69.")
    assert pieces[1].prefix == "vgl. das Original in:" and pieces[1].text == "ATRS I (1665–66) 64–69."


def test_a_signal_word_inside_a_german_quotation_is_no_signal() -> None:
    note = ("Karl Roth, Leviathan, Bonn 1968, 148. Bei Roth bleibt auch der alte Sinn des Wortes als Tat "
            "erhalten: »as when we see a Fact doing, or remember it done ...«, ebd., 145 (dt. Ausgabe, hg. "
            "von Anna Berg, Neuwied 1966, 63).")
    pieces = split_note(note)
    assert [p.kind for p in pieces] == ["full", "commentary"]
    assert not any(p.prefix and "we see" in p.prefix for p in pieces)


@pytest.mark.parametrize("note,cited", [
    ("So sicherte die Erklärung von 1890 den Anspruch auf das ganze Land bis zum Fluss "
     "(Karl Roth, Grenzen und Räume, London 1987, 12).", "Karl Roth, Grenzen und Räume, London 1987, 12"),
    # a translation of the work just cited is no work of its own
    ("So sicherte die Erklärung von 1890 den Anspruch auf das ganze Land bis zum Fluss "
     "(dt. Ausgabe, hg. von Anna Berg, Neuwied 1966, 63).", None),
    # a Chicago note puts its own imprint in brackets: the long title outside is no sentence
    ("Mary Jones, The Shaping of the Provincial Towns: Essays in the Economic History of Early Modern "
     "England (London: Longman, 1985), 258", None),
])
def test_citation_in_parentheses(note: str, cited: str | None) -> None:
    span = _citation_in_parentheses(note)
    assert (note[span[0]:span[1]] if span else None) == cited


def test_a_chicago_note_with_a_long_title_keeps_its_citations() -> None:
    note = ("Mary Jones, The Shaping of the Provincial Towns: Essays in the Economic History of Early Modern "
            "England (London: Longman, 1985), 258; and, more generally, Jones, Markets and Fairs "
            "(Oxford: Clarendon Press, 1968), passim.")
    pieces = [p for p in split_note(note) if p.kind != "commentary"]
    assert [p.text for p in pieces] == [
        "Mary Jones, The Shaping of the Provincial Towns: Essays in the Economic History of Early Modern "
        "England (London: Longman, 1985), 258",
        "Jones, Markets and Fairs (Oxford: Clarendon Press, 1968), passim.",
    ]


@pytest.mark.parametrize("text, remark", [
    ("Horwitz, supra note 1, at 35 (discussing the writ system).", "(discussing the writ system)."),
    ("Roe v. Wade, 410 U.S. 113, 153 (1973) (citing Griswold v. Connecticut, 381 U.S. 479 (1965)).",
     "(citing Griswold v. Connecticut, 381 U.S. 479 (1965))."),
    ("Id. at 12 (emphasis added)", "(emphasis added)"),
    # brackets that belong to the source: a year, an imprint, an edition, a season
    ("Friedman, A History of American Law 112 (3d ed. 2005).", None),
    ("Hagenloh, Stalin’s Police (Baltimore, MD, 2009), p. 3.", None),
    ("Journal 12 (spring 1990)", None),
    ("(citing nothing)", None),
])
def test_explanatory_parenthetical(text: str, remark: str | None) -> None:
    from citekit.extraction.split import explanatory_parenthetical

    start = explanatory_parenthetical(text)
    assert (text[start:] if start is not None else None) == remark


def test_an_explanatory_parenthetical_becomes_the_suffix() -> None:
    from citekit.extraction import extract

    doc = extract("Morton Horwitz, The Transformation of American Law 31 (1977).\n"
                  "Horwitz, supra note 1, at 35 (discussing the writ system).\n", notes_mode=True)
    cit = doc.notes[1].citations[0]
    assert (cit.kind, cit.id, cit.locator, cit.label) == ("supra", doc.notes[0].citations[0].id, "35", "page")
    assert cit.suffix == "(discussing the writ system)"


@pytest.mark.parametrize("note,expected", [
    ("The same rule held for federal courts, see Smith v. Jones, 12 F.3d 45 (2d Cir. 1994), and for the "
     "state courts, see Brown v. Green, 45 N.E.2d 12 (N.Y. 1950).",
     [("full", "for the state courts, see", "Brown v. Green, 45 N.E.2d 12 (N.Y. 1950).")]),
    ("See Smith, Title (London, 1990), 4, and for the later period, see Brown, Other Title (Paris, 1992), 5.",
     [("full", "for the later period, see", "Brown, Other Title (Paris, 1992), 5.")]),
])
def test_an_introduction_ending_in_a_signal_after_and_starts_the_next_citation(
    note: str, expected: list[tuple[str, str, str]]
) -> None:
    pieces = split_note(note)
    assert len(pieces) == 2
    assert [(p.kind, p.prefix, p.text) for p in pieces[1:]] == expected


@pytest.mark.parametrize("note,prefix,second", [
    ("Smith, Title One (London, 1990), 4, which builds on Brown, Other Title (Paris, 1992), 5.",
     "which builds on", "Brown, Other Title (Paris, 1992), 5."),
    ("Smith, Title One (London, 1990), 4, and more recently Brown, Other Title (Paris, 1992), 5.",
     "and more recently", "Brown, Other Title (Paris, 1992), 5."),
    ("Smith, Title One (London, 1990), 4, followed by Brown, Other Title (Paris, 1992), 5.",
     "followed by", "Brown, Other Title (Paris, 1992), 5."),
    ("Cfr. Rossi, Primo titolo, Roma 1990, p. 4, nonché Bianchi, Altro titolo, Milano 1992, p. 5.",
     "nonché", "Bianchi, Altro titolo, Milano 1992, p. 5."),
    ("See the discussion in Smith, Title One (London, 1990), 4–10, and the evidence collected in Brown, "
     "Other Title (Paris, 1992), 5.", "and the evidence collected in", "Brown, Other Title (Paris, 1992), 5."),
    ("Smith, Title One (London, 1990), 4 (citing Brown, Other Title (Paris, 1992), 5).",
     "citing", "Brown, Other Title (Paris, 1992), 5"),
    ("Vgl. Schmidt, Titel eins, Berlin 1990, S. 4, sowie für die spätere Zeit Braun, Anderer Titel, "
     "München 1992, S. 5.", "für die spätere Zeit", "Braun, Anderer Titel, München 1992, S. 5."),
    ("Vgl. Hanke (Fn. 1), S. 20, und für Lübeck, Schulz, Stadt und Rat, Kiel 1980, S. 3.",
     "für Lübeck", "Schulz, Stadt und Rat, Kiel 1980, S. 3."),
])
def test_a_second_work_named_after_a_linking_phrase_is_its_own_citation(
    note: str, prefix: str, second: str
) -> None:
    pieces = split_note(note)
    assert [(p.prefix, p.text) for p in pieces[1:]] == [(prefix, second)]
    assert pieces[0].kind in ("full", "supra")  # ("Hanke (Fn. 1)" is a back-reference)


@pytest.mark.parametrize("note,link,translation", [
    ("E. Le Roy Ladurie, Montaillou (Paris, 1975), 45 [Eng. trans. Montaillou: Cathars and Catholics "
     "(London, 1978), 32].", "Eng. trans.", "Montaillou: Cathars and Catholics (London, 1978), 32"),
    ("Carlo Ginzburg, Il formaggio e i vermi (Torino, 1976), 12 (English translation: The Cheese and the "
     "Worms, Baltimore, 1980, 5).", "English translation", "The Cheese and the Worms, Baltimore, 1980, 5"),
    ("Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 12 (engl. Übers.: Economy and Society, "
     "Berkeley 1978, p. 20).", "engl. Übers.", "Economy and Society, Berkeley 1978, p. 20"),
])
def test_a_translation_in_brackets_is_a_citation_of_its_own(note: str, link: str, translation: str) -> None:
    pieces = split_note(note)
    assert [(p.kind, p.prefix, p.text) for p in pieces[1:]] == [("full", link, translation)]


def test_the_translation_takes_the_original_authors() -> None:
    from citekit.extraction import extract

    document = extract("E. Le Roy Ladurie, Montaillou (Paris, 1975), 45 [Eng. trans. Montaillou: Cathars and "
                       "Catholics (London, 1978), 32].\n", notes_mode=True)
    original, translation = document.entries
    assert original["author"] == translation["author"] == [{"family": "Le Roy Ladurie", "given": "E."}]
    assert (original["title"], translation["title"]) == ("Montaillou", "Montaillou: Cathars and Catholics")
    assert [c.locator for c in document.notes[0].citations] == ["45", "32"]


@pytest.mark.parametrize("note,locator,suffix", [
    ("Smith, Title (London, 1990), 4 (a point often missed).", "4", "(a point often missed)"),
    ("Smith, Title (London, 1990), 4 (my translation).", "4", "(my translation)"),
])
def test_a_remark_in_brackets_after_the_pinpoint_is_the_suffix(note: str, locator: str, suffix: str) -> None:
    from citekit.extraction import extract

    citation = extract(note + "\n", notes_mode=True).notes[0].citations[0]
    assert (citation.locator, citation.suffix) == (locator, suffix)


@pytest.mark.parametrize("note,prefixes", [
    ("Dazu eingehend Wieacker (Fn. 1), S. 350; kritisch Coing (Fn. 1), S. 15 f.", ["Dazu eingehend", "kritisch"]),
    ("S. nur Larenz/Canaris, Methodenlehre der Rechtswissenschaft, 3. Aufl. 1995, S. 133.", ["S. nur"]),
    ("Voir J.-L. Halpérin, Histoire du droit privé, Paris, PUF, 1996, p. 45 ; adde A.-J. Arnaud, Les origines "
     "doctrinales du Code civil, Paris, LGDJ, 1969, p. 12.", ["Voir", "adde"]),
    ("Sul tema v. P. Grossi, L'Europa del diritto, Roma-Bari 2007, pp. 12-15; in senso diverso A. Padoa-Schioppa, "
     "Storia del diritto in Europa, Bologna 2007, p. 33.", ["Sul tema v.", "in senso diverso"]),
    ("Per una sintesi v. A. Padoa-Schioppa, Storia del diritto, Bologna 2007, p. 3.", ["Per una sintesi v."]),
    ("Cf. R. Zimmermann, The Law of Obligations (Cape Town, 1990), 45, and id., Roman Law, Contemporary Law, "
     "European Law (Oxford, 2001), 12.", ["Cf.", None]),
    ("A useful starting point is still J. P. Dawson, The Oracles of the Law (Ann Arbor, 1968), esp. 100–112, "
     "together with the essays in R. H. Helmholz, Canon Law and the Law of England (London, 1987).",
     ["A useful starting point is still", "together with the essays in"]),
    ("In Brown v. Board of Education, 347 U.S. 483 (1954), the Court held so.", [None]),
])
def test_signals_and_links_in_several_languages(note: str, prefixes: list[str | None]) -> None:
    assert [p.prefix for p in split_note(note) if p.kind != "commentary"] == prefixes


@pytest.mark.parametrize("note,prefix", [
    ("Among many others: Bloch, Feudal Society; Duby, Three Orders.", "Among many others"),
    ("See in particular: Hagenloh, Stalin’s Police, p. 6.", "See in particular"),
    ("Schmidt: Titel eins, Berlin 1990, S. 4.", None),
    ("Carl Schmitt: Politische Theologie, Berlin 1922, S. 12.", None),
])
def test_a_short_lead_in_ending_in_a_colon_is_the_prefix(note: str, prefix: str | None) -> None:
    assert split_note(note)[0].prefix == prefix
