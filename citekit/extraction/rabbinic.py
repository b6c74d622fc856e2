"""References to rabbinic literature by its standard divisions, complete citations on their own.

A note in Jewish studies cites the Talmuds by tractate and folio ("b. Sanhedrin 37a", "BT Ber. 17a",
"y. Peʾah 1:1, 15b"), the Mishnah and the Tosefta by chapter and paragraph ("m. Avot 1:1", "t. Berakhot
3:7"), a midrash by its chapter or pisqa ("Genesis Rabbah 8:5", "Sifre Deuteronomy 32", "Avot de-Rabbi
Natan A 1") and the codes by their section ("Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4",
"Shulḥan ʿArukh, Oraḥ Ḥayyim 90:9"), with no author, title page or imprint -- as a verse of scripture
is cited.  The forms are told by their corpus mark or the name of the work and by the numbering
(a folio with its side, or chapter and paragraph), and the whole piece must be the reference: "b."
before a name that is no tractate ("Simeon b. Yohai") or a page without its side is not one.
The work (corpus and tractate, the midrash, the code and its part) is the entry, the numbering the
locator.
"""

from __future__ import annotations

from dataclasses import dataclass

from citekit.lazy_regex import lazy_compile

#: the corpus marks of the Talmuds, the Mishnah and the Tosefta -> the corpus's name
_CORPORA = {
    "b": "Babylonian Talmud", "bt": "Babylonian Talmud", "tb": "Babylonian Talmud", "bavli": "Babylonian Talmud",
    "y": "Jerusalem Talmud", "j": "Jerusalem Talmud", "pt": "Jerusalem Talmud", "jt": "Jerusalem Talmud",
    "yt": "Jerusalem Talmud", "yerushalmi": "Jerusalem Talmud",
    "m": "Mishnah", "mishnah": "Mishnah", "mishna": "Mishnah",
    "t": "Tosefta", "tos": "Tosefta", "tosefta": "Tosefta",
}

_WORD = r"[A-ZʿʾĀ-ŽḀ-ỿ][\w'ʿʾ’.-]*"  # (a tractate's name, whole or abbreviated: "Sanh.", "Bava Metsiʿa", "ʿAvod. Zar.")
#: a folio and its side ("37a", "31a–b", "59b–60a"), or chapter and paragraph ("1:1", "4:3–5"), the
#: Yerushalmi's chapter and halakhah with the folio and column of its first edition ("1:1, 15b", "1:1 (15b)")
_FOLIO = r"\d{1,3}[ab](?:\s*[-–]\s*(?:\d{1,3})?[ab])?"
_CHAPTER = r"\d{1,2}(?:[:.]|,(?=\d))\d{1,2}(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{1,2})?)?"  # (German "mAv 1,1")
_LOCATOR = rf"(?:{_FOLIO}|{_CHAPTER}(?:,?\s*\(?\d{{1,3}}[a-d](?:\s*[-–]\s*\d{{0,3}}[a-d])?\)?)?)"

_TALMUD = lazy_compile(
    # (German Judaistik joins the mark to the tractate's siglum: "bSan 37a", "yBer 4,1 (7c)", "mAv 1,1")
    r"(?P<corpus>[bBjJyYmMtT]\.|[bymt](?=[A-Z][a-z])|B\.?T\.?|T\.?B\.?|P\.?T\.?|J\.?T\.?|Y\.?T\.?|Bavli|Yerushalmi|"
    r"Mishnah?|Tosefta|Tos\.)"
    rf"\s*(?P<tractate>{_WORD}(?:\s+(?:{_WORD}|de-\w+|ha-\w+)){{0,2}}?)\s+(?P<locator>{_LOCATOR})"
)

#: the midrashim: a Rabbah by its book (English, Hebrew or abbreviated), the tannaitic midrashim and the
#: other collections by their names, then chapter (and paragraph) or pisqa
_RABBAH_BOOKS = (
    r"Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Lamentations|Esther|Ruth|Song\s+of\s+Songs|Ecclesiastes|"
    r"Qohelet|Kohelet|Bereshit|Bereishit|Shemot|Vayikra|Wayyiqra|Bemidbar|Bamidbar|Devarim|Ekhah|Eikhah|"
    r"Shir\s+ha-Shirim|Gen\.?|Exod\.?|Lev\.?|Num\.?|Deut\.?|Lam\.?|Eccl\.?|Song|Qoh\.?|Est\.?"
)
_MIDRASH = lazy_compile(
    rf"(?P<work>(?:{_RABBAH_BOOKS})\s+(?:Rabbah|Rabba|Rab\.|R\.)"
    r"|(?:Sifre|Sifrei|Sifra|Mekhilta|Mekilta|Mekhilta\s+de-Rabbi\s+(?:Ishmael|Yishmaʿel|Shimʿon|Simeon)|"
    r"Pesiqta|Pesikta|Tanḥuma|Tanhuma|Midrash\s+Tehillim|Midrash\s+Psalms|Pirqe|Pirke|Seder\s+Olam|"
    r"Avot\s+de-Rabbi\s+Nat(?:h)?an|Abot\s+de\s+Rabbi\s+Nathan|ARN)"
    rf"(?:,?\s+(?:{_WORD}|de-\w+|ha-\w+|[AB](?=\s+\d))){{0,3}}?)"
    r",?\s+(?:(?:pisqa|piska|piskah|pisqaʾ|§|ch\.|chap\.|parashah|par\.)\s*)?"
    r"(?P<locator>\d{1,3}(?:[:.]\d{1,3})?(?:\s*[-–]\s*\d{1,3})?)"
)

#: the codes by their part and section: "Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4", "MT Laws of
#: Kings 11:4", "Shulḥan ʿArukh, Oraḥ Ḥayyim 90:9", "Tur, Yoreh Deʿah 1"
_CODE = lazy_compile(
    r"(?:(?P<author>(?:Moses\s+)?Maimonides|Rambam|Joseph\s+Karo|Jacob\s+ben\s+Asher),?\s+)?"
    r"(?P<work>Mishneh\s+Torah|Mishne\s+Torah|MT|Shulḥan\s+ʿArukh|Shulhan\s+(?:ʿ|')?Arukh|Shulchan\s+Aruch|"
    r"Shulḥan\s+ʿAruk|SA|Arbaʿah\s+Turim|Arba(?:ʿ|')?ah\s+Turim|Tur)"
    rf",?\s+(?P<part>(?:Hilkhot|Hilchot|Hil\.|Laws\s+(?:of|concerning)|{_WORD})"
    rf"(?:\s+(?:{_WORD}|of|the|de-\w+|ha-\w+|u-\w+)){{0,4}}?)"
    r",?\s+(?P<locator>\d{1,3}(?:[:.]\d{1,3})?(?:\s*[-–]\s*\d{1,3}(?:[:.]\d{1,3})?)?)"
)


#: words one of which a midrash's or a code's reference holds (cheap tests before the patterns)
_MIDRASH_WORDS = ("Rab", "R.", "Sif", "Mek", "Pes", "Tan", "Midrash", "Pir", "Seder", "Avot", "Abot", "ARN")
_CODE_WORDS = ("Torah", "MT ", "Arukh", "Aruch", "Aruk", "SA ", "Tur")


@dataclass(frozen=True)
class Rabbinic:
    """A rabbinic work (the corpus and tractate, the midrash, the code and its part) and the place cited."""

    title: str
    locator: str
    author: str | None = None
    label: str = "section"  # (a Talmud's folio: "folio")


def rabbinic_reference(text: str) -> Rabbinic | None:
    """The work and place if ``text`` is a rabbinic reference by its standard divisions and nothing else."""
    stripped = text.strip().rstrip(".;,").strip()
    if not stripped or (not any(ch.isdigit() for ch in stripped[-6:]) and not stripped.endswith(")")):
        return None  # (the numbering ends the reference: a cheap test before the patterns)
    head = stripped.split(None, 1)[0]
    marked = head.replace(".", "").lower() in _CORPORA or (head[:1] in "bymt" and head[1:2].isupper())
    talmud = _TALMUD.fullmatch(stripped) if len(head) <= 11 and marked else None
    if talmud is not None:
        mark = talmud["corpus"].replace(".", "").lower() or talmud["corpus"]
        corpus = _CORPORA.get(mark)
        if corpus is not None:
            folio = talmud["locator"][-1:] in "ab" and ":" not in talmud["locator"]
            return Rabbinic(f"{corpus}, {talmud['tractate']}", talmud["locator"], label="folio" if folio else "section")
    midrash = _MIDRASH.fullmatch(stripped) if any(word in stripped for word in _MIDRASH_WORDS) else None
    if midrash is not None:
        return Rabbinic(" ".join(midrash["work"].split()), midrash["locator"])
    code = _CODE.fullmatch(stripped) if any(word in stripped for word in _CODE_WORDS) else None
    if code is not None:
        author = code["author"]
        return Rabbinic(f"{' '.join(code['work'].split())}, {' '.join(code['part'].split())}", code["locator"],
                        " ".join(author.split()) if author else None)
    return None


#: a Talmud, Mishnah or Tosefta reference by its corpus mark inside a sentence: "… attributed to Hillel in
#: b. Shabbat 31a." (the mark must open a word)
_TALMUD_IN_TEXT = lazy_compile(
    r"(?<![\w.])(?:[bymt]\.|B\.?T\.?|P\.?T\.?|Bavli|Yerushalmi|Mishnah|Tosefta)\s*"
    rf"{_WORD}(?:\s+(?:{_WORD}|de-\w+|ha-\w+)){{0,2}}?\s+{_LOCATOR}(?![\w:])"
)


def rabbinic_in_text(text: str) -> list[tuple[int, int]]:
    """Spans of the Talmud, Mishnah and Tosefta references a sentence makes in passing."""
    if not any(mark in text for mark in ("b.", "y.", "m.", "t.", "T ", "Bavli", "Yerushalmi", "Mishnah", "Tosefta")):
        return []
    return [(m.start(), m.end()) for m in _TALMUD_IN_TEXT.finditer(text)
            if rabbinic_reference(m.group(0)) is not None]
