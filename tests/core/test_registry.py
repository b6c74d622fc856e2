"""The format registry: names, sniffing, errors."""

from __future__ import annotations

import pytest

from citekit.errors import UsageError
from citekit.formats import registry


def test_builtin_formats_are_registered() -> None:
    assert {"csl-json", "bibtex", "biblatex", "ris", "json"} <= set(registry.names(readable=True))
    assert {"text", "html", "markdown"} <= set(registry.names(writable=True))
    assert "text" not in registry.names(readable=True)


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        pytest.param("refs.bib", "", "bibtex", id="bib extension"),
        pytest.param("refs.RIS", "", "ris", id="ris extension any case"),
        pytest.param("refs.json", "", "csl-json", id="json extension"),
        pytest.param("doc.citekit.json", "", "json", id="longest extension wins"),
        pytest.param("-", "  @Book{a,\n title={T}}", "bibtex", id="sniff bibtex"),
        pytest.param("-", "TY  - BOOK\nER  - \n", "ris", id="sniff ris"),
        pytest.param("-", '[{"id": "a", "type": "book"}]', "csl-json", id="sniff csl-json"),
        pytest.param("-", '{"source": {}, "entries": [], "notes": []}', "json", id="sniff document"),
    ],
)
def test_sniff(path: str, text: str, expected: str) -> None:
    spec = registry.sniff(text, path)
    assert spec is not None and spec.name == expected


def test_unknown_text_is_not_sniffed() -> None:
    assert registry.sniff("just some prose", "-") is None


def test_unknown_format_lists_known_ones() -> None:
    with pytest.raises(UsageError, match=r"known: .*bibtex"):
        registry.get("endnote-xml")


def test_reading_a_write_only_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="written but not read"):
        registry.read("x", "text")
