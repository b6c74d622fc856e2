"""Table tests: what a piece is (full, short, back-reference, prose) and its pinpoint."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.extraction.classify import classify, is_citation, periodical_citation, surface_title
from citekit.extraction.locators import find_pinpoint

KINDS = [
    ("Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.", "full", None, None),
    ("Oleg Khlevniuk, Master of the House: Stalin and His Inner Circle, New Haven,", "full", None, None),
    ("James Morris, ‘The Polish Terror’, Europe–Asia Studies, 56, 2004, 2, pp. 751–66.", "full", None, None),
    ("Arbetman, L. (2018). Street Law, Inc.: context, history and future.", "full", None, None),
    ("The Making of the English Working Class, London: Gollancz.", "full", None, None),  # an imprint
    ("Steinrücke/Würtz, Arbeitsrecht in Dänemark, in Henssler/Braun, Arbeitsrecht in Europa 3, 203 ff.",
     "full", None, None),  # a chapter names its book: no short form
    ("He said, Marx: nothing else matters and we know it.", "commentary", None, None),
    ("Hagenloh, Stalin’s Police, p. 6ff.", "short", "Hagenloh", "Stalin’s Police"),
    ("Grendler, Tre Savii, cit., p. 326.", "short", "Grendler", "Tre Savii"),
    ("Savigny, System, Bd. 3, S. 5.", "short", "Savigny", "System"),
    ("Shapin und Schaffer, Leviathan (Fn. 5) 25–30.", "supra", "Shapin und Schaffer", "Leviathan"),
    ("Hagenloh, p. 9.", "short", "Hagenloh", None),
    ("Ibid.", "ibid", None, None),
    ("Ibidem, p. 4.", "ibid", None, None),
    ("ebd., S. 7", "ibid", None, None),
    ("Ebenda.", "ibid", None, None),
    ("Ivi, p. 7.", "ibid", None, None),
    ("Id. at 45.", "ibid", None, None),
    ("(ibid., p. 24)", "ibid", None, None),
    ("Idem, Harvest of Sorrow, p. 4.", "idem", None, "Harvest of Sorrow"),
    ("Ders., Advancement, in ebd., Bd. 2, 102–106.", "idem", None, "Advancement"),
    ("Conquest, op. cit., p. 9.", "op-cit", "Conquest", None),
    ("Savigny, a.a.O., S. 12.", "op-cit", "Savigny", None),
    ("Ulam, loc. cit.", "op-cit", "Ulam", None),
    ("Goubert, ouvr. cité, p. 50.", "op-cit", "Goubert", None),  # French "ouvrage cité"
    ("Goubert, ouvrage cité, p. 50.", "op-cit", "Goubert", None),
    ("Penco, op. cil., pp. 742-3,", "op-cit", "Penco", None),
    ("Cipolla C., op. cit., pag. 216.", "op-cit", "Cipolla C.", None),
    ("Wolfgang Goethe, op. cit., 9 ottobre 1786, p. 99.", "op-cit", "Wolfgang Goethe", None),
    ("Hagenloh, supra n. 1, p. 7.", "supra", "Hagenloh", None),
    ("Hagenloh (n 1) 6", "supra", "Hagenloh", None),
    ("Savigny, oben Anm. 1, S. 9.", "supra", "Savigny", None),
    ("See n. 12.", "supra", None, None),
    ("Preto, op. cit., p. 138, n. 53.", "op-cit", "Preto", None),
    ("Details of the first mass operation were first published in Trud on 4 June 1992.", "commentary", None, None),
    ("This point is discussed further below.", "commentary", None, None),
    ("", "commentary", None, None),
]


@pytest.mark.parametrize("text,kind,author,title", KINDS, ids=[k[0][:40] or "empty" for k in KINDS])
def test_classify(text: str, kind: str, author: str | None, title: str | None) -> None:
    info = classify(text)
    assert (info.kind, info.author, info.title) == (kind, author, title)


@pytest.mark.parametrize("text, page", [
    ("Hagenloh, supra n. 1, p. 7.", "7"),
    ("Hagenloh, above, n. 1, 7.", "7"),  # MHRA/OSCOLA-like: a bare page after the note number
    ("Hagenloh, above, n. 1, 7–9.", "7–9"),
])
def test_supra_keeps_the_note_number_apart_from_the_pinpoint(text: str, page: str) -> None:
    info = classify(text)
    assert info.note_ref == "1" and info.pinpoint is not None
    assert (info.pinpoint.value, info.pinpoint.label) == (page, "page")


PINPOINTS = [
    ("Hagenloh, Stalin’s Police, p. 6ff.", ("6ff.", "page")),
    ("Ibid., pp. 751–66.", ("751–66", "page")),
    ("Luhmann (Fn. 2), S. 5 f.", ("5 f.", "page")),
    ("Id. at 45.", ("45", "page")),
    ("Sanuto, op. cit., V, col. 455.", ("455", "column")),
    ("A. S. V., Senato, reg. 30, fol. 102v.", ("102v", "folio")),
    ("Cetto, op. cit., pp. 133 ss.;", ("133 ss.", "page")),
    ("Hagenloh (n 1) 6", ("6", "page")),
    ("Smith, Law, para. 12.", ("12", "paragraph")),
    ("Jones, Recht, Rn. 7.", ("7", "paragraph")),
    ("Brown, Treaty, art. 5.", ("5", "article-locator")),
    ("Conquest, The Great Terror, London, 1968", None),
    # Chicago's note on a page: the page and its note together are the pinpoint
    ("Lewin, Making, 260n12.", ("260n12", "page")),
    ("Lewin, Making, 260nn12–13.", ("260nn12–13", "page")),
    ("Elliott, op. cit., pág. 50.", ("50", "page")),  # Spanish
    ("Ortiz, El Antiguo Régimen, págs. 12-15.", ("12-15", "page")),
    # an ancient text by its own divisions
    ("Tacitus, Annals 1.1", ("1.1", "section")),
    ("Augustine, Confessions 8.12.29.", ("8.12.29", "section")),
    # a Russian archival leaf and its verso (oborot)
    ("Ibid., l. 14ob.", ("14ob", "folio")),
    ("Ibid., ll. 12–14ob.", ("12–14ob", "folio")),
]


@pytest.mark.parametrize("text,expected", PINPOINTS, ids=[p[0][:30] for p in PINPOINTS])
def test_pinpoint(text: str, expected: tuple[str, str] | None) -> None:
    pin = find_pinpoint(text)
    assert (None if pin is None else (pin.value, pin.label)) == expected


def test_labelled_pinpoint_only_when_bare_is_off() -> None:
    assert find_pinpoint("Hagenloh, Stalin’s Police, 6.", bare=False) is None
    assert find_pinpoint("Hagenloh, Stalin’s Police, 6.") is not None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_classify_never_crashes(text: str) -> None:
    info = classify(text)
    assert info.kind in ("full", "short", "ibid", "idem", "op-cit", "supra", "commentary")
    assert is_citation(text) == (info.kind != "commentary")


@pytest.mark.parametrize("text,expected", [
    ("Luhmann, Rechtssoziologie (1972), 239.", "Rechtssoziologie"),
    ("Mayer-Maly, Österreichisches Arbeitsrecht (1970), § 1.", "Österreichisches Arbeitsrecht"),
    ("Portmann/Wildhaber, Schweizerisches Arbeitsrecht4 (2020), 300.", "Schweizerisches Arbeitsrecht"),
    ("Frey, Portugiesisches Arbeitsrecht im Wandel, EuZA 2014, 60", "Portugiesisches Arbeitsrecht im Wandel"),
    ("Paul Hagenloh, Stalin’s Police: Public Order, Baltimore, MD, 2009, p. 3.", "Stalin’s Police: Public Order"),
    ("NIGEL VOAK, RICHARD HOOKER AND REFORMED THEOLOGY 117 (2003)", "RICHARD HOOKER AND REFORMED THEOLOGY"),
    ("Rebhahn, RdA 2009, 154-175", None),
    ("Ibid., p. 4.", None),
])
def test_surface_title(text: str, expected: str | None) -> None:
    assert surface_title(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kubis, ZUM 2006, 370, 370 ff.", ("ZUM", "2006")),
    ("Steinhauer, GRUR-Prax. 2016, 561, 561.", ("GRUR-Prax.", "2016")),
    ("BGBl. I 2003, S. 1774–1788.", ("BGBl. I", "2003")),
    ("Rebhahn, ZfA 2003, 163 (166 f).", ("ZfA", "2003")),
    ("Paul Hagenloh 2009, 3.", None),
    ("Frey, Portugiesisches Arbeitsrecht im Wandel, EuZA 2014, 60", None),
])
def test_periodical_citation(text: str, expected: tuple[str, str] | None) -> None:
    got = periodical_citation(text)
    assert (None if got is None else (got["container-title"], got["year"])) == expected


@pytest.mark.parametrize("text, page", [
    ("Ibid 581.", "581"),  # OSCOLA: no comma, no label
    ("Ibid 581–82 (Lord Atkin).", "581–82"),
    ("Ibid.", None),
])
def test_a_bare_page_after_ibid_is_its_pinpoint(text: str, page: str | None) -> None:
    info = classify(text)
    assert info.kind == "ibid"
    assert (info.pinpoint.value if info.pinpoint else None) == page
