"""Field-level scores of the tagger on held-out sequences.

A field is a labelled span with its edge punctuation removed (the training
convention of :mod:`citekit.training.corpus`).  A predicted field is right
when a gold field of the same reference has the same label and the same
text; per label we count true positives, predicted and gold fields, and the
micro average pools every label except ``other`` (untagged text in the
sources, not a field anyone wants).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from citekit.parser.tokenize import Token
from citekit.training.corpus import PUNCTUATION, Sequence, fields_of

IGNORED_LABELS = frozenset({"other"})


@dataclass
class Scores:
    """Counts per label; precision, recall and F1 derived from them."""

    true_positive: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    references: int = 0
    exact: int = 0
    tokens: int = 0
    tokens_right: int = 0

    def add(self, gold: list[tuple[str, str]], predicted: list[tuple[str, str]]) -> None:
        gold_c = Counter((lab, _key(t)) for lab, t in gold if lab not in IGNORED_LABELS)
        pred_c = Counter((lab, _key(t)) for lab, t in predicted if lab not in IGNORED_LABELS)
        for (label, _), n in gold_c.items():
            self.gold[label] += n
        for (label, _), n in pred_c.items():
            self.predicted[label] += n
        for (label, _), n in (gold_c & pred_c).items():
            self.true_positive[label] += n
        self.references += 1
        self.exact += gold_c == pred_c

    @staticmethod
    def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def label(self, label: str) -> tuple[float, float, float]:
        return self._prf(self.true_positive[label], self.predicted[label], self.gold[label])

    def micro(self) -> tuple[float, float, float]:
        return self._prf(
            sum(self.true_positive.values()), sum(self.predicted.values()), sum(self.gold.values())
        )

    def labels(self) -> list[str]:
        return sorted(self.gold.keys() | self.predicted.keys(), key=lambda k: -self.gold[k])

    def token_accuracy(self) -> float:
        """Share of tokens (punctuation between fields included) with the gold label."""
        return self.tokens_right / self.tokens if self.tokens else 0.0

    def table(self) -> str:
        """A Markdown table: one row per label, then the micro average."""
        rows = ["| label | gold | precision | recall | F1 |", "|---|---:|---:|---:|---:|"]
        for label in self.labels():
            p, r, f = self.label(label)
            rows.append(f"| {label} | {self.gold[label]} | {p:.3f} | {r:.3f} | {f:.3f} |")
        p, r, f = self.micro()
        rows.append(f"| **micro** | {sum(self.gold.values())} | {p:.3f} | {r:.3f} | **{f:.3f}** |")
        return "\n".join(rows)


def _key(text: str) -> str:
    return " ".join(text.strip("".join(PUNCTUATION) + " ").split())


def score(
    sequences: Iterable[Sequence],
    tag: Callable[[list[Token]], list[str]],
    *,
    read_as: dict[str, str] | None = None,
) -> Scores:
    """Tag every sequence with ``tag`` and compare its fields with the gold ones.

    ``read_as`` maps predicted labels the gold cannot have onto the gold's
    coarser label: AnyStyle and GROBID have no ``locator`` (a pinpoint is
    ``pages`` there), so ``{"locator": "pages"}`` scores them on their terms.
    """
    scores = Scores()
    for seq in sequences:
        predicted = tag(seq.tokens)
        if read_as:
            predicted = [_read_as(t, read_as) for t in predicted]
        scores.tokens += len(predicted)
        scores.tokens_right += sum(
            g.removeprefix("B-") == p.removeprefix("B-")
            for g, p in zip(seq.tags, predicted, strict=True)
        )
        scores.add(
            fields_of(seq.tokens, seq.tags, seq.text), fields_of(seq.tokens, predicted, seq.text)
        )
    return scores


def _read_as(tag: str, mapping: dict[str, str]) -> str:
    if tag.startswith("B-"):
        return "B-" + mapping.get(tag[2:], tag[2:])
    return mapping.get(tag, tag)
