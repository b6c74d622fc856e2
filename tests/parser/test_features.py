"""Token features: shapes, classes and dictionary membership."""

from __future__ import annotations

import pytest

from citekit.parser.features import FeatureExtractor, shape
from citekit.parser.tokenize import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Stalin’s", "Xx’x"), ("751–66", "d–d"), ("USSR", "X"), ("p.", "x."), ("1926", "d")],
)
def test_shape(text: str, expected: str) -> None:
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("token", "feature"),
    [
        ("2009", "year"), ("1926–1941", "yearrange"), ("751–66", "range"), ("6ff.", "pinpoint"),
        ("XIV", "roman"), ("Ibid.", "d=backrefs"), ("Vgl.", "d=signals"), ("pp.", "d=locators"),
        ("Hrsg.", "d=roles"), ("June", "d=months"), ("London", "d=places"), ("A.", "sh=X."),
        ("«", "quote"), ("https://x.org/a", "url"), ("10.1000/abc", "doi"),
    ],
)
def test_static_features(token: str, feature: str) -> None:
    (features,) = FeatureExtractor().sequence(tokenize(token))
    assert feature in features


def test_context_features() -> None:
    feats = FeatureExtractor().sequence(tokenize("Smith, ‘Title’, in Book, 1999, p. 3"))
    assert "BOS" in feats[0] and "EOS" in feats[-1]
    title = feats[3]
    assert "inquote" in title and "w-1=‘" in title
    assert "afterin" in feats[7] and "afteryear" in feats[-1]
    assert "commas=4" in feats[-2]
    assert "d-1=locators" in feats[-1]  # the neighbour "p." is a locator word


def test_feature_cache_is_bounded() -> None:
    from citekit.parser import features

    extractor = FeatureExtractor()
    extractor.sequence(tokenize(" ".join(f"w{n}" for n in range(50))))
    assert len(extractor._static) <= features._CACHE_LIMIT
