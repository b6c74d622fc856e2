"""Notes of art history and musicology scholarship (parser round 15, batch 1): works of art in collections,
exhibition catalogues, catalogues raisonnés, musical works by their catalogue numbers, scores and critical
editions, music manuscripts by their RISM sigla, artists' and composers' letters in editions, reference works
and back-references, in English, German, French and Italian.  Written by the round's helper before the fixes
of this batch (the count right before and after is in the round's report).  Only what a case names is compared.
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    # --- works of art and objects in collections
    P("Titian, Venus of Urbino, 1538, oil on canvas, Florence, Galleria degli Uffizi, inv. 1437.",
      {'type': 'graphic', 'author': ['Titian'], 'title': 'Venus of Urbino', 'year': 1538, 'medium': 'oil on canvas'},
      None, 'full'),
    P("Jan van Eyck, The Arnolfini Portrait, 1434, oil on oak, 82.2 × 60 cm, London, National Gallery, NG186.",
      {'type': 'graphic', 'title': 'The Arnolfini Portrait', 'year': 1434, 'medium': 'oil on oak'}, None, 'full'),
    P("Albrecht Dürer, Melencolia I, 1514, engraving, 24 × 18.8 cm, Karlsruhe, Staatliche Kunsthalle.",
      {'type': 'graphic', 'author': ['Dürer'], 'title': 'Melencolia I', 'year': 1514, 'medium': 'engraving'},
      None, 'full'),
    # --- exhibition catalogues and catalogues raisonnés
    P("Keith Christiansen and Stefan Weppelmann, eds., The Renaissance Portrait from Donatello to Bellini, exh. cat. (New York: Metropolitan Museum of Art, 2011), 145.",
      {'editor': ['Christiansen', 'Weppelmann'], 'genre': 'exhibition catalogue',
       'publisher': 'Metropolitan Museum of Art', 'year': 2011}, ('145', 'page'), 'full'),
    P("Cézanne et Pissarro 1865–1885, cat. exp., Paris, musée d’Orsay, 2006, p. 45.",
      {'genre': 'exhibition catalogue', 'year': 2006}, ('45', 'page'), 'full'),
    P("Ulrich Großmann (Hg.), Von Schongauer zu Holbein. Meisterzeichnungen aus Basel und Karlsruhe, Ausst.-Kat. Staatliche Kunsthalle Karlsruhe, Ostfildern 1997, Kat.-Nr. 34.",
      {'editor': ['Großmann'], 'genre': 'exhibition catalogue', 'year': 1997}, ('34', 'number'), 'full'),
    P("Daniel Wildenstein, Claude Monet. Biographie et catalogue raisonné, Lausanne et Paris, Bibliothèque des Arts, 1974–1991, t. II, n° 1234.",
      {'author': ['Wildenstein'], 'publisher': 'Bibliothèque des Arts', 'year': 1974}, ('1234', 'number'), 'full'),
    P("Wildenstein 1996, no. 1234.",
      {'author': ['Wildenstein'], 'year': 1996}, ('1234', 'number'), 'short'),
    P("Friedländer, Die altniederländische Malerei, Bd. 4, Nr. 12.",
      {'author': ['Friedländer'], 'title': 'Die altniederländische Malerei'}, ('12', 'number'), 'short'),
    P("Roberto Longhi, Piero della Francesca, Firenze, Sansoni, 1963, p. 45, tav. 12.",
      {'author': ['Longhi'], 'title': 'Piero della Francesca', 'publisher': 'Sansoni', 'year': 1963},
      ('45', 'page'), 'full'),
    P("Michael Baxandall, Painting and Experience in Fifteenth-Century Italy, 2nd ed. (Oxford: Oxford University Press, 1988), 45, fig. 12.",
      {'author': ['Baxandall'], 'edition': '2', 'publisher': 'Oxford University Press', 'year': 1988},
      ('45', 'page'), 'full'),
    P("Baxandall, Painting and Experience, 48.",
      {'author': ['Baxandall'], 'title': 'Painting and Experience'}, ('48', 'page'), 'short'),
    P("Ibid., fig. 14.",
      {}, ('14', 'figure'), 'ibid'),
    P("Erwin Panofsky, „Die Perspektive als ‚symbolische Form‘“, Vorträge der Bibliothek Warburg 4 (1924/25), S. 258–330.",
      {'author': ['Panofsky'], 'container-title': 'Vorträge der Bibliothek Warburg', 'volume': '4'}, None, 'full'),
    P("Ders., Early Netherlandish Painting, Cambridge, Mass. 1953, S. 140.",
      {'title': 'Early Netherlandish Painting', 'year': 1953}, ('140', 'page'), 'idem'),
    P("Hubert Damisch, L’origine de la perspective, Paris, Flammarion, 1987, p. 67.",
      {'author': ['Damisch'], 'publisher': 'Flammarion', 'year': 1987}, ('67', 'page'), 'full'),
    # --- musical works, scores, critical editions
    P("J. S. Bach, Mass in B minor, BWV 232.",
      {'type': 'musical_score', 'author': ['Bach'], 'title': 'Mass in B minor', 'number': 'BWV 232'}, None, 'full'),
    P("Mozart, Symphony No. 40 in G minor, K. 550, mm. 1–20.",
      {'type': 'musical_score', 'author': ['Mozart'], 'title': 'Symphony No. 40 in G minor', 'number': 'K. 550'},
      ('1-20', 'line'), 'full'),
    P("Beethoven, String Quartet in C-sharp minor, op. 131, bars 1–16.",
      {'type': 'musical_score', 'author': ['Beethoven'], 'title': 'String Quartet in C-sharp minor',
       'number': 'op. 131'}, ('1-16', 'line'), 'full'),
    P("Haydn, Streichquartett C-Dur, Hob. III:77, T. 5–12.",
      {'type': 'musical_score', 'author': ['Haydn'], 'number': 'Hob. III:77'}, ('5-12', 'line'), 'full'),
    P("Schubert, Winterreise, D. 911, no. 5.",
      {'type': 'musical_score', 'author': ['Schubert'], 'title': 'Winterreise', 'number': 'D. 911'},
      ('5', 'number'), 'full'),
    P("NBA II/1, Kritischer Bericht, S. 45.",
      {'container-title': 'NBA', 'volume': 'II/1'}, ('45', 'page'), 'full'),
    P("Wolfgang Amadeus Mozart, Die Zauberflöte, KV 620, hg. von Gernot Gruber und Alfred Orel, NMA II/5/19, Kassel 1970, S. 112.",
      {'author': ['Mozart'], 'editor': ['Gruber', 'Orel'], 'year': 1970}, ('112', 'page'), 'full'),
    # --- music manuscripts and archival sources
    P("D-B, Mus. ms. Bach P 180, fol. 3r.",
      {'type': 'manuscript', 'archive': 'D-B', 'archive_location': 'Mus. ms. Bach P 180'}, ('3r', 'folio'), 'full'),
    P("GB-Lbl, Add. MS 31922, fol. 12v.",
      {'type': 'manuscript', 'archive': 'GB-Lbl', 'archive_location': 'Add. MS 31922'}, ('12v', 'folio'), 'full'),
    P("Wien, Österreichische Nationalbibliothek, Mus. Hs. 17561, fol. 2r.",
      {'type': 'manuscript', 'archive': 'Österreichische Nationalbibliothek', 'archive_location': 'Mus. Hs. 17561'},
      ('2r', 'folio'), 'full'),
    # --- letters in editions
    P("Mozart an Leopold Mozart, Wien, 4. April 1787, in: Mozart. Briefe und Aufzeichnungen, hg. von Wilhelm A. Bauer und Otto Erich Deutsch, Bd. 4, Kassel 1963, S. 41.",
      {'type': 'letter', 'author': ['Mozart'], 'recipient': ['Mozart'], 'year': 1963}, ('41', 'page'), 'full'),
    P("Vincent van Gogh to Theo van Gogh, Arles, 8 September 1888, in Vincent van Gogh: The Letters, ed. Leo Jansen, Hans Luijten and Nienke Bakker (London: Thames & Hudson, 2009), 4:258.",
      {'type': 'letter', 'year': 2009}, None, 'full'),
    # --- reference works, recordings, journals
    P("Stanley Sadie, ed., The New Grove Dictionary of Music and Musicians, 2nd ed. (London: Macmillan, 2001), s.v. “Fugue.”",
      {'editor': ['Sadie'], 'edition': '2', 'year': 2001}, ('Fugue', 'sub-verbo'), 'full'),
    P("Glenn Gould, Bach: The Goldberg Variations, Columbia Masterworks ML 5060, 1956, LP.",
      {'year': 1956}, None, 'full'),
    P("Carolyn Abbate, “Music—Drastic or Gnostic?,” Critical Inquiry 30, no. 3 (2004): 505–36.",
      {'author': ['Abbate'], 'container-title': 'Critical Inquiry', 'volume': '30', 'issue': '3', 'year': 2004,
       'page': '505-536'}, None, 'full'),
    P("Carl Dahlhaus, Die Musik des 19. Jahrhunderts, Neues Handbuch der Musikwissenschaft 6, Laaber 1980, S. 112.",
      {'author': ['Dahlhaus'], 'year': 1980}, ('112', 'page'), 'full'),
    P("Lorenzo Bianconi, Il Seicento, Storia della musica 4, Torino, EDT, 1982, p. 45.",
      {'author': ['Bianconi'], 'publisher': 'EDT', 'year': 1982}, ('45', 'page'), 'full'),
]


#: notes still read wrongly, by their first words, with the reason (strict xfail marks)
MISSES: dict[str, str] = {
    "Daniel Wildenstein, Claude Monet.": "the tagger reads the painter's name opening the title ('Claude Monet. Biographie …') "
                                         "into the author span: a second author",
    "NBA II/1, Kritischer Bericht": "the edition's volume and the page cited stand apart (the part's name between them), "
                                    "all in one span the standard-edition step does not read",
    "Wolfgang Amadeus Mozart, Die Zauberflöte": "the edition's siglum and volume ('NMA II/5/19') before the imprint are read "
                                               "as the locator; the page cited goes to the suffix",
}


def _marked(case: Any) -> Any:
    note = case.values[0]
    reason = next((why for head, why in MISSES.items() if note.startswith(head)), None)
    return P(*case.values, marks=[pytest.mark.xfail(reason=reason, strict=True)]) if reason else case


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), [_marked(case) for case in CASES])
def test_art_music(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
