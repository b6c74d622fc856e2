"""An edited bibliography re-read with the memory of its last scan gives exactly what a fresh
read gives: the same entries, fields, errors and positions, and the same findings."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.check.bib_rules import BibAnalysis, analyse_bibtex
from citekit.check.bibscan import BibScan, scan

BOOK = "@book{k1,\n  author = {Hagenloh, Paul},\n  title = {Stalin's Police},\n  date = {2009},\n}\n"
ARTICLE = ("@article{k2,\n  author = {Whitewood, Peter},\n  title = {The Purge},\n  journal = seer,\n"
           "  year = {2015},\n  crossref = {k1},\n}\n")


def _scanned(result: BibScan) -> Any:
    return ([(e.type, e.key, e.offset, e.end, e.key_offset, [asdict(f) for f in e.fields]) for e in result.entries],
            result.errors, sorted(result.strings), result.string_spans)


def _analysed(analysis: BibAnalysis) -> Any:
    return ([d.format() for d in analysis.findings], analysis.keys, analysis.spans, analysis.crossrefs,
            analysis.macro_uses, analysis.links, analysis.entries)


def test_an_unchanged_entry_is_taken_from_the_last_scan_with_its_fields_read_when_asked() -> None:
    first = scan(BOOK + ARTICLE)
    assert len(first.chunks) == 2
    text = "% a comment line\n\n" + ARTICLE + BOOK.replace("2009", "2010")
    again = scan(text, first.chunks)
    article = again.entries[0]
    assert article.parsed_fields is None  # taken from the memory, not read again
    assert again.entries[1].parsed_fields is not None  # the edited one was read
    assert _scanned(again) == _scanned(scan(text))
    assert article.get("crossref") is not None and article.get("crossref").value == "k1"  # type: ignore[union-attr]


def test_an_entry_sharing_its_chunk_with_more_text_is_read_again() -> None:
    """Text after an entry that holds an "@" could start something: such chunks are not kept."""
    text = BOOK + "see mail@example.org @misc{m, title = {M}}\n"
    first = scan(text)
    assert [e.key for e in first.entries] == ["k1", "m"] and len(first.chunks) == 0


_PIECES = [BOOK, ARTICLE, "@string{seer = {Slavonic and East European Review}}\n",
           "@misc{m3, title = {Unclosed\n", "@book{k1,\n  title = {Duplicate key},\n}\n",
           "  @misc{m4, note = {indented @ sign}}\n", "free text\n", "@comment{ @book{c, title={x}} }\n",
           "@online{o5, url = {https://x.org/a%20b}, title = {A & B}}\n", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.lists(st.sampled_from(_PIECES), max_size=8),
       st.text(alphabet=st.sampled_from(list("@{}(),=\"# \nabk1")), max_size=12))
def test_reading_with_the_last_scans_memory_equals_a_fresh_read(before: list[str], after: list[str],
                                                                 noise: str) -> None:
    old = "".join(before)
    new = "".join(after[:2]) + noise + "".join(after[2:]) + "".join(before)
    remembered = scan(old)
    assert _scanned(scan(new, remembered.chunks)) == _scanned(scan(new))
    previous = analyse_bibtex("r.bib", old)
    assert _analysed(analyse_bibtex("r.bib", new, previous=previous)) == _analysed(analyse_bibtex("r.bib", new))
