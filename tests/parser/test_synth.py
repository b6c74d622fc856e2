"""Generated footnotes: labels known by construction, held-out kept apart."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from pathlib import Path

from citekit.training.corpus import fields_of
from citekit.training.synth import Item, Note, _render_article, _render_backref, _render_book


def _render(render: Callable[[Item, random.Random, str], Note], item: Item, seed: int,
            lang: str = "en") -> str:
    note = render(item, random.Random(seed), lang)
    return "".join(text for _, text in note.segments)


ITEM = Item("x", {"author": "Hagenloh, Paul", "title": "Stalin’s Police", "location": "Baltimore",
                  "publisher": "Johns Hopkins University Press", "year": "2009",
                  "container-title": "Europe–Asia Studies", "volume": "56", "pages": "751–66"})


def test_book_notes_keep_every_field_with_its_label() -> None:
    for seed in range(30):
        note = _render_book(ITEM, random.Random(seed), "en")
        labels = dict((label, text) for label, text in note.segments if label != "punct")
        assert labels["title"] == "Stalin’s Police"
        assert labels["date"] == "2009"
        person = labels.get("author") or labels["editor"].removeprefix("ed. ")
        assert person in ("Paul Hagenloh", "Hagenloh, Paul")


def test_article_notes_have_pages_and_container() -> None:
    for seed in range(30):
        note = _render_article(ITEM, random.Random(seed), "en")
        labels = {label for label, _ in note.segments}
        assert {"title", "container-title", "volume", "date", "pages"} <= labels


def test_backrefs() -> None:
    notes = {_render(_render_backref, ITEM, seed, "de") for seed in range(40)}
    assert any(n.startswith(("Ebd.", "Ebenda", "A.a.O.")) for n in notes)


def test_generated_sequences_from_shared_data(shared_dir: Path) -> None:
    from citekit.training.synth import generate_notes

    data = shared_dir / "data" / "parse"
    train = list(itertools.islice(generate_notes(data, seed=1, count=200), 200))
    held = list(itertools.islice(generate_notes(data, seed=1, count=50, held_out=True), 50))
    assert len(train) == 200 and len(held) == 50
    train_sources = {s.id.split("-", 2)[2] for s in train}
    held_sources = {s.id.split("-", 2)[2] for s in held}
    assert not train_sources & held_sources
    for seq in train[:50]:
        assert fields_of(seq.tokens, seq.tags, seq.text)
