"""Splitter and pipeline: "in:" continuations, author lists, a citation opening a chunk,
signals before keyed citations, prose without an author head, archival sources."""

from __future__ import annotations

import pytest

from citekit.extraction import extract
from citekit.extraction.classify import classify
from citekit.extraction.pipeline import complete_item
from citekit.extraction.split import _leading_prose, split_note, trailing_signal


def _cited(note: str) -> list[tuple[str, str | None, str]]:
    return [(p.kind, p.prefix, p.text) for p in split_note(note) if not p.is_commentary]


@pytest.mark.parametrize("note, pieces", [
    # a semicolon before "in:" keeps the container with its chapter
    ("Hans Kolb, Über Kalender; in: Neues Magazin (1791), Sp. 17–48; ders., Verzeichnis, Berlin 1792.",
     ["Hans Kolb, Über Kalender; in: Neues Magazin (1791), Sp. 17–48", "ders., Verzeichnis, Berlin 1792."]),
    # so does a sentence end before "In:", and "(org.)." before the editors' book
    ("LIMA, A. Ciência do direito. Trad. João Pires. In: HECK, L. A. (org.). Direito natural. "
     "Porto Alegre: Livraria, 2010, p. 13-24.",
     ["LIMA, A. Ciência do direito. Trad. João Pires. In: HECK, L. A. (org.). Direito natural. "
      "Porto Alegre: Livraria, 2010, p. 13-24."]),
    # a semicolon between two inverted names with initials joins authors
    ("ROSA, H.P.; DIAS, G.D. Fórum e conflitos, p. 27-45. In: SOUZA, F.M.; SOUZA NETO, T. (orgs.). "
     "Do conflito. Santa Cruz do Sul: Mundo, 2015.",
     ["ROSA, H.P.; DIAS, G.D. Fórum e conflitos, p. 27-45. In: SOUZA, F.M.; SOUZA NETO, T. (orgs.). "
      "Do conflito. Santa Cruz do Sul: Mundo, 2015."]),
])
def test_continuations_stay_with_their_citation(note: str, pieces: list[str]) -> None:
    assert [text for _, _, text in _cited(note)] == pieces


def test_a_lone_name_before_a_signal_is_not_an_author_list() -> None:
    assert [t for _, _, t in _cited("Hagenloh, Police, p. 6; Smith, J.; see also Ulam, Stalin, p. 3.")] == [
        "Hagenloh, Police, p. 6", "Smith, J.", "Ulam, Stalin, p. 3."]


@pytest.mark.parametrize("chunk, start", [
    # a chunk that opens with a citation has no prose intro to cut off
    ("Paul Hagenloh, Stalin’s Police, Baltimore 2009, and Oleg Khlevniuk, Master, New Haven 2009", 0),
    ("Luhmann (Fn. 9), 16, und Gunther Teubner, Recht als autopoietisches System, Frankfurt 1989", 0),
    # an intro of prose before the first name is cut off
    ("Zwei Studien sind Julian Martin, Francis Bacon, Cambridge 1992", len("Zwei Studien sind ")),
    # "the standard work remains …" in several languages: the verb ends the lead-in
    ("The standard account remains R. W. Davies, Crisis and Progress (London, 1996)",
     len("The standard account remains ")),
    ("Grundlegend bleibt Hans Maier, Die ältere deutsche Staatslehre, Tübingen 1966", len("Grundlegend bleibt ")),
    ("L’ouvrage de référence reste Jean Delumeau, La Peur en Occident, Paris 1978",
     len("L’ouvrage de référence reste ")),
    ("Il punto di partenza rimane Paolo Prodi, Il sovrano pontefice, Bologna 1982",
     len("Il punto di partenza rimane ")),
    # a title ending in such a word is no lead-in
    ("Hughes, What Remains, London 1999", 0),
])
def test_leading_prose(chunk: str, start: int) -> None:
    assert _leading_prose(chunk) == start


@pytest.mark.parametrize("text, signal", [
    ("See", "See"),
    ("See.", "See"),
    ("Cf.", "Cf."),
    ("See, e.g.,", "See, e.g."),
    ("as shown above. Vgl.", "Vgl."),
    ("This was argued by Smith; see", "see"),
    ("For the context, see also", "For the context, see also"),
    ("Smith argued this in", None),
    ("and", None),
    ("", None),
])
def test_trailing_signal(text: str, signal: str | None) -> None:
    assert trailing_signal(text) == signal


def test_a_signal_before_a_latex_cite_is_its_prefix() -> None:
    tex = (r"\documentclass{article}\begin{document}Text.\footnote{See \cite[12]{hagenloh}. "
           r"For the context, see also \citet{ulam}; cf.\ \cite{khlevniuk}, and \cite{conquest}. "
           r"Smith argued this in \cite{smith}; \cite[but see][5]{jones}.}\end{document}")
    doc = extract(tex.encode("utf-8"), fmt="latex")
    got = [(c.id, c.prefix) for c in doc.notes[0].citations]
    assert got == [("hagenloh", "See"), ("ulam", "For the context, see also"), ("khlevniuk", "cf."),
                   ("conquest", None), ("smith", None), ("jones", "but see")]
    assert not doc.entries  # the signals are no citations of their own


@pytest.mark.parametrize("piece, kind", [
    ("In Österreich wird laut Statista (2023) mit einem Streiktag pro Jahr gerechnet.", "commentary"),
    ("Erasmus’ erfolgreiches Chiliades adagiorum (1508) war auch nach Centurien angeordnet.", "commentary"),
    # titles first, without a verb: archival registers and collected volumes stay
    ("Registre de la cour baillivale de Romainmôtier, 11.9.1786 (Lausanne-Dorigny, ACV, Bin 278).", "full"),
    ("Sammeln als Wissen, hg. von Anke te Heesen, Göttingen 2001.", "full"),
    # a verb in a bracketed remark, or a case name, does not make a sentence
    ("Sporrong and Lönnroth v. Sweden, ECHR (1982) Series A, No. 52, 1 et seq. (hereafter referred to as "
     "Sporrong).", "full"),
])
def test_prose_without_an_author_head_is_commentary(piece: str, kind: str) -> None:
    pieces = split_note(piece)
    assert [p.kind for p in pieces] == [kind]


@pytest.mark.parametrize("note, prefix, text", [
    ("Zumindest verwiesen sei hier auf die Bände: Denunziation. Historische Aspekte, hg. von Günter "
     "Jerouschek, Tübingen 1997.", "Zumindest verwiesen sei hier auf die Bände",
     "Denunziation. Historische Aspekte, hg. von Günter Jerouschek, Tübingen 1997."),
    ("Julian Martin zieht Parallelen zu New Atlantis (1627): Martin, Francis Bacon, Cambridge 1992, 134.",
     "Julian Martin zieht Parallelen zu New Atlantis (1627)", "Martin, Francis Bacon, Cambridge 1992, 134."),
    ("es erscheint konsequenter, es so zu sehen Vgl Junker, Tarifeinheit, RdA 2011, 12.",
     "es erscheint konsequenter, es so zu sehen Vgl", "Junker, Tarifeinheit, RdA 2011, 12."),
])
def test_a_lead_in_with_a_verb_is_cut_off_the_citation(note: str, prefix: str, text: str) -> None:
    assert _cited(note)[0][1:] == (prefix, text)


@pytest.mark.parametrize("text, kind", [
    ("CUNHA, L. C. Negociação direta. In: ZANETI JR., H. Justiça, Salvador 2016.", "full"),  # initials
    ("Rossi, l. c., p. 5", "op-cit"),
    ("Rossi, o. c., p. 5", "op-cit"),
])
def test_initials_are_not_loc_cit(text: str, kind: str) -> None:
    assert classify(text).kind == kind


@pytest.mark.parametrize("text, expected", [
    ("Jean Peyssonnel an Maurepas, La Calle, 25.4.1725 (Paris, AN, AE BI 1130).", "manuscript"),
    ("Registre de la cour de Romainmôtier, 11.9.1786 (Lausanne-Dorigny, ACV, Bin 278).", "manuscript"),
    ("Karl Roth, Lehrlinge, Laval, 10.2.1775 (Paris, AN, AE, BI 1146, f. 18r/v).", "manuscript"),
    # a publisher and year, or an edition, in brackets is an imprint, not a shelfmark
    ("H. L. A. Hart, The Concept of Law (Oxford, OUP, 1961).", "book"),
    ("John Smith, Law (London, UK, 2nd ed. 2001).", "book"),
])
def test_archival_sources_are_manuscripts(text: str, expected: str) -> None:
    item = {"type": "book", "title": "x"}
    complete_item(item, text)
    assert item["type"] == expected


@pytest.mark.parametrize("note, pieces", [
    # a title that runs on past a semicolon, in lower case, to its container
    ("Dr. Molineux’s Account of the late Coughs and Colds; with some Observations on other Distempers, "
     "in: PTRS XVIII (1694) 105–111, 105.",
     ["Dr. Molineux’s Account of the late Coughs and Colds; with some Observations on other Distempers, "
      "in: PTRS XVIII (1694) 105–111, 105."]),
    # … but a lower-case lead-in after a semicolon still starts a new citation
    ("Hagenloh, Police; for the context, see Ulam, Stalin, 1973.", ["Hagenloh, Police", "Ulam, Stalin, 1973."]),
    # a remark in brackets on the pages cited stays with its citation
    ("Jürgen Habermas, Theorie des kommunikativen Handelns (1981), 229 ff. (System/Lebenswelt, Evolution).",
     ["Jürgen Habermas, Theorie des kommunikativen Handelns (1981), 229 ff. (System/Lebenswelt, Evolution)."]),
    # a back-reference alone ends its sentence; commentary follows
    ("Id. Examples of his references include the law of nuisance.", ["Id."]),
    ("Ibid. Vol. 2, p. 5.", ["Ibid. Vol. 2, p. 5."]),
    # a pinpoint in lower-case roman numerals ends a citation
    ("David Lemmings, Introduction, supra note 2, at xvii, xxxi. H.L.A. Hart has suggested that it is vague.",
     ["David Lemmings, Introduction, supra note 2, at xvii, xxxi."]),
    # law-review capitals after a lead-in: the lead-in is the prefix
    ("The early classic effort is JEREMY BENTHAM, A FRAGMENT ON GOVERNMENT (London, Payne 1776).",
     ["JEREMY BENTHAM, A FRAGMENT ON GOVERNMENT (London, Payne 1776)."]),
    # "do" is Portuguese here, not an English verb that makes the rest prose
    ("SOUZA, F. Do conflito à solução. Santa Cruz do Sul: Mundo, 2015.",
     ["SOUZA, F. Do conflito à solução. Santa Cruz do Sul: Mundo, 2015."]),
])
def test_more_boundaries(note: str, pieces: list[str]) -> None:
    assert [text for _, _, text in _cited(note)] == pieces


@pytest.mark.parametrize("text, kind", [
    ("Ellguth, Betriebe ohne Betriebsrat, Industrielle Beziehungen 12/2005/2, 149-176.", "full"),  # vol/year/issue
    ("id. 1563", "ibid"),
    ("Bartlakowski/Talke/Steinhauer, Bibliotheksurheberrecht, 2010, S. 173–176.", "full"),
])
def test_more_kinds(text: str, kind: str) -> None:
    assert classify(text).kind == kind


@pytest.mark.parametrize("text, title", [
    ("Sammeln als Wissen, hg. von Anke te Heesen und E.C. Spary, Göttingen 2001.", "Sammeln als Wissen"),
    ("Bartlakowski/Talke/Steinhauer, Bibliotheksurheberrecht, 2010, S. 173–176.", "Bibliotheksurheberrecht"),
])
def test_surface_title_when_the_parser_has_none(text: str, title: str) -> None:
    item: dict[str, object] = {"type": "book"}
    complete_item(item, text)
    assert item["title"] == title


@pytest.mark.parametrize("text, parsed, title", [
    # the parser took the authors for the title: the title follows the date
    ("Feinstein, S., & Wood, R. (1995). History of law-related education at 10. (ED401163). ERIC.",
     {"type": "book", "title": "S., & Wood, R"}, "History of law-related education at 10"),
    ("The Center for Media and Democracy’s PRWatch. (n.d.). What we do. https://perma.cc/6ZBL-KQ7N",
     {"type": "webpage", "title": "The Center for Media and Democracy’s PRWatch.. What we do"}, "What we do"),
    # a right title is kept
    ("Phipps, C. (2015, April 28). Who were the eight people executed? The Guardian.",
     {"type": "article-newspaper", "title": "Who were the eight people executed?"},
     "Who were the eight people executed?"),
])
def test_titles_repaired_from_the_surface(text: str, parsed: dict[str, object], title: str) -> None:
    item = dict(parsed)
    complete_item(item, text)
    assert item["title"] == title


@pytest.mark.parametrize("note, pieces", [
    # a URL ends its citation; the quotation after it is commentary
    ("The Center for Media and Democracy. (n.d.). What we do. https://perma.cc/6ZBL-KQ7N \"This model "
     "legislation would require a course.\" ALEC EXPOSED. (2017). Principles Act Exposed. https://perma.cc/6ZQD",
     ["The Center for Media and Democracy. (n.d.). What we do. https://perma.cc/6ZBL-KQ7N",
      "ALEC EXPOSED. (2017). Principles Act Exposed. https://perma.cc/6ZQD"]),
    # what continues the citation after a URL stays ("(last visited …)")
    ("Smith, Law, at https://x.org/a (last visited Jan. 2, 2020).",
     ["Smith, Law, at https://x.org/a (last visited Jan. 2, 2020)."]),
])
def test_a_url_ends_its_citation(note: str, pieces: list[str]) -> None:
    assert [text for _, _, text in _cited(note)] == pieces


def test_and_after_a_bracketed_year_joins_two_works() -> None:
    note = ("CHARLES E. RICE, 50 QUESTIONS ON THE NATURAL LAW 159-63 (1993) and Russell Hittinger, "
            "Natural Law and Catholic Moral Philosophy, in A PRESERVING GRACE 1 (1997).")
    assert [t for _, _, t in _cited(note)] == [
        "CHARLES E. RICE, 50 QUESTIONS ON THE NATURAL LAW 159-63 (1993)",
        "Russell Hittinger, Natural Law and Catholic Moral Philosophy, in A PRESERVING GRACE 1 (1997)."]


def test_a_bracketed_series_is_no_title() -> None:
    item: dict[str, object] = {"type": "book", "title": "(Archäologie der literarischen Kommunikation VII)"}
    complete_item(item, "Aufmerksamkeiten, hg. von Aleida Assmann, (Archäologie der literarischen "
                        "Kommunikation VII), München 2001.")
    assert (item["title"], item["collection-title"]) == (
        "Aufmerksamkeiten", "Archäologie der literarischen Kommunikation VII")


def test_a_name_inside_a_sentence_of_argument_is_not_the_citation() -> None:
    note = ("Dies ist eine Verallgemeinerung der These von Hans Blumenberg, in der Renaissance habe sich eine "
            "Umdeutung vollzogen, was erst die Wissenschaft möglich gemacht hat, Hans Blumenberg, Die "
            "Legitimität der Neuzeit (1965), 68 ff.")
    assert [t for _, _, t in _cited(note)] == ["Hans Blumenberg, Die Legitimität der Neuzeit (1965), 68 ff."]
    assert classify("Dies, Recht und Staat, Berlin 1990, S. 4.").kind == "idem"


@pytest.mark.parametrize("note, pieces", [
    # another volume or page of the same work after a semicolon is no new citation
    ("Francis Bacon, Novum organum, London 1620, Bd. 4, 12; Bd. 1, 129 (dt. Ausgabe, Berlin 1962).",
     ["Francis Bacon, Novum organum, London 1620, Bd. 4, 12; Bd. 1, 129 (dt. Ausgabe, Berlin 1962)."]),
    ("Hagenloh, Police, p. 3; p. 5; Ulam, Stalin, p. 4.", ["Hagenloh, Police, p. 3; p. 5", "Ulam, Stalin, p. 4."]),
])
def test_a_locator_after_a_semicolon_stays(note: str, pieces: list[str]) -> None:
    assert [t for _, _, t in _cited(note)] == pieces


@pytest.mark.parametrize("note, prefix_start, text", [
    # an ABNT head (surname in capitals, initials) after a lead-in
    ("Destacando que as atividades ocorrem em três situações. Neste sentido, HOLLERBACH, A. Ciência do "
     "direito. In: HECK, L. A. (org.). Direito natural. Porto Alegre: Livraria, 2010, p. 13-24.",
     "Destacando", "HOLLERBACH, A. Ciência do direito. In: HECK, L. A. (org.). Direito natural. "
     "Porto Alegre: Livraria, 2010, p. 13-24."),
    # a title in quotes may hold verbs: the name before it still starts the citation
    ("For more details, Domenico Siciliano, “Juristen sind nicht ‘von Kant’, sondern ‘von Ulpian’”: Der Streit "
     "zwischen Jürgen Habermas und Rudolf Wiethölter, in: Joerges (Hg.), Rechtstheorie (2013), 188.",
     "For more details", "Domenico Siciliano, “Juristen sind nicht ‘von Kant’, sondern ‘von Ulpian’”: Der Streit "
     "zwischen Jürgen Habermas und Rudolf Wiethölter, in: Joerges (Hg.), Rechtstheorie (2013), 188."),
    # "in:" as the lead-in's last word hands over to the citation
    ("Dieser Sachverhalt wurde jüngst bestätigt in: EuGH, Urt. v. 19.12.2019 – C-263/18, BeckRS 2019, 32135.",
     "Dieser Sachverhalt", "EuGH, Urt. v. 19.12.2019 – C-263/18, BeckRS 2019, 32135."),
])
def test_citations_after_lead_ins(note: str, prefix_start: str, text: str) -> None:
    cited = _cited(note)
    assert len(cited) == 1
    assert cited[0][1] is not None and cited[0][1].startswith(prefix_start)
    assert cited[0][2] == text


@pytest.mark.parametrize("piece", [
    "A doutrina apresenta diferenças entre pré-mediação (que pode ser numa sessão) e audiência (2015).",
    "É de uma envergadura considerável esse cenário, levando-se em conta que a mediação é disseminada (2016).",
])
def test_portuguese_commentary(piece: str) -> None:
    assert [p.kind for p in split_note(piece)] == ["commentary"]


@pytest.mark.parametrize("piece", [
    "Was ist Aufklärung?, Berlinische Monatsschrift 4 (1784), 481–494.",
    "Die Zeit ist reif, Berlin 2001, S. 4.",
    "What Is to Be Done?, London: Penguin 1988, p. 4.",
])
def test_a_title_with_a_verb_and_an_imprint_is_a_citation(piece: str) -> None:
    assert [p.kind for p in split_note(piece)] == ["full"]


@pytest.mark.parametrize("note, prefix, text", [
    ("Jones, Towns, 258; and, more generally, Jones, Markets and Fairs (Oxford, 1968), passim.",
     "and, more generally", "Jones, Markets and Fairs (Oxford, 1968), passim."),
    ("Jones, Towns, 258. More generally, see Smith, Fairs, 2.", "More generally, see", "Smith, Fairs, 2."),
    ("Plus généralement, voir Marc Bloch, La Société féodale, Paris 1939.", "Plus généralement, voir",
     "Marc Bloch, La Société féodale, Paris 1939."),
])
def test_more_generally_is_a_signal(note: str, prefix: str, text: str) -> None:
    assert _cited(note)[-1][1:] == (prefix, text)


@pytest.mark.parametrize("note", [
    "This interpretation, first advanced by Conquest in 1968, has been widely contested.",
    "Diese These, zuerst 1968 vertreten, ist umstritten.",
    "Cette thèse, avancée en 1968, a été contestée.",
])
def test_a_sentence_opening_with_a_demonstrative_is_commentary_despite_its_year(note: str) -> None:
    assert [p.kind for p in split_note(note)] == ["commentary"]


@pytest.mark.parametrize("note, prefix, text", [
    ("J. H. Elliott, La España imperial, Barcelona, 1965, pág. 45; y A. Domínguez Ortiz, El Antiguo "
     "Régimen, Madrid, 1973.", "y", "A. Domínguez Ortiz, El Antiguo Régimen, Madrid, 1973."),
    ("G. Galasso, Il Regno, Torino, 2005, p. 12; e R. Villari, La rivolta, Bari, 1967.", "e",
     "R. Villari, La rivolta, Bari, 1967."),
])
def test_a_spanish_or_italian_and_before_the_next_work_is_a_connector(note: str, prefix: str, text: str) -> None:
    assert _cited(note)[-1][1:] == (prefix, text)


def test_a_topic_lead_in_ending_in_a_signal_starts_a_new_sentence_after_any_citation() -> None:
    note = ("Jane Roe and Tim Doe, eds., Peasant Economy (Princeton, NJ: Princeton University Press, 1991), "
            "esp. the introduction. On repartition, cf. Boris Mironov, \"The Commune,\" Slavic Review 44 "
            "(1985): 438–67.")
    assert [t for _, _, t in _cited(note)] == [
        "Jane Roe and Tim Doe, eds., Peasant Economy (Princeton, NJ: Princeton University Press, 1991), "
        "esp. the introduction.",
        "Boris Mironov, \"The Commune,\" Slavic Review 44 (1985): 438–67.",
    ]
    assert _cited(note)[1][1] == "On repartition, cf."
