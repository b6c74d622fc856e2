"""The juan-leaf step (P181) on labelled fields: a juan and a leaf or page as the locator, an edition in brackets
after the title, a romanised title and a juan alone; and what it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize.juan_leaf import juan_locator

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "Gu Yanwu 顧炎武,"), ("title", "Rizhi lu 日知錄 (Siku quanshu ed.),"), ("locator", "juan 13, 5a.")],
          {"title": "Rizhi lu 日知錄", "edition": "Siku quanshu ed."}, ("full", "13.5a", "folio"),
          id="juan-word-and-leaf-edition-in-brackets"),
        P([("backref", "Ibid.,"), ("locator", "juan 4, 7b–8a.")], {}, ("ibid", "4.7b-8a", "folio"), id="ibid-juan"),
        P([("title", "Songshi 宋史 (Beijing: Zhonghua shuju,"), ("date", "1977),"), ("other", "173.4156.")],
          {}, ("full", "173.4156", "page"), id="juan-page-after-imprint"),
        P([("other", "Shiji, 6.239.")], {"title": "Shiji"}, ("short", "6.239", "page"), id="short-title-juan-page"),
        P([("author", "Zhu Xi, Wenji 75.13a.")], {"title": "Wenji", "author": [{"family": "Zhu", "given": "Xi"}]},
          ("short", "75.13a", "folio"), id="short-author-title-leaf"),
        P([("title", "Sejong sillok 世宗實錄 40:12b.")], {"title": "Sejong sillok 世宗實錄"}, ("full", "40:12b", "folio"),
          id="title-with-characters-is-full"),
        # what the step leaves alone
        P([("author", "Hodgson,"), ("title", "Venture of Islam,"), ("locator", "2:371.")], {"title": "Venture of Islam"},
          ("short", "2:371", "page"), id="western-short-form-volume-page"),
        P([("other", "Hosea 2.3.")], {"title": None}, None, id="scripture-left-to-its-step"),
    ],
)
def test_juan_leaf(fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[str, str, str] | None) -> None:
    parsed = normalize_fields(fields)
    got = {key: parsed.item.get(key) for key in expected}
    if "author" in got and isinstance(got["author"], list):
        got["author"] = [{k: v for k, v in name.items() if k in ("family", "given")} for name in got["author"]]
    assert got == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("juan 13, 5a", ("13.5a", "folio")),
        ("j. 3, 12b–13a", ("3.12b-13a", "folio")),
        ("kan 2, 4b", ("2.4b", "folio")),
        ("75.12a–b", ("75.12a-b", "folio")),
        ("6.239", ("6.239", "page")),
        ("24A.1117", ("24A.1117", "page")),
        ("2:45", None),
        ("45", None),
        ("p. 12", None),
    ],
)
def test_juan_locator(text: str, expected: tuple[str, str] | None) -> None:
    assert juan_locator(text) == expected
