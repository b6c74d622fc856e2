"""Field scoring used by the accuracy benchmark."""

from __future__ import annotations

from citekit.training.corpus import segments_to_sequence
from citekit.training.evaluate import Scores, score


def test_scores_count_fields_by_label_and_text() -> None:
    scores = Scores()
    scores.add([("author", "Smith,"), ("title", "A Title"), ("other", "x")],
               [("author", "Smith"), ("title", "A"), ("other", "y")])
    assert scores.label("author") == (1.0, 1.0, 1.0)
    assert scores.label("title") == (0.0, 0.0, 0.0)
    assert scores.micro() == (0.5, 0.5, 0.5)
    assert "other" not in scores.labels()


def test_read_as_maps_labels_the_gold_does_not_have() -> None:
    seq = segments_to_sequence("t", "anystyle", [("title", "T,"), ("punct", " "), ("pages", "p. 3")])

    def tagger(tokens: object) -> list[str]:
        return ["title", "O", "locator", "locator"]

    assert score([seq], tagger).micro()[2] == 0.5
    assert score([seq], tagger, read_as={"locator": "pages"}).micro()[2] == 1.0
