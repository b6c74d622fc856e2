"""The one labelling convention every corpus is converted to before training."""

from __future__ import annotations

from citekit.training.corpus import fields_of, is_held_out, segments_to_sequence


def _fields(source: str, segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seq = segments_to_sequence("t-1", source, segments)
    return fields_of(seq.tokens, seq.tags, seq.text)


def test_edge_punctuation_leaves_the_span() -> None:
    segments = [("author", "Heidegger M.,"), ("punct", " "), ("date", "(2011)."),
                ("punct", " "), ("title", "‘Sein und Zeit’,")]
    assert _fields("anystyle", segments) == [
        ("author", "Heidegger M."), ("date", "2011"), ("title", "Sein und Zeit"),
    ]


def test_inner_punctuation_stays() -> None:
    segments = [("title", "Stalin’s Police: Public Order, Mass Repression,")]
    assert _fields("anystyle", segments) == [
        ("title", "Stalin’s Police: Public Order, Mass Repression"),
    ]


def test_grobid_cue_words_join_the_field_they_introduce() -> None:
    segments = [("container-title", "J Biol Chem"), ("other", ", pages "), ("pages", "7059-7065")]
    assert _fields("grobid", segments) == [
        ("container-title", "J Biol Chem"), ("pages", "pages 7059-7065"),
    ]


def test_linkedbooks_second_title_is_the_container_with_its_in() -> None:
    segments = [("author", "G. Meersseman,"), ("punct", " "), ("title", "Chiesa,"),
                ("punct", " "), ("other", "in"), ("punct", " "), ("title", "Chiesa e riforma,"),
                ("punct", " "), ("location", "Todi")]
    assert _fields("linkedbooks", segments) == [
        ("author", "G. Meersseman"), ("title", "Chiesa"),
        ("container-title", "in Chiesa e riforma"), ("location", "Todi"),
    ]


def test_touching_locators_stay_two_fields() -> None:
    segments = [("locator", "b. 12"), ("punct", " "), ("locator", "fasc. 3")]
    seq = segments_to_sequence("t", "linkedbooks", segments)
    assert seq.tags == ["locator", "locator", "B-locator", "locator"]
    assert fields_of(seq.tokens, seq.tags, seq.text) == [("locator", "b. 12"), ("locator", "fasc. 3")]


def test_held_out_split_is_stable_and_about_ten_percent() -> None:
    ids = [f"anystyle-core-{n:05d}" for n in range(5000)]
    share = sum(map(is_held_out, ids)) / len(ids)
    assert 0.08 < share < 0.12
    assert [is_held_out(i) for i in ids[:50]] == [is_held_out(i) for i in ids[:50]]


def test_linkedbooks_pinpoints_become_locators() -> None:
    book = [("author", "C. Agnoletti,"), ("punct", " "), ("title", "Treviso,"), ("punct", " "),
            ("date", "1898,"), ("punct", " "), ("pages", "p. 45.")]
    assert _fields("linkedbooks", book)[-1] == ("locator", "p. 45")
    article = [("title", "Chiesa,"), ("punct", " "), ("other", "in"), ("punct", " "),
               ("title", "Chiesa e riforma,"), ("punct", " "), ("pages", "pp. 39-74,"),
               ("punct", " "), ("pages", "p. 40")]
    assert _fields("linkedbooks", article)[-2:] == [("pages", "pp. 39-74"), ("locator", "p. 40")]


def test_anystyle_volume_and_issue_are_split() -> None:
    for volume, expected in [
        ("75(3),", [("volume", "75"), ("issue", "3")]),
        ("6, no 4", [("volume", "6"), ("issue", "no 4")]),
        ("Volume 16, Issue 3,", [("volume", "Volume 16"), ("issue", "Issue 3")]),
        ("vol. 12", [("volume", "vol. 12")]),
    ]:
        assert _fields("anystyle", [("volume", volume)]) == expected


def test_a_cue_word_and_its_colon_join_the_field_as_one_span() -> None:
    segments = [("author", "V. E. Bassi,"), ("punct", " "), ("title", "Andrea Musalo,"),
                ("other", " in: "), ("title", "Piranesi tra Venezia e l’Europa,"),
                ("punct", " "), ("location", "Firenze")]
    assert _fields("linkedbooks", segments) == [
        ("author", "V. E. Bassi"), ("title", "Andrea Musalo"),
        ("container-title", "in: Piranesi tra Venezia e l’Europa"), ("location", "Firenze"),
    ]


def test_linkedbooks_authors_with_an_editor_cue_are_editors() -> None:
    cases = [
        ([("title", "Sensibilità,"), ("punct", " "), ("author", "a c. di V. Branca,"),
          ("punct", " "), ("location", "Venezia")],
         [("title", "Sensibilità"), ("editor", "a c. di V. Branca"), ("location", "Venezia")]),
        ([("author", "G. Benzoni e M. Pegrari (a cura di),"), ("punct", " "), ("title", "Cultura")],
         [("editor", "G. Benzoni e M. Pegrari (a cura di"), ("title", "Cultura")]),
        # an author whose name merely contains "di" stays an author
        ([("author", "G. di Cesare,"), ("punct", " "), ("title", "Cultura")],
         [("author", "G. di Cesare"), ("title", "Cultura")]),
    ]
    for segments, expected in cases:
        assert _fields("linkedbooks", segments) == expected


def test_a_cue_word_and_the_number_after_it_are_one_field() -> None:
    segments = [("container-title", "Org. Synth."), ("other", " Vol. "), ("volume", "5"),
                ("punct", ", "), ("pages", "373")]
    seq = segments_to_sequence("t", "grobid", segments)
    assert not any(tag.startswith("B-") for tag in seq.tags)
    assert _fields("grobid", segments) == [
        ("container-title", "Org. Synth"), ("volume", "Vol. 5"), ("pages", "373"),
    ]
    editors = [("title", "Models,"), ("other", " in "), ("editor", "A. Kirman, eds.,"),
               ("punct", " "), ("container-title", "Learning")]
    assert _fields("grobid", editors)[1] == ("editor", "in A. Kirman, eds.")


def test_linkedbooks_a_cura_di_gets_its_a_back() -> None:
    segments = [("title", "Venezia e l’Oriente, a"), ("punct", " "),
                ("author", "cura di A. Pertusi,"), ("punct", " "), ("location", "Firenze")]
    assert _fields("linkedbooks", segments) == [
        ("title", "Venezia e l’Oriente"), ("editor", "a cura di A. Pertusi"),
        ("location", "Firenze"),
    ]
    # an "a" that is not followed by "cura" stays where it is
    plain = [("title", "Lettere a"), ("punct", " "), ("author", "G. Rossi")]
    assert _fields("linkedbooks", plain) == [("title", "Lettere a"), ("author", "G. Rossi")]


def test_anystyle_book_title_labelled_as_a_journal_becomes_the_title() -> None:
    book = [("author", "Sayer, D."), ("punct", " "), ("date", "(1991)."), ("punct", " "),
            ("container-title", "Capitalism and modernity."), ("punct", " "),
            ("location", "London:"), ("punct", " "), ("publisher", "Routledge.")]
    assert ("title", "Capitalism and modernity") in _fields("anystyle", book)
    article = [("author", "Han, S."), ("punct", " "), ("container-title", "Nano Lett."),
               ("punct", " "), ("volume", "10,"), ("punct", " "), ("pages", "1012.")]
    assert ("container-title", "Nano Lett") in _fields("anystyle", article)
    chapter = [("title", "Isolation."), ("punct", " "), ("container-title", "Lexikon."),
               ("punct", " "), ("location", "Köln")]
    assert ("container-title", "Lexikon") in _fields("anystyle", chapter)


def test_anystyle_two_bare_numbers_are_volume_and_issue() -> None:
    assert _fields("anystyle", [("volume", "8, 4")]) == [("volume", "8"), ("issue", "4")]
    assert _fields("anystyle", [("volume", "13, 3,")]) == [("volume", "13"), ("issue", "3")]


def test_grobid_role_after_the_editors_joins_them_not_the_title() -> None:
    segments = [("title", "Negation as Failure"), ("other", ", in: "),
                ("editor", "H. Gallaire and J. Minker"), ("other", " (eds.), "),
                ("container-title", "Logic and Data Bases"), ("punct", ", "),
                ("publisher", "Plenum Press")]
    assert _fields("grobid", segments)[1:3] == [
        ("editor", "in: H. Gallaire and J. Minker (eds."),
        ("container-title", "Logic and Data Bases"),
    ]


def test_linkedbooks_year_inside_a_volume_is_the_date() -> None:
    for volume, expected in [
        ("XIV (1976).", [("volume", "XIV"), ("date", "1976")]),
        ("7, 1993,", [("volume", "7"), ("date", "1993")]),
        ("t. 36 (1888)", [("volume", "t. 36"), ("date", "1888")]),
        ("1976", [("volume", "1976")]),
        ("v. 3222,", [("volume", "v. 3222")]),
    ]:
        segments = [("title", "Cultura,"), ("punct", " "), ("volume", volume)]
        assert _fields("linkedbooks", segments)[1:] == expected, volume


def test_anystyle_vancouver_year_before_the_volume_is_the_date() -> None:
    assert _fields("anystyle", [("volume", "1995;274:")]) == [("date", "1995"), ("volume", "274")]
    assert _fields("anystyle", [("volume", "2008;64(4")]) == [
        ("date", "2008"), ("volume", "64"), ("issue", "4"),
    ]


def test_an_in_that_closes_a_title_goes_to_the_field_it_opens() -> None:
    segments = [("author", "Retière,"), ("punct", " « "),
                ("title", "Capital d'autochtonie », in"), ("punct", " "),
                ("editor", "Casillo et al. (dir.),"), ("punct", " "),
                ("container-title", "Dictionnaire critique")]
    assert _fields("anystyle", segments) == [
        ("author", "Retière"), ("title", "Capital d'autochtonie"),
        ("editor", "in Casillo et al. (dir"), ("container-title", "Dictionnaire critique"),
    ]


def test_an_in_that_ends_the_reference_stays_in_its_span() -> None:
    segments = [("title", "Drones armés et éthique », in")]
    assert _fields("anystyle", segments) == [("title", "Drones armés et éthique », in")]


def test_role_words_of_the_names_vocabulary_join_the_editors() -> None:
    segments = [("editor", "J. Smith"), ("other", " (editor) "), ("title", "Logic")]
    assert _fields("grobid", segments) == [("editor", "J. Smith (editor"), ("title", "Logic")]
