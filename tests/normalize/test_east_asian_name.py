"""The East-Asian-name step (P180) on labelled fields: names family name first with their characters, a listed
Chinese or Korean family name, Japanese names before a romanised title; and the Western names it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "role", "expected"),
    [
        P([("author", "Maruyama Masao 丸山眞男,"), ("title", "Nihon seiji shisōshi kenkyū")], "author",
          [{"family": "Maruyama", "given": "Masao"}], id="japanese-with-characters"),
        P([("author", "Sima Qian 司馬遷,"), ("title", "Shiji 史記")], "author", [{"family": "Sima", "given": "Qian"}],
          id="two-syllable-family-name"),
        P([("author", "Yi Hwang 李滉,"), ("title", "T'oegye chŏnsŏ")], "author", [{"family": "Yi", "given": "Hwang"}],
          id="given-name-also-a-family-name-with-characters"),
        P([("author", "Yoshikawa Kōjirō,"), ("title", "Gen Min shi gaisetsu")], "author",
          [{"family": "Yoshikawa", "given": "Kōjirō"}], id="japanese-before-romanised-title"),
        P([("editor", "Kume Kunitake, ed.,"), ("title", "Tokumei zenken taishi Bei-Ō kairan jikki")], "editor",
          [{"family": "Kume", "given": "Kunitake"}], id="japanese-editor"),
        P([("author", "Ban Gu,"), ("title", "Hanshu")], "author", [{"family": "Ban", "given": "Gu"}],
          id="chinese-both-family-names-romanised-title"),
        # (the integrator's review of the round: names the note wrote in Western order stay so)
        P([("editor", "In Hitoshi Takase, Kazushi Yoshida, eds.,"), ("title", "Hachiju yon sha no chōsa kekka")],
          "editor", [{"family": "Takase", "given": "Hitoshi"}, {"family": "Yoshida", "given": "Kazushi"}],
          id="japanese-given-name-first-stays-western"),
        P([("author", "Takase Hitoshi,"), ("title", "Hachiju yon sha no chōsa kekka")], "author",
          [{"family": "Takase", "given": "Hitoshi"}], id="japanese-family-name-first-before-romanised-title"),
        P([("author", "Otake, Midori,"), ("title", "Borantia ni yoru shien")], "author",
          [{"family": "Otake", "given": "Midori"}], id="inverted-with-a-comma-stays"),
        P([("author", "Meng Qu and Jian Tang,"), ("title", "Probabilistic Logic Neural Networks")], "author",
          [{"family": "Qu", "given": "Meng"}, {"family": "Tang", "given": "Jian"}],
          id="one-syllable-given-name-in-a-western-note"),
        P([("author", "Jen Lin-Liu,"), ("title", "Textbook Pirates Find a Huge Market in China")], "author",
          [{"family": "Lin-Liu", "given": "Jen"}], id="capital-after-hyphen-stays-western"),
        P([("author", "Wang Gungwu,"), ("title", "\"Early Ming Relations with Southeast Asia,\"")], "author",
          [{"family": "Wang", "given": "Gungwu"}], id="listed-family-name-non-pinyin-given"),
        P([("author", "Hou Han shu 後漢書"), ("location", "(Beijing:"), ("publisher", "Zhonghua shuju,"),
           ("date", "1965).")], "title", "Hou Han shu 後漢書", id="title-read-as-author"),
        # what the step leaves alone
        P([("author", "Masao Miyoshi,"), ("title", "Accomplices of Silence: The Modern Japanese Novel")], "author",
          [{"family": "Miyoshi", "given": "Masao"}], id="japanese-name-western-order-english-title"),
        P([("author", "Yu Wang,"), ("title", "Reading the Ming Novel in English")], "author",
          [{"family": "Wang", "given": "Yu"}], id="both-family-names-english-title"),
        P([("author", "Anna Sato,"), ("title", "Nihon no kindai")], "author", [{"family": "Sato", "given": "Anna"}],
          id="western-given-name-first"),
        P([("author", "Peter Bol,"), ("title", "Neo-Confucianism in History")], "author",
          [{"family": "Bol", "given": "Peter"}], id="western-name"),
    ],
)
def test_east_asian_name(fields: list[tuple[str, str]], role: str, expected: Any) -> None:
    item = normalize_fields(fields).item
    got = item.get(role)
    if isinstance(got, list):
        got = [{key: name[key] for key in ("family", "given", "literal") if key in name} for name in got]
    assert got == expected
