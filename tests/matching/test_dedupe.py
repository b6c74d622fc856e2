"""dedupe(): clusters, lossless merging, aliases, reports and the chaining guard."""

from __future__ import annotations

from typing import Any

import citekit
from citekit.matching import EntryIndex, dedupe


def book(id_: str, title: str, family: str, given: str, year: int | None, **more: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"id": id_, "type": "book", "title": title,
                            "author": [{"family": family, "given": given}]}
    if year is not None:
        item["issued"] = {"date-parts": [[year]]}
    item.update(more)
    return item


CONQUEST = book("conquest1990", "The Great Terror: A Reassessment", "Conquest", "Robert", 1990,
                publisher="Oxford University Press")
CONQUEST_ZOTERO = book("ConquestGreatTerror", "The great terror: a reassessment", "Conquest", "R.",
                       1990, ISBN="0-19-505580-2", **{"publisher-place": "New York"})
GETTY = book("getty1999", "The Road to Terror", "Getty", "J. Arch", 1999)


def test_public_api_is_lazy_reexport() -> None:
    assert citekit.dedupe is dedupe


def test_clusters_and_merged_entry() -> None:
    result = dedupe([CONQUEST, GETTY, CONQUEST_ZOTERO])
    assert result.clusters == [[0, 2], [1]]
    assert result.duplicates == [[0, 2]]
    merged = result.entries[0]
    assert merged["id"] == "conquest1990"  # the first record's key survives
    assert merged["ISBN"] == "0-19-505580-2"  # union of fields
    assert merged["publisher-place"] == "New York"
    assert merged["custom"]["ids"] == ["ConquestGreatTerror"]  # alias kept for \\cite
    assert result.entries[1] is GETTY
    assert next(d.code for d in result.diagnostics) == "D001"


def test_conflicts_are_kept_and_reported() -> None:
    a = book("a", "The Great Terror", "Conquest", "Robert", 1990, publisher="Macmillan")
    b = book("b", "The Great Terror", "Conquest", "Robert", 1990, publisher="Penguin")
    result = dedupe([a, b])
    merged = result.entries[0]
    assert merged["publisher"] == "Macmillan"
    assert merged["custom"]["dedupe-conflicts"] == {"publisher": ["Penguin"]}
    (report,) = result.reports
    (conflict,) = report.conflicts
    assert (conflict.field, conflict.kept, conflict.dropped) == ("publisher", "Macmillan", "Penguin")
    assert "survivor" in conflict.reason
    assert any(d.code == "D002" and "Penguin" in d.message for d in result.diagnostics)
    assert report.evidence and "title equal" in report.evidence[0]


def test_fuller_values_win() -> None:
    a = {"id": "a", "type": "article-journal", "title": "Purges in the provinces of the USSR",
         "author": [{"family": "Smith", "given": "J."}], "container-title": "J. Mod. Hist.",
         "issued": {"date-parts": [[2012]]}, "page": "10"}
    b = {"id": "b", "type": "article-journal", "title": "Purges in the Provinces of the USSR",
         "author": [{"family": "Smith", "given": "John"}],
         "container-title": "Journal of Modern History", "issued": {"date-parts": [[2012]]},
         "page": "10-35"}
    merged = dedupe([a, b]).entries[0]
    assert merged["author"] == [{"family": "Smith", "given": "John"}]
    assert merged["container-title"] == "Journal of Modern History"
    assert merged["page"] == "10-35"
    assert merged["custom"]["dedupe-conflicts"]["container-title"] == ["J. Mod. Hist."]


def test_accented_spelling_is_kept() -> None:
    a = book("a", "Uber formale Systeme", "Godel", "Kurt", 1931)
    b = book("b", "Über formale Systeme", "Gödel", "Kurt", 1931)
    merged = dedupe([a, b]).entries[0]
    assert merged["title"] == "Über formale Systeme"


def test_veto_blocks_chaining() -> None:
    """A record without a year matches both editions; the editions must not end up together."""
    ed2 = book("ed2", "The Russian Revolution", "Fitzpatrick", "Sheila", 1994, edition="2")
    ed3 = book("ed3", "The Russian Revolution", "Fitzpatrick", "Sheila", 1994, edition="3")
    vague = book("vague", "The Russian Revolution", "Fitzpatrick", "S.", 1994)
    result = dedupe([ed2, vague, ed3])
    together = next(c for c in result.clusters if 0 in c)
    assert 2 not in together
    assert any(d.code == "D003" and "editions" in d.message for d in result.diagnostics)


def test_duplicate_id_of_different_works_is_renamed() -> None:
    a = book("smith2000", "The Red Army", "Smith", "A.", 2000)
    b = book("smith2000", "Peasants and the State", "Smith", "A.", 2000)
    result = dedupe([a, b])
    assert [e["id"] for e in result.entries] == ["smith2000", "smith2000-2"]
    assert any(d.code == "D004" for d in result.diagnostics)


def test_to_json_lists_clusters_for_tools() -> None:
    data = dedupe([CONQUEST, CONQUEST_ZOTERO]).to_json()
    assert data["clusters"][0]["ids"] == ["conquest1990", "ConquestGreatTerror"]
    assert data["clusters"][0]["survivor"] == "conquest1990"
    assert len(data["entries"]) == 1


def test_blocking_is_not_all_pairs() -> None:
    entries = [book(f"b{i}", f"Volume {i} of a distinct series about topic {i * 7919}",
                    f"Author{i}", "A.", 1900 + i % 100) for i in range(400)]
    result = dedupe(entries)
    assert len(result.duplicates) == 0
    assert result.comparisons < 400 * 399 // 2 // 20


def test_entry_index_finds_a_footnote_citation() -> None:
    index = EntryIndex([GETTY, CONQUEST])
    footnote = {"type": "book", "title": "The Great Terror", "author": [{"family": "Conquest"}],
                "issued": {"date-parts": [[1990]]}}
    found = index.candidates(footnote)
    assert found[0][0] is CONQUEST
    assert found[0][1].same
    assert all(entry is not GETTY or not decision.same for entry, decision in found)


def test_bad_values_do_not_raise() -> None:
    odd = [{"id": 1, "title": None, "author": "not a list", "issued": "1990"},
           {"type": "book", "author": [None, {"literal": "UNESCO"}], "page": ["x"]},
           {}]
    result = dedupe(odd)
    assert sorted(i for c in result.clusters for i in c) == [0, 1, 2]


def test_title_less_record_cannot_chain_two_works() -> None:
    """A record with no title matches two articles of one author, year and journal;
    the two articles contradict each other, so they never share a cluster."""
    def article(id_: str, title: str | None) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": id_, "type": "article-journal", "author": [{"family": "Getty", "given": "J. A."}],
            "container-title": "Slavic Review", "volume": "52", "issued": {"date-parts": [[1993]]},
        }
        if title:
            item["title"] = title
        return item

    a = article("a", "Excesses are not permitted: mass terror in the late 1930s")
    b = article("b", "State and society under Stalin: constitutions and elections")
    vague = article("vague", None)
    result = dedupe([a, vague, b])
    assert not any(0 in c and 2 in c for c in result.clusters)


def test_sources_place_the_diagnostics() -> None:
    result = dedupe([CONQUEST, GETTY, CONQUEST_ZOTERO],
                    sources=[("thesis.bib", 3), ("thesis.bib", 10), ("zotero.json", None)])
    assert result.diagnostics[0].format().startswith("thesis.bib:3: D001 merged 2 records")
