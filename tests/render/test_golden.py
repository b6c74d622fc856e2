"""Golden outputs: bibliographies and note sequences in the house style and three stock styles.

Regenerate after an intended change with ``CITEKIT_UPDATE_GOLDEN=1 pytest tests/render``
and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from citekit.model import Citation
from citekit.render import render_bibliography, render_notes

HERE = Path(__file__).parent
ITEMS = json.loads((HERE / "data" / "items.json").read_text(encoding="utf-8"))
STYLES = ("citekit-seer-notes", "chicago-notes-bibliography", "mhra-notes", "apa")

#: first notes, ibid. (same locator), ibid. with another locator, then short forms
NOTES = (
    [[Citation(item["id"], locator="3")] for item in ITEMS[:4]]
    + [[Citation("hagenloh", locator="6ff")], [Citation("hagenloh", locator="6ff")],
       [Citation("hagenloh", locator="9")], [Citation("morris", locator="760")],
       [Citation("hagenloh", locator="12", prefix="See"), Citation("pipes", label="volume",
                                                                     locator="2")]]
    + [[Citation(item["id"])] for item in ITEMS[4:]]
)


def _check(name: str, text: str) -> None:
    path = HERE / "golden" / name
    if os.environ.get("CITEKIT_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"golden file {name} missing: run with CITEKIT_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("style", STYLES)
def test_bibliography_golden(style: str) -> None:
    _check(f"{style}.bib.txt", render_bibliography(ITEMS, style=style))


@pytest.mark.parametrize("style", STYLES)
def test_notes_golden(style: str) -> None:
    notes = render_notes(NOTES, ITEMS, style=style)
    _check(f"{style}.notes.txt", "".join(f"{n}. {t}\n" for n, t in enumerate(notes, 1)))


@pytest.mark.parametrize("output", ["html", "markdown"])
def test_marked_up_golden(output: str) -> None:
    ext = "html" if output == "html" else "md"
    _check(f"chicago-notes-bibliography.bib.{ext}",
           render_bibliography(ITEMS, style="chicago-notes-bibliography", output=output))


def test_house_style_reproduces_the_seed_notes() -> None:
    notes = render_notes(
        [[Citation("hagenloh", locator="3")], [Citation("morris")], [Citation("gurianov")],
         [Citation("hagenloh", locator="6ff")]], ITEMS, style="citekit-seer-notes")
    assert notes == [
        "Paul Hagenloh, Stalin’s Police: Public Order, Mass Repression in the USSR, "
        "1926–1941, Baltimore, MD, 2009, p. 3.",
        "James Morris, ‘The Polish Terror: Spymania and Ethnic Cleansing in the Great "
        "Terror’, Europe–Asia Studies, 56, 2004, 2, pp. 751–66.",
        "Repressii protiv poliakov i pol´skikh grazhdan, ed. A. E. Gur´ianov, Moscow, 1997.",
        "Hagenloh, Stalin’s Police, p. 6ff.",
    ]
