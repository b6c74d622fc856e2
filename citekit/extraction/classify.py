"""What kind of piece a note holds: a full citation, a short form, a back-reference, or prose.

The reference parser is trained on bibliography entries and may mislabel a
short form or an "Ibid." that it rarely saw, so the decision of *what a piece
is* is made here, by cheap surface rules that work across languages:

- back-references are a closed vocabulary (ibid., ebd., idem, ders., op. cit.,
  a.a.O., supra n. 12, oben Anm. 12 …); the ibid., idem and supra words are the
  project's one list in :mod:`citekit.normalize.backref`, shared with the parser;
- a full citation carries publication facts (a year, a place and year, a
  volume, "ed."/"Hrsg.", "in:", a quoted title);
- a short form is "Author, Short Title[, pinpoint]" without them;
- commentary is prose: no comma-separated structure, verbs and function words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from citekit.extraction.locators import Pinpoint, find_pinpoint
from citekit.extraction.rabbinic import rabbinic_reference
from citekit.extraction.scripture import scripture_reference
from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import given_names, is_double_surname
from citekit.normalize._text import data_lines, expand_dashed_range
from citekit.normalize.archive import HENCEFORTH_RE
from citekit.normalize.backref import (
    IBID_FORMS,
    IDEM_FORMS,
    OPCIT_FORMS,
    SUPRA_WORDS,
    forms_pattern,
)
from citekit.normalize.cjk_citation import (
    IBID_WORDS,
    OPCIT_WORDS,
    TITLE_BRACKETS,
    cited_page,
    is_cjk,
)
from citekit.normalize.colonial_archive import COLONIAL_ARCHIVE_SIGLA
from citekit.normalize.names import SURNAMES_BY_SLASH
from citekit.normalize.standard_edition import edition_tail
from citekit.normalize.standard_edition import sigla as edition_sigla


def _monotonic_letter(ch: str) -> str:
    """One polytonic Greek letter as monotonic Greek writes it: breathings and the iota subscript gone,
    grave and circumflex become the one accent ("ὅ" -> "ό", "ῶ" -> "ώ"); the koronis an apostrophe."""
    if ch in "\u1fbd\u1fbf\u1fbe":
        return "'"
    marks = {"\u0300": "\u0301", "\u0342": "\u0301", "\u0301": "\u0301"}
    decomposed = unicodedata.normalize("NFD", ch)
    accent = "".join(dict.fromkeys(marks[m] for m in decomposed[1:] if m in marks))
    return unicodedata.normalize("NFC", decomposed[0] + accent)


#: the polytonic letters (Greek Extended) -> their monotonic forms, one letter for one
_MONOTONIC = str.maketrans({chr(code): _monotonic_letter(chr(code)) for code in range(0x1F00, 0x2000)
                            if unicodedata.category(chr(code)).startswith("L") or chr(code) in "\u1fbd\u1fbf"})


def monotonic(text: str) -> str:
    """``text`` with polytonic Greek written monotonic, letter for letter (the positions hold): older
    Greek scholarship writes "Αὐτόθι", "ὅ.π.", "Ὁ αὐτός" where the word lists have "Αυτόθι", "ό.π."."""
    return text.translate(_MONOTONIC) if re.search("[\u1f00-\u1fff]", text) else text


PieceKind = Literal["full", "short", "ibid", "idem", "op-cit", "supra", "commentary"]

_IBID = lazy_compile(
    # the project's list of ibid. forms (citekit.normalize.backref), then the Latin "idem"/"id."/"ead."
    # where they stand for the same work: before a page, Bluebook's "Id. at 5", or alone
    r"^(?:\d{1,2}\s+(?=id\.|ibid))?(?:" + forms_pattern(IBID_FORMS) + r"\.?|[ií]dem\b(?=\.?,?\s*(?:p|pp|págs?|S)\.\s*\d)|id\.?(?=\s*(?:,?\s*at\b|,\s*(?:p|pp|S)\.|$))|id\.(?=\s\d)"
    r"|ead\.?(?=\s*(?:,?\s*at\b|$))"
    # Turkish: "Aynı yer" (the same place), "Aynı eser" (the same work), abbreviated "a.y.", "a.e."
    r"|ayn[ıi]\s+(?:yer|eser|makale)\b\.?|(?-i:[aA]\.\s?[ye]\.)(?=\s*(?:,|s\.|$))"
    # Croatian and Serbian "Isto" / "Исто" (the same), Lithuanian "Ten pat" (there), Latvian "Turpat",
    # Estonian "Samas": alone, or before a page (its label first, or the number: "Turpat, 90. lpp.")
    r"|(?:isto|исто|ten\s+pat|turpat|samas)(?=\s*(?:[.;]?\s*$|[.,]\s*(?:[^\W\d]{1,4}\.?\s?)?\d)))",
    re.I,
)
#: an entry of a reference work by its headword: "Encyclopaedia Iranica, s.v. “Ṣafavid Dynasty”", "EI², s.v. …"
#: romanized words, then the same in Chinese characters, kana or hangul: "Sejong sillok 世宗實錄"
_ROMANIZED_THEN_CHARACTERS = lazy_compile(
    r"[A-Za-zÀ-žŏŭ’'-]{2,}\s+[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]{2,}(?=[\s,:;.(]|$)"
)
#: Korean back-references: "위의 책, 50쪽", "같은 책", "김용섭, 앞의 책, 60쪽", "앞의 논문, 12-14쪽"
_KOREAN_BACK_REFERENCE = lazy_compile(
    r"(?:(?P<author>[^\s,，][^,，]{0,20}?)\s*[,，]\s*)?(?P<word>(?:위의|같은|앞의)\s?(?:책|글|논문))"
    r"(?:\s*[,，]\s*(?:p\.\s*)?(?P<page>\d+(?:\s*[-–~]\s*\d+)?)\s*쪽?)?\s*[.。]?"
)
#: Hebrew "שם" (ibid.), alone or before its page ("שם, עמ' 12", "שם, 12", "שם עמ' 12-14")
_HEBREW_IBID = lazy_compile(r"שם(?:,?\s*שם)?\s*[.,]?(?P<page>\s*,?\s*(?:ב?עמ['׳’]\s*)?\d+[\d\s,\-–]*)?\.?")
#: Hebrew back-references by author (and title): "כ"ץ, לעיל הערה 12, עמ' 50", "כ"ץ, מסורת, לעיל, הערה 12",
#: "כ"ץ, הנ"ל, עמ' 50" (the aforementioned work: op. cit.)
_HEBREW_BACK_REFERENCE = lazy_compile(
    r"(?:ו?(?:ראו|ראה|השוו)\s+)?(?P<author>[^,]{1,30}?)\s*,\s*(?:(?P<title>[^,\d]{1,60}?)\s*,\s*)?"
    r"(?:לעיל,?\s*(?:ב?הערה|ב?הע['׳’])\s*(?P<note>\d{1,3})|הנ[\"״”]ל)"
    r"(?P<page>\s*,\s*(?:ב?עמ['׳’]\s*)?\d+(?:\s*[-–]\s*\d+)?)?\s*\.?"
)
_SUB_VERBO = lazy_compile(r"^[^;]{2,120}?,\s(?:s\.\s?v\.|sub\s+(?:voce|verbo))\s")
#: the whole of such a citation: the work (perhaps its edition), the headword, the article's author in
#: brackets and a volume and page, both left out of the reading ("EI², s.v. “Madrasa” (J. Pedersen), 5:1123")
_REFERENCE_ENTRY = lazy_compile(
    r"(?P<work>[^,;“\"«]{2,100}?)(?:,\s(?P<edition>\d+(?:st|nd|rd|th|e|\.)?\s(?:ed|edn|éd|Aufl)\.))?,\s"
    r"(?:s\.\s?v\.|sub\s+(?:voce|verbo))\s[“\"«‘']?(?P<headword>[^,;”\"»’'()]{1,80}?)[,.]?[”\"»’']?"
    r"(?:\s\((?:by\s)?[^()]{2,60}\))?(?:,?\s(?:\d{1,2}:\d{1,4}(?:\s?[-–]\s?\d{1,4})?|[IVXLC]+,\s\d{1,4}))?[.,]?"
)


@dataclass(frozen=True)
class ReferenceEntry:
    """A reference work (and its edition) and the headword cited by "s.v."."""

    work: str
    edition: str | None
    headword: str


def reference_entry(text: str) -> ReferenceEntry | None:
    """"EI², s.v. “Madrasa,” 5:1123" -> the work "EI²" and the headword "Madrasa", else None: as
    Chicago has it, the headword is the locator of a reference work, not a title of its own."""
    match = _REFERENCE_ENTRY.fullmatch(text.strip().rstrip(";").strip())
    if match is None:
        return None
    edition = re.match(r"\d+", match["edition"]) if match["edition"] else None
    return ReferenceEntry(match["work"].strip(), edition.group(0) if edition else None,
                          match["headword"].strip(" .,"))
#: a bare page right after "Ibid" ("Ibid 581.", "Ibid. 12–14")
#: (a judge named after it in brackets: "Ibid 581 (Lord Atkin)")
#: a quotation after a back-reference's pinpoint, to the note's end: ": ‘as good almost kill a Man …’."
_QUOTED_AFTER_PINPOINT = lazy_compile(r"(?<=[\dvr])\s*[:,]\s*[‘“\"«„][^‘’“”\"«»„]{3,}[’”\"»“][.!?]?\s*$")
_BARE_PAGE_AFTER_IBID = lazy_compile(
    r"\s+\[?(?P<value>\d+[a-z]?(?:\s*[-–]\s*\d+)?)\]?(?:\s*\([^()]*\))?\s*\.?"  # ("Ibid [45]": a paragraph)
)
_IDEM = lazy_compile(
    # the project's list of idem forms (citekit.normalize.backref); "dies" without its full stop only
    # before a comma: "Dies ist eine …" opens a sentence; the Turkish "Aynı yazar", "Aynı müellif" (the
    # same author), "a.mlf."
    r"^(?:" + forms_pattern(IDEM_FORMS) + r"|dies(?=\s*[,:])|ayn[ıi]\s+(?:yazar|müellif)(?=\s*[,:])|a\.\s?mlf\.|"
    # Hungarian "Uő:" (the same author) before the title, Croatian and Serbian "Isti" / "Ista" / "Исти" / "Иста"
    r"uő(?=\s*:)|(?:isti|ista|исти|иста)(?=\s*,)|"
    r"(?:ο|η|οι)\s+αυτ(?:ός|ή|οί)(?=\s*,))"  # (the Greek "Ο αυτός", "Η αυτή" of older scholarship)
    r"\s*[,:.]?\s*", re.I
)
_OP_CIT = lazy_compile(
    r"(?:^|[\s,(])(?P<marker>o[pf]i?['’]?\.\s*[cdeè][il1ìí][tlL]?\.?|op\.\s*(?:rit|rii|dt|eit|cil|ciL|cii|cìl)\.?|"
    r"op\.\s*c\.|(?-i:[oO]\.\s*[ce]\.)|l[oe][ce]\.\s*cit\.?|(?-i:[lL]\.\s*c\.)|"  # not initials "L. C."
    r"a\.\s*a\.\s*O\.?|ar[ti]\.\s*cit\.?|(?:dz|art|op)\.\s*cyt\.?|t\.\s?a\.\s?p\.|a\.\s?st\.|"
    # a work cited before, in the abbreviations of Dutch ("a.w."), Scandinavian ("a.a."), Czech ("c. d.")
    # and Hungarian ("i. m.") notes: only right after the author's comma (the Italian "c.d." is "so-called")
    r"(?<=,\s)(?-i:a\.\s?w\.|a\.\s?a\.|c\.\s?d\.|i\.\s?m\.)(?=[\s,;]|$)|(?<=:\s)(?-i:i\.\s?m\.)(?=[\s,;]|$)|"
    # Croatian and Serbian "nav. dj." / "nav. djelo" / "нав. дело" (navedeno djelo, the work cited)
    r"(?<=,\s)(?:nav\.|нав\.)\s?(?:djelo|delo|dj\.|дело|дј\.|д\.)|"
    # Turkish "a.g.e." / "a.g.m." / "a.g.y." (adı geçen eser, makale, yer: the work, article, place named before)
    r"a\.\s?g\.\s?[emy]\.?|(?-i:[Aa]g[emy]\.)(?=,)|[eé]d\.\s*cit\.?|op\.\s*e\s*vo[li]\.\s*cit\.?|[ce][il1ìí]t\.|\(cit\.\)|ouvr?\.\s*cit(?:é|\.)?|ouvrage\s+cité|указ\.\s*соч\.?|цит\.\s*соч\.?|ukaz\.\s*soch\.?|"
    # the Greek "ένθ' ανωτ." (ένθα ανωτέρω, where cited above), as older scholarship writes it
    r"ένθ['’]\s?ανωτ(?:έρω|\.)|"
    r"supra|" + forms_pattern(OPCIT_FORMS) + r")(?=[\s,.;:)]|$)",  # (and the project's list of op. cit. forms)
    re.I,
)
#: "supra n. 12", "above n 12", "see n. 12", "(n. 12)", "oben Anm. 12", "(Fn. 12)", "note 12 above"
_NOTE_REF = lazy_compile(
    r"(?P<pre>(?:supra|above|infra|oben|unten|vide|see|s\.|siehe|voir|cfr?\.|vgl\.|wie)\s*,?\s*)?"
    r"(?P<paren>\()?\b(?P<label>notes?|nn?\.?|Anm\.|Fn\.?|FN|fn\.?|nota|Note)\s*(?P<num>\d{1,4}(?:\s*[-–]\s*\d{1,4})?|\*)\)?"
    r"(?P<post>\s*(?:above|supra|oben))?",
    re.I,
)


def _cross_reference(text: str, author_end: int) -> re.Match[str] | None:
    """A "see n. 12" / "(Fn. 12)" / "Author, n. 12" reference to another note.

    A note number after a page ("p. 138, n. 53") is a pinpoint in the cited
    work, not a cross-reference, and is left alone.
    """
    for match in _NOTE_REF.finditer(text):
        if match.group("pre") or match.group("paren") or match.group("post"):
            return match
        between = text[author_end: match.start()]
        if not between.strip(" ,:;.") or _SUPRA_WORD.search(between):
            return match
    return None
_SUPRA_WORD = lazy_compile(r"\b" + forms_pattern(SUPRA_WORDS), re.I)

_YEAR = lazy_compile(r"(?<![\d/.-])(1[4-9]\d\d|20[0-4]\d)(?![\d])")
#: a year a title governs by its preposition ("The Road to 1945", "Britain since 1918", "Deutschland
#: nach 1945", "La France depuis 1815"): part of a short title, not the year of an imprint; searched
#: up to the year, a single year after the preposition (not "from 1914 to 1918" nor "to 1945, 1975")
_TITLE_YEAR = lazy_compile(
    r"(?<=[^\W\d_])\s(?:to|since|after|before|until|till|nach|seit|vor|bis|depuis|après|avant|dopo|"
    r"prima\s+del|desde|después\s+de|antes\s+de|po|przed|od|do)(?:\s(?:the|il|le|la|el|dem|l['’]))?\s$"
)
_PUB_FACTS = lazy_compile(
    r"\b(?:[Ee]ds?\.|edn\.|Hrsg\.|Hg\.|hrsg\.|hg\.|a cura di|a c\. di|dir\.|éd\.|trans\.|transl\.|übers\.|"
    r"in:|In:|Diss\.|[Tt]hesis|Press|Verlag|University|Univ\.|Universit[àéä]t?|"
    r"doi|DOI|https?://|www\.)",
)
#: a chapter's book after its title: "…, in Henssler/Braun, Arbeitsrecht …", "…, in Finkin/Mundlak, …"
_IN_CONTAINER = lazy_compile(rf",\s[Ii]n:?\s{SURNAMES_BY_SLASH}\s*(?:\([^)]{{1,12}}\))?,\s\S")
#: an imprint after a comma: "…, London: Gollancz", "…, New York, NY: Norton" (place, colon, publisher)
_IMPRINT = lazy_compile(r",\s(?:[A-ZÀ-ÖØ-Þ][\w.’'-]+\s){0,2}[A-ZÀ-ÖØ-Þ][\w.’'-]+(?:,\s[A-Z]{2})?:\s[A-ZÀ-ÖØ-Þ]")
_LEGAL_SOURCE = lazy_compile(
    r"§|\bU\.\s?S\.\s?C\.|\bPub\.\s?L\.|\bSTAT\.|\bArt\.\s?\d+\w*\s(?:GG|BGB|EMRK|AEUV|EUV|StGB|ZPO)\b|"
    r"\b(?:EuGH|EGMR|BVerfGE?|BGHZ?|BAG|OGH|VfGH|VwGH)\s+\d"
)
#: legal sources the pipeline's own patterns miss: bills and session laws, parliamentary
#: papers, EU directives, treaty articles ("ILO Convention, art. 14"), reported cases
_LEGISLATION_SOURCE = lazy_compile(
    r"^(?:H\.\s?R\.|S\.|S\.\s?B\.|H\.\s?B\.|A\.\s?B\.)\s\d+[.,]?\s.*\b(?:Leg\.|Sess\.|Assemb\.|Cong\.)|"
    r"\b(?:BT|BR|LT)[\s-]?Drs\.|\bDrucksache\b|\bConst\.\s+(?:art|amend)\.|"  # ("U.S. Const. art. I, § 8")
    r"^(?:RL|VO|Richtlinie|Verordnung|Directive|Regulation|Règlement|Direttiva|Regolamento)\s+"
    r"(?:\((?:EU|EG|EWG|EC|EEC|UE|CE)\)\s*)?(?:Nr\.\s*|No\s*)?\d{2,4}/\d+|"
    r"^[A-Z][\w .-]{1,60}(?:Convention|Covenant|Charter|Treaty|Declaration|Act|Konvention|Vertrag|Gesetz|"
    r"Convenzione|Trattato)\b(?:\s(?:on|of|for|relating\s+to|concerning|über|sur|relative\s+à)\s[\w .'’-]{2,60}?)?"
    r",?\s(?:art|Art|Article|article|Artikel|articolo|§)\.?\s?\d"  # ("European Convention on Human Rights, art 8")
)
_CASE_SOURCE = lazy_compile(
    # "Brown v. Board of Education, 347 U.S. 483": two parties of a few words; not the Italian
    # "v." (vedi) before a name's initial ("… di Lisbona v. C. Fasone, Il Parlamento …")
    r"^[A-ZÀ-ÖØ-Þ][\w.&'’-]*(?:\s[\w.&'’-]+){0,6}\sv\.?\s(?![A-Z]\.\s)[A-ZÀ-ÖØ-Þ][\w.&'’ -]{1,80}?,?\s*"
    r"(?:\[\d{4}\]|\(\d{4}\)|\d+\s[A-Z][\w.]*(?:\s[\w.]+){0,3}\s\d+)|"
    r"\bECLI:[A-Z]{2}:|\b(?:Urt|Beschl|Entsch)\.\s*v\.\s*\d"
)


#: a decision cited by its official reporter, volume and first page: "BGHZ 74, 103, 106",
#: "BVerfGE 89, 214, 232 (Bürgschaft)" -- a first citation, though it has no author and no year
_REPORTED_DECISION = lazy_compile(
    r"^(?:BVerfGE|BVerfGK|BGHZ|BGHSt|BAGE|BVerwGE|BFHE|BSGE|RGZ|RGSt|VfSlg|SZ|EvBl)\s+\d{1,3},\s*\d{1,4}\b"
)
#: an Ottoman fonds and its file, as the Turkish state archives cite them: a dotted code and dosya/gömlek
#: ("İ.DH. 245/15123", "A.MKT.MHM. 120/45"), the fonds named with its code ("Cevdet Dahiliye (C.DH.)
#: 112/5580", "Mühimme Defteri (MD) 7"), or a register by its series and number
_OTTOMAN_FONDS = (
    r"(?:(?:[A-ZÇĞİÖŞÜ]{1,5}\.){1,4}[A-ZÇĞİÖŞÜ]{0,5}\.?\s?\d+/\d+"
    r"|(?:[A-ZÇĞİÖŞÜ][\w-]+\s){1,3}\((?:[A-ZÇĞİÖŞÜ]{1,5}\.?){1,4}\)\s?\d"
    # a register by its series and number, then the decree, page or leaf: "MD 6, hk. 421", "TT 387, s. 12"
    r"|[A-ZÇĞİÖŞÜ]{1,5}\s?\d+,\s(?:hk\.|hüküm|s\.|vr\.|lef)\s?\d)"
)
#: an archival shelf-mark after the archive's siglum or name: "RGASPI, f. 17, op. 3, d. 1003, ll. 85–86",
#: "ASV, Senato, Secreta, reg. 5, c. 12v", "AN, F7 3688, dossier 2", "ASFi, Mediceo, filza 12"
_ARCHIVAL_REF = lazy_compile(
    # (a siglum with its city, "AGN-BA", or the Resgate project's code of an AHU series, "AHU_ACL_CU_005")
    r"^(?:(?:[A-ZÀ-ÞΑ-Ω]{2,8}(?:-[A-Z]{2,4}|(?:_[A-Z0-9]{2,4}){1,4})?|[A-Z][a-z]?[A-Z][A-Za-z]{0,4}|Bodl\.)(?:\s[A-Z][\w]{0,9})?|Archiv\w*(?:\s[\w']+){1,4}|"
    # a Greek archive by its name: "Γενικά Αρχεία του Κράτους", "Αρχείο Υπουργείου Εξωτερικών", "Ιστορικό Αρχείο …"
    r"(?:[ΆΈ-ΏΑ-Ϋ][\w-]+\s){0,2}Αρχεία?(?:\s[\w-]+){1,4}|"
    r"Archives?(?:\s[\w']+){1,4}|Archivio(?:\s[\w']+){1,4}|"
    # an archive named in Catalan, Portuguese, Polish, Dutch, Czech or a Scandinavian language: "Arxiu de la
    # Corona d'Aragó", "Arquivo Nacional da Torre do Tombo", "Archiwum Główne Akt Dawnych", "Nationaal
    # Archief", "Národní archiv", "Riksarkivet"
    r"(?:Arxiu|Arquivo|Archiwum|Archief)(?:\s[\w'’]+){1,5}|(?:[A-ZÀ-Þ][\w-]+\s){1,3}(?:[Aa]rchief|[Aa]rchiv|[Aa]rkiv)\b|"
    # the Slovak, Croatian, Serbian, Lithuanian, Latvian, Estonian and Hungarian words: "Slovenský národný archív",
    # "Hrvatski državni arhiv", "Lietuvos centrinis valstybės archyvas", "Latvijas Valsts vēstures arhīvs",
    # "Magyar Nemzeti Levéltár Országos Levéltára"
    r"[A-ZÀ-ÞČŠŽĽŁ][\w-]+\s(?:[\w-]+\s){0,4}(?:[Aa]rch[ií]v|[Aa]rhiv|[Aa]rchyvas|[Aa]rhīvs|[Aa]rhiiv|[Аа]рхив|Levéltára?)\b|"
    r"[A-ZÀ-Þ][a-zà-þ]+(?:arkivet|arkiv|archief)|"
    # a Turkish archive ("Başbakanlık Osmanlı Arşivi", "Topkapı Sarayı Müzesi Arşivi"), a city's court
    # registers ("İstanbul Şer‘iyye Sicilleri") or the Egyptian "Dār al-Wathāʾiq" (house of documents)
    r"(?:[A-ZÀ-ÞÇĞİÖŞÜ][\w‘’'-]+\s){1,4}(?:Arşivi?|Sicilleri)|Dār\sal-Wathāʾiq(?:\s[\w-]+){0,2})"
    # (its siglum in brackets, announced or not: "(AAN)", "(dalej: AAN)", "(dále NA)", "(hereafter AAN)", "(MNL OL)")
    r"(?:\s\((?:(?:dalej|dále|ďalej|dalje|hereafter|henceforth|továbbiakban):?\s)?[A-ZΑ-ΩА-Я]{2,8}(?:\s[A-Z]{2,3})?\))?,\s"
    r"(?:[^;()]{0,80}?[\s,])?"
    r"(?:f\.\s?[A-ZР]?-?\d+\w*,\s?op\.\s?\d|(?:busta|b\.|filza|reg\.|fasc\.|cart\.|mazzo|carton|leg\.|legajo|"
    r"caja|exp\.|Bl\.|Rep\.|Best\.|Bestand|c\.(?=\s?\d+[rv]\b)|"
    # a book (livro), signature, box, inventory number; a volume only when its leaf follows
    r"liv\.|maço|[cC]x\.|caixa|box|folder|cód\.|sygn\.|sign\.|kart\.|inv\.\s?nr\.?|"
    # the box, fond and inventory number of Czech, Slovak and Croatian archives ("šk. 12", "kut. 23", "inv. č. 12",
    # "fond 1561"), and a Polish volume or file by its leaf ("t. 33, k. 245", "…, k. 12–14" at the end)
    r"šk\.|kut\.|inv\.\s?č\.|fond(?=\s\d)|t\.(?=\s?\d+,\sk\.\s?\d)|k\.(?=\s?\d+[rv]?(?:\s?[-–]\s?\d+[rv]?)?\.?$)|vol\.(?=\s?\d+,\s(?:(?:doc|exp|n)\.\s?\d+,\s)?(?:fols?|ff?|fls?|fs|k)\.)|expte\.|carp\.|proc\.|"
    # the portfolio, register, file and shirt of Arabic and Ottoman archives
    r"(?i:ma[hḥ]fa[zẓ]a|sijill|sicil|defter|dosya|gömlek)|"
    # the folder, sub-folder, box and document of Greek archives (φάκελος, υποφάκελος, κυτίο, έγγραφο)
    r"φάκ\.|φακ\.|υποφ\.|κυτ\.|κυτίο|έγγρ\.|φ\.(?=\s?\d))"
    r"\s?(?:[IVX]{1,4}\s)?\d"  # ("sygn. II 1245": a series' numeral before the number)  # ("NLA Aurich, Rep. 4, …")
    # a Spanish archive's section, then the legajo by its bare number and the leaf: "AGI, Lima, 110, f. 23v",
    # "AGI, Escribanía, 1020A, fs. 4-6"
    r"|(?<=,\s)\d{1,5}(?:-\d{1,5}){0,3}[A-Z]?,\s(?:fs?|fols?|ff)\.\s?\d"
    # or by the AGI's número and ramo after it: "AGI, Patronato, 231, N. 4, R. 7"
    r"|(?<=,\s)\d{1,5}[A-Z]?,\sN\.\s?\d{1,4},\sR\.\s?\d"
    # a class and piece of the British archives: "TNA, SP 12/45", "TNA, FO 371/1234"
    r"|(?<=,\s)[A-Z]{1,4}\s\d{1,4}/\d+[A-Z]?(?:/\d+[A-Z]?)*(?![\w/])"
    rf"|(?<=,\s){_OTTOMAN_FONDS})"
)
#: the sigla of the archives of Spain, Portugal and their former empires, which cite a legajo (caja, maço) by its
#: bare number after the section: "AGI, Lima, 110", "AGN, Tierras, 2781"
_IBERIAN_SIGLA = "(?:" + "|".join(sorted(COLONIAL_ARCHIVE_SIGLA, key=len, reverse=True)) + ")(?:-[A-Z]{2,4})?"
#: a whole legajo so cited, perhaps unfoliated: "AGI, Lima, 110", "AGI, Charcas, 426, s/f"
_IBERIAN_LEGAJO = lazy_compile(
    rf"^{_IBERIAN_SIGLA},\s[A-ZÀ-Þ][^,;()\d]{{1,40}},\s\d{{1,5}}[A-Z]?(?:,\s(?:s/f|s\.\s?f\.|sin\s+foliar))?\.?$"
)
#: an archive by its siglum in capitals, then a reference code of a colonial archive's own shape: French
#: series "ANS, 17 G 233", "ANOM, 1 AFFPOL 542/3", "ANOM, GGAEF 4 D 13"; the slash-codes of African
#: archives "KNA, PC/CP 4/1/2", "KNA, DC/MKS/1/1/12" (a siglum is no author's surname, which has its small
#: letters)
_SIGLUM_CODE = lazy_compile(
    r"^[A-Z]{2,6},\s(?:(?:[A-Z]{2,6}\s)?\d{1,3}\s?[A-Z]{1,7}\s\d{1,5}(?:/\d+)*|[A-Z]{1,6}(?:/[A-Z]{1,6})+\s?\d+(?:/\d+)*"
    r"|[A-Z]{1,6}(?:/[A-Z\d]{1,8}){2,})(?=[,.;]|\s*$)"
)
#: an archive named by its own word ("Cheshire Archives", "Stadtarchiv Lüneburg", "West Sussex Record
#: Office", "Kent History Centre"), then a shelf-mark of letters and a number: "Cheshire Archives, DCH/E/12, fol. 3"
_NAMED_ARCHIVE = lazy_compile(
    r"^(?:(?:[A-Z][\w'’-]+\s){1,6}(?:Archives?|Record\sOffice|(?:History|Heritage|Record)\sCentre|Archive\sService|"
    r"Library)(?:\sof\s(?:the\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})?|[A-ZÄÖÜ][a-zäöü]*archiv(?:\s[A-ZÄÖÜ][\w-]+){1,2}"
    # an archive by its own name, then in English in brackets: "Gaimushō gaikō shiryōkan (Diplomatic Archives of …)"
    r"|[A-Z][\w'’-]+(?:\s[\w'’-]+){0,3}\s\((?:[A-Z][\w'’-]+\s){0,3}Archives?\b[^()]{0,60}\))"
    # the shelf-mark: letters and a number ("DCH/E/12", "AB 123", "Arches Ee 4") or a number and a stroke ("67/1234")
    # (with its abbreviation, announced or not: "(NRO)", "[hereafter NRO]", "(henceforth ERO)"); the city may come
    # first, and the shelf-mark be numbers joined by hyphens ("2-1-1234") or a dotted code ("A.1.1.0.21")
    r"(?:\s[(\[](?:(?:hereafter|henceforth)\s)?[A-Z]{2,8}[)\]])?(?:,\s[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?(?=,))?"
    r",\s(?=(?:[A-Z][\w/.-]{0,10}\s){0,2}[A-Z][\w/.-]{0,10}\s?\d|\d{1,4}/\d|\d{1,4}-\d{1,4}-\d|[A-Z]\.\d{1,3}\.\d)"
)

#: a shelf-mark alone, after a ";" that names the same archive's next file: "…; FO 371/1240",
#: "…; SP 12/47, fols. 10–12"; a Russian archive's fond, opis and delo: "РГАДА. Ф. 141. Оп. 1. Д. 12. Л. 3–5"
_BARE_SHELF_MARK = lazy_compile(
    r"^(?:(?!RL\s|VO\s)[A-Z]{1,4}\s\d{1,4}/\d+[A-Z]?(?:/\d+[A-Z]?)*(?![\w/])"  # (not the directive "RL 1999/70/EG")
    r"(?:,\s(?:fols?|ff?|pp?|no|nos)\.\s?[\dIVXivx].*)?\.?$"
    r"|[А-ЯЁ]{2,8}\.\s?Ф\.\s?[А-ЯЁ]?-?\d+\w*\.\s?Оп\.\s?\d"
    # a library's manuscript by its fonds and number: "Harley MS 980, fol. 2", "MS Tanner 88, fol. 14"
    r"|(?:(?:Add|Egerton|Harley|Cotton|Sloane|Lansdowne|Royal|Stowe|Arundel)\.?\s+MSS?\.?"
    r"|MSS?\.?\s+(?:Add|Tanner|Rawlinson|Ashmole|Digby|Laud|Bodley|Douce|Eng|Lat)\.?)\s+[\w.]*\d+[a-z]?(?:,\s|\.?$))"
)


#: the corpora's sigla: the parser's list (one list for both sides), longest first, "I.Eph" also "I. Eph."
_CORPORA = "|".join(
    re.escape(siglum).replace(r"\.", r"\.?\s?") if siglum.startswith("I.") else re.escape(siglum)
    for siglum in sorted(data_lines("papyrological_epigraphic_corpora.txt"), key=len, reverse=True)
)
#: an inscription, papyrus or fragment by the siglum of its corpus, a volume perhaps (with its edition:
#: "IG I³"), and the number: "IG II² 1035", "SEG 45.1234", "P.Oxy. XV 1790", "BGU I 12", "FGrHist 328 F 64"
#: -- complete as cited, like an archival file
_CORPUS_SIGLUM = lazy_compile(
    rf"^(?P<corpus>(?:{_CORPORA}|"
    # a papyrus or ostracon by its collection: "P.Oxy.", "P.Cair.Zen.", "P. Lond.", "O.Claud."
    r"[PO]\.\s?[A-Z][a-z]{1,6}\.?(?:\s?[A-Z][a-z]{1,6}\.?)?)"
    r"(?:\s(?:[IVXL]{1,6}|\d{1,3})[²³⁴⁵]?,?)?(?:\s\d{1,3}(?=\.\d))?)"
    r"(?:\s|\.)(?P<number>\d{1,6}[a-z]?|\d{1,4}\s[FT]\s\d{1,4}[a-z]?)"
    r"(?:\s*[-–]\s*\d{1,6})?(?:,\s(?:ll?|col|fr|frr?)\.\s?[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)?\.?$"
)
#: a classical author and work by their standard abbreviations, then the numbering: "Thuc. 2.40.1",
#: "Hdt. 1.29–33", "Arist. Ath. Pol. 7.3", "Plut. Per. 12.1", "Pl. Resp. 557a" (a page of Stephanus or
#: Bekker with its letter)
_ABBREVIATED_CLASSIC = lazy_compile(
    r"^(?!(?:Fig|Figs|Tab|Ch|Chap|Sec|Sect|Vol|Vols|Art|Abs|Nr|No|Nos|Para|Pt|Anm|Bd|Kap|Tit|Lib|Cap|Ep|Fn|Ibid|Id|Cf|Vgl)\.)"
    r"(?P<work>(?:[A-Z][a-z]{1,7}\.\s?){1,4})"
    r"(?P<numbering>(?:\d{1,3}(?:\.\d{1,4}){1,3}[a-z]?|\d{2,4}[a-e](?:\d{1,2})?)"
    r"(?:\s*[-–]\s*(?:\d{1,4}(?:\.\d{1,4}){0,3}[a-z]?|[a-e](?:\d{1,2})?))?)\.?$"
)


def migne_column(text: str) -> tuple[str, str] | None:
    """"PG 94, 1232" -> ("PG 94", "1232"): a Father of the Church cited by the volume of Migne's Patrologia (or
    another edition cited by column, Mansi's) alone -- the volume (the work cited) and the column (the locator),
    else None.  The parser's reading of a standard edition's siglum, volume and page (one list of sigla)."""
    match = edition_tail(text.strip())
    if match is None or match.start("siglum") != 0 or edition_sigla().labels.get(match["siglum"]) != "column":
        return None
    return f"{match['siglum']} {match['volume']}", match["page"]


def corpus_item(text: str) -> tuple[str, str, str] | None:
    """"IG I³ 1453, l. 4" -> ("IG I³", "1453", "IG I³ 1453"), "SEG 45.1234" -> ("SEG 45", "1234",
    "SEG 45.1234"): an inscription's or a papyrus's corpus (with its volume), number and the two as
    cited, else None."""
    match = _CORPUS_SIGLUM.match(text.strip())
    return (match["corpus"].strip(" ,"), match["number"], match.group(0)[: match.end("number")]) if match else None


def abbreviated_classic(text: str) -> tuple[str, str] | None:
    """"Arist. Ath. Pol. 7.3" -> ("Arist. Ath. Pol.", "7.3"): a classical work by its abbreviations and
    its standard numbering, else None."""
    match = _ABBREVIATED_CLASSIC.match(text.strip())
    return (match["work"].strip(), match["numbering"]) if match else None


#: the date of a document in brackets after its number: "MD 7, no. 1245 (975/1568)" (the Hijri year and
#: the Common Era's), "(12 Receb 1268)"
_DATE_IN_BRACKETS = lazy_compile(
    r"\s*\((?:\d{1,2}\s+[^\W\d_]+(?:\s[^\W\d_]+)?\s+\d{3,4}(?:/\d{2,4})?|\d{3,4}/\d{2,4})\)\W*$"
)  # (not a year alone: "Guide to Federal Records § 21.3 (1995)" is cited whole)


@lru_cache(maxsize=1)
def _archive_sigla() -> frozenset[str]:
    """The sigla of archives whose named series are fonds ("BOA, Cevdet Dahiliye 4567"): the parser's
    list of Middle Eastern repositories, read once (one list for the parser and the classifier)."""
    return frozenset(line.partition("|")[0].strip() for line in data_lines("oriental_repositories.txt")
                     if line.partition("|")[2].strip() == "archive")


def _known_archive_file(text: str) -> bool:
    """"BOA, Mühimme Defteri 7, no. 1234", "BOA, Cevdet Dahiliye 4567": a known archive's siglum, then a
    series and a number -- complete as cited, however often the siglum opens a citation (it is no
    author whose later citations are short forms)."""
    head, comma, rest = text.partition(", ")
    return bool(comma) and head in _archive_sigla() and re.search(r"\d", rest) is not None


@lru_cache(maxsize=4096)
def archival_pinpoint(text: str) -> Pinpoint | None:
    """The leaf or page cited in an archival file: a German archive's "Nr." is the file's number,
    part of its shelf-mark ("NLA Aurich, Rep. 4, B IV e, Nr. 12"), not a pinpoint (an Italian
    "filza 3, n. 14" is the document cited inside the file, which is).  A closing "; online at
    <URL>" is passed over: the leaf stands before it."""
    text = _DATE_IN_BRACKETS.sub("", online_tail(text)[0])
    pin = find_pinpoint(text, bare=False)
    if pin is not None and pin.label == "number" and re.search(r"\bNr\.\s?" + re.escape(pin.value) + r"\W*$", text):
        return None
    if pin is not None and "m." in text and re.search(r"(?<![/\w])mm?\.\s?" + re.escape(pin.value) + r"\W*$", text) and (
            "/" not in text[: pin.start]):
        # "m. 2" is a roll's membrane after an English shelf-mark, which has its strokes ("C 1/46/3,
        # m. 2", "D/DP M123, m. 4"); elsewhere an Italian archive's mazzo, a level of the shelf-mark
        # ("AST, Materie ecclesiastiche, m. 14")
        return None
    return pin


#: where a file is found online, after its shelf-mark: "…, 1781; catalogue at https://…"
_ONLINE_TAIL = lazy_compile(
    r";\s*(?:(?:[a-z][\w-]*\s+){0,3}(?:at|in|on|via|from|under)|online|available|accessible)\s*:?\s*"
    r"<?(?P<url>(?:https?://|www\.)[^\s;<>]+?)>?[.,]?\s*$"
)


def online_tail(text: str) -> tuple[str, str | None]:
    """``text`` without a closing "; catalogue at <URL>", and that URL (None if there is none)."""
    match = _ONLINE_TAIL.search(text)
    return (text[: match.start()], match.group("url")) if match else (text, None)


def archival_file(text: str) -> tuple[str | None, str] | None:
    """The archive (if named) and the shelf-mark of a file cited by them, else None.

    "TNA, SP 12/45, fol. 3" -> ("TNA", "SP 12/45"); "AGS, Consejo Real, leg. 45, fol. 3" ->
    ("AGS", "Consejo Real, leg. 45"); "SP 12/47, fols. 10–12" (after a ";") -> (None, "SP 12/47");
    "РГАДА. Ф. 141. Оп. 1. Д. 12. Л. 3–5" -> ("РГАДА", "Ф. 141. Оп. 1. Д. 12").  The leaf or page
    cited is the locator, not part of the shelf-mark.
    """
    stripped = online_tail(text)[0].strip().rstrip(".;, ")
    pin = archival_pinpoint(stripped)
    body = stripped[: pin.start].rstrip(" ,.") if pin else stripped
    coded = _SIGLUM_CODE.match(stripped)
    if coded is not None:
        # "KNA, PC/CP 4/1/2, Central Province Annual Report, 1926": the code is the whole shelf-mark; the
        # document's description and date after it are not part of it
        archive, _, location = coded.group(0).partition(", ")
        return archive, location
    if _ARCHIVAL_REF.match(stripped) or _NAMED_ARCHIVE.match(stripped) or _IBERIAN_LEGAJO.match(stripped):
        body = re.sub(r",\s(?:s/f|s\.\s?f|sin\s+foliar)$", "", body)  # ("AGI, Charcas, 426, s/f": unfoliated)
        archive, _, location = body.partition(", ")
        # ("Norfolk Record Office [hereafter NRO]" is the Norfolk Record Office)
        return (HENCEFORTH_RE.sub("", archive), location) if location else None
    bare = _BARE_SHELF_MARK.match(stripped)
    if bare is None and (codex := codex_file(stripped)) is not None:
        return codex  # "BAV, Vat. lat. 3868, fol. 4v": a library's manuscript, its mark without "MS"
    if bare is None and _REPOSITORY_FILE.match(stripped):
        archive, comma, location = body.partition(", ")
        if not comma:  # "Lincoln's Inn MS. Misc. 512": the library, then its manuscript
            at = re.search(r"\s(?=(?:MSS?|Ms)\b)", body)
            archive, location = (body[: at.start()], body[at.end():]) if at else ("", body)
        return archive or None, location
    if bare is None:
        return None
    if stripped[:1].isascii():
        return None, body
    archive, _, location = body.partition(". ")
    return archive, location


#: a French archive and its cote: "AN, F7 3688, dossier 2, rapport du préfet, 3 mai 1816",
#: "Archives nationales (AN), G7 1633, lettre de …", "AD Gironde, C 1234", "Archives départementales
#: du Rhône (ADR), 1 C 12, f. 3" -- the series letter and the carton number are the shelf-mark
FRENCH_ARCHIVE = lazy_compile(
    r"^(?P<archive>Archives?\s(?:nationales|départementales|municipales|diplomatiques|communales)"
    r"(?:\s(?:de la|de l'|de|du|des|d')\s?[^,(]+?)?|AN|ANOM|AD\s?[A-ZÀ-Þ][\w’'-]+|AM\s?[A-ZÀ-Þ][\w’'-]+|AD[A-Z]{1,3})"
    r"(?:\s\((?:(?:ci-après|ci-dessous|désormais|dorénavant)\s)?(?P<siglum>[A-Z]{2,6})\))?,\s"  # "(ci-après ADR)"
    # (a series by its number and letters: "1 C 12", ANOM's "1 AFFPOL 542/3")
    r"(?P<location>(?:[A-Z]{1,3}\d{0,2}|\d{1,3}\s?[A-Z]{1,3}|\d{1,2}\s[A-Z]{4,7}(?=\s\d))\s?\d+[\w/-]*"
    r"(?:,\s(?:dossier|liasse|carton|pièce|d\.)\s?\d+\w*)*)"
    r"(?:,\s(?P<rest>.*))?$"
)
#: a manuscript by its shelf-mark in a named library or archive: "Ruskin Library, Lancaster
#: University, MS 1851/B, fols. 12r–14v", "British Library, Add. MS 38712, fol. 4"
#: (not "Jackson, MS: University Press": a place's state has a colon after it)
_ARCHIVE_WORDS = r"[A-Z][\w'’.&-]*(?:\s(?:[A-Z][\w'’.&-]*|of|and|for|the|zu|–))*"
MANUSCRIPT = lazy_compile(
    rf"^(?P<archive>{_ARCHIVE_WORDS}(?:,\s{_ARCHIVE_WORDS}){{0,2}}),\s"
    # (after a collection's name, the number: "Harley MS 980", "Ayasofya MS 3204", "Esad Efendi MS 1865")
    r"(?P<location>(?:(?:Add|Egerton|Harley|Cotton|Sloane|Lansdowne|Royal|Stowe)\.?\s)?MSS?\.?\s(?!\W)[^,;]+"
    # a music library's shelf-mark: "Mus.ms. autogr. Beethoven 51", "Mus. ms. Bach P 180", "Mus. Hs. 16.560"
    r"|Mus\.\s?(?:ms|Ms|Hs)\.(?:\s?autogr\.)?\s?[^,;]*\d[^,;]*"
    # a French library's fonds: "BnF, ms. fr. 12345", "ms. lat. 8846", "ms. n. a. fr. 1073", "nouv. acq. fr. 6"
    r"|(?:mss?|Mss?)\.\s(?:(?:n\.\s?a\.|nouv\.\s?acq\.)\s?)?(?:fr|lat|ital|esp|all|angl|grec|néerl)\.\s?\d[^,;]*"
    r"|(?:[A-ZÀ-ÞÇĞİÖŞÜ][\w'’-]*\s){1,2}MSS?\.?\s\d[^,;]*)"
    r"(?:,\s(?P<rest>.*))?$"
)
#: a file in a repository named by its own word, its series and number, then the leaf:
#: "Archivio di Stato di Genova, Notai antichi 312, fols. 14r–15v"; a library's manuscript
#: without a comma before "MS": "Lincoln's Inn MS. Misc. 512, f. 40" (two words at least: "Harley
#: MS 980" is a collection's shelf-mark)
_REPOSITORY_FILE = lazy_compile(
    r"^(?:(?:Archiv\w*|Archives?|Archivo|Arquivo|Biblio\w+)(?:\s[\w'’]+){1,5},\s[^;()]{1,80}?\s\d+[\w/]*"
    # a Turkish library and its collection's manuscript: "Süleymaniye Ktp., Ayasofya nr. 3204"
    r"|(?:[A-ZÀ-ÞÇĞİÖŞÜ][\w'’-]+\s){1,4}(?:Kütüphanesi|Ktp\.),\s[^;()]{1,80}?\s\d+[\w/]*"
    r"|[A-Z][\w'’.&-]*(?:\s(?:[A-Z][\w'’.&-]*|of|and|for|the))+\s(?:MSS?|Ms)\.?\s(?:[A-Z][\w.]*\s)?\d+[\w/]*"
    # a library's dotted shelf-mark, the library by one word: "Folger MS V.a.89", "Folger MS X.d.428"
    r"|[A-Z][\w'’.&-]*(?:\s(?:[A-Z][\w'’.&-]*|of|and|for|the))*\s(?:MSS?|Ms)\.?\s[A-Z]\.[a-z]{1,2}\.\d+[\w()]*)"
    # the leaf, its side recto/verso or, in Arabic script manuscripts, a/b ("vr." is the Turkish varak),
    # or the page of a paginated manuscript
    r",\s(?:fols?|ff?|cc?|vr|pp?)\.\s?\d+[rvab]?(?:\s?[-–]\s?\d+[rvab]?)?\.?$"
)
#: a medieval manuscript by a continental library's shelf-mark, which needs no "MS" to be one: "Cod. Sang. 914",
#: "Cod. Guelf. 496a Helmst.", "Clm 6333", "Vat. lat. 3868", "Reg. lat. 1709", "MS lat. 12048", "Hs. 3"
_CODEX_MARK = (
    r"(?:Cod(?:ex)?\.?|Hs\.|MSS?\.?|[Mm]s\.)\s(?:(?!(?:nos?|nr|fols?|pp?)\.)(?:[A-Z][a-z]{1,8}\.|[a-z]{2,5}\.|n\.\s?a\.)\s?){0,2}"
    r"\d{1,5}[a-z]?(?:\s[A-Z][a-z]{1,8}\.)?"
    r"|(?:Clm|Cgm|CLM)\s\d{1,5}[a-z]?"
    r"|(?:Vat|Reg|Pal|Ottob|Barb|Urb|Ross|Chig|Borg)\.\s?(?:lat|gr|ebr|syr|ar)\.\s?\d{1,5}[a-z]?"
    r"|Plut\.\s?\d{1,3}\.\d{1,3}"  # (a pluteus of the Laurenziana and its place on it: "Plut. 65.35")
    # the Cotton library's press by its emperor, shelf and number: "Cotton MS Vespasian A I", "Cotton Nero D. iv"
    r"|(?:Cotton\s)?(?:MS\s)?(?:Augustus|Tiberius|Caligula|Claudius|Nero|Galba|Otho|Vitellius|Vespasian|Titus|"
    r"Domitian|Cleopatra|Faustina|Julius)\s[A-F]\.?\s(?:[IVXL]{1,6}|[ivxl]{1,6}|\d{1,2})"
    # (a fonds by its language after the library's name: "Paris, BnF, lat. 2296", "BnF, nouv. acq. lat. 1203")
    r"|(?<=,\s)(?:nouv\.\s?acq\.\s?|n\.\s?a\.\s?)?(?:lat|gr|fr|ital|syr|suppl\.\s?gr)\.\s?\d{1,5}[a-z]?"
)
#: such a manuscript after its city and library, each a name with no number ("Paris, Bibliothèque nationale de
#: France, MS lat. 12048", "BAV, Vat. lat. 3868"), or alone ("Clm 6333"), then its leaves or page cited
_CODEX = lazy_compile(
    r"^(?P<archive>(?:[A-ZÀ-Þ][^,;()\d]{1,60},\s){0,3})"
    rf"(?P<location>{_CODEX_MARK})"
    r"(?:,\s(?:fols?|ff?|pp?|cc?|S|Bl)\.?\s?\d+[rv]?(?:\s?[-–]\s?\d+[rv]?)?)?\.?$"
)


def codex_file(text: str) -> tuple[str | None, str] | None:
    """The library (with its city, as cited) and the shelf-mark of a medieval manuscript cited by a
    continental library's mark ("Sankt Gallen, Stiftsbibliothek, Cod. Sang. 914, p. 23" -> ("Sankt Gallen,
    Stiftsbibliothek", "Cod. Sang. 914")), else None: like an archival file, complete as cited."""
    match = _CODEX.match(online_tail(text)[0].strip().rstrip(";, "))
    if match is None:
        return None
    return match["archive"].strip(" ,") or None, match["location"].strip()


@lru_cache(maxsize=1)
def _edition_series() -> re.Pattern[str]:
    """A source edited in a series of editions, cited by the series' siglum (``series_sigla.txt``, the
    normalizer's list), its sections ("MGH SS rer. Germ.", "MGH Capit.", "MGH DD Karol.") and volume:
    "[Author, ]Title[, ed. Editor], MGH SS rer. Germ. 25 (Hanover, 1911)", "Admonitio generalis, MGH
    Capit. 1, no. 22"."""
    sigla = "|".join(re.escape(s) for s in sorted(data_lines("series_sigla.txt"), key=len, reverse=True))
    return re.compile(
        r"^(?P<head>[^();]+?),\s(?:(?:ed\.|eds\.|éd\.|hg\.|hrsg\.|a cura di|edited by)\s[^,();]+?,\s)?"
        # (its sections: "SS rer. Germ. N.S.", "Fontes iuris", the diplomas of three kings "DD K I / H I / O I")
        rf"(?P<series>(?:{sigla})(?:\s(?:N\.\s?S\.|[A-Z]{{1,3}}|[A-Za-z][a-z]{{1,9}}\.|Fontes|iuris|Poetae|Necrologia|Epistolae|/))*)"
        r"\.?(?:\s(?P<number>\d{1,3}[A-D]?(?:\.\d{1,2})?|[IVX]{1,4}(?:\.\d)?))?(?=\s\(|,\s|\.?$)"
    )


def edition_in_series(text: str) -> re.Match[str] | None:
    """The head (author and title), series and volume of a source cited in a series of editions, else None
    (a head of one or two parts, each a name or title in capitals: "Author, Title", never a chapter "in" a book)."""
    match = _edition_series().match(text.strip())
    if match is None or re.search(r"\b(?:in|In|dans|in:)\s", match["head"]):
        return None
    parts = match["head"].split(", ")
    return match if len(parts) <= 2 and all(re.match(r"[A-ZÀ-Þ]", part) for part in parts) else None


#: a work printed in the edition cited just before, its "ibid." after the title: "Astronomus, Vita Hludowici
#: imperatoris, ibid., c. 44" (after "Thegan, Gesta Hludowici, ed. Ernst Tremp, MGH SS rer. Germ. 64 …")
IBID_AFTER_TITLE = lazy_compile(
    r"^(?P<work>[A-ZÀ-Þ][^,;()]{1,60},\s[A-ZÀ-Þ][^;()]{2,120}?[^\W\d_]),\s(?P<ibid>(?i:ibid(?:em)?|ebd|ebenda)\.?)"
    r"(?=,\s|\s*$)"
)


_DECISION_PINPOINT = lazy_compile(r"^\S+\s+\d{1,3},\s*\d{1,4}(?:\s*ff?\.)?,\s*(?P<value>\d{1,4}(?:\s*(?:[-–]\s*\d+|ff?\.))?)")


#: a decision reported in a periodical, then the page cited: "BGH NJW 2015, 1672, 1674",
#: "BGH, Urt. v. 12.3.2015 – III ZR 201/14, NJW 2015, 1672, 1674 f."
_COURT_PERIODICAL_PINPOINT = lazy_compile(
    r"\b[A-Z][\w-]{1,10}\s(?:1[89]|20)\d\d,\s*(?:S\.\s*)?\d{1,5},\s*(?:S\.\s*)?"
    r"(?P<value>\d{1,5}(?:\s*(?:[-–]\s*\d{1,5}|ff?\.))?)\s*\.?$"
)


#: a bare page after a book's imprint year: "David Orme, The Silent Crown, London, 2001, 88",
#: "…, Paris, Fayard, 1992, 118" (not a journal's "12 (2001), 45", whose number may be its first page)
_PAGE_AFTER_YEAR = lazy_compile(
    r"[A-ZÀ-ÖØ-Þ][\w.-]+,\s(?:1[5-9]\d\d|20[0-4]\d),\s(?P<value>\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*ff?\.)?)\s*\.?$"
)


def _page_after_year(text: str) -> Pinpoint | None:
    """The page cited after a place (or publisher) and year, without a label."""
    match = _PAGE_AFTER_YEAR.search(text)
    return Pinpoint(match.group("value"), "page", match.start("value")) if match else None


def _court_pinpoint(text: str) -> Pinpoint | None:
    """The page cited in a decision reported in a periodical (after its first page)."""
    if not (_COURT_IN_PERIODICAL.match(text) or legal_source_type(text)):
        return None
    match = (_COURT_PERIODICAL_PINPOINT.search(text) or _LAW_REPORT_PINPOINT.search(text)
             or _COLLECTION_PINPOINT.search(text))
    if match is None:
        return None
    value = match.group("value")
    if match.re == _LAW_REPORT_PINPOINT:
        value = expand_dashed_range(value)  # "617–18" -> "617-618", as the parser spells a range
    return Pinpoint(value, "page", match.start("value"))


#: a decision in an official collection after the court's name and the file number: "BGH, Urt. v.
#: 12.3.1990 – V ZR 47/89, BGHZ 111, 63, 66" (volume 111, first page 63, page cited 66)
_COLLECTION_PINPOINT = lazy_compile(
    r"\b(?:BVerfGE|BVerfGK|BGHZ|BGHSt|BAGE|BVerwGE|BFHE|BSGE|RGZ|RGSt|VfSlg|SZ|EvBl)\s+\d{1,3},\s*\d{1,4},\s*"
    r"(?P<value>\d{1,4}(?:\s*(?:[-–]\s*\d{1,4}|ff?\.))?)\s*\.?$"
)


#: an English law report's first page, the court, then the page cited: "[1965] 1 WLR 1013 (CA) 1016",
#: "(1868) LR 3 HL 330, 340"
_LAW_REPORT_PINPOINT = lazy_compile(
    r"[\[(](?:1[6-9]|20)\d\d[\])]\s+(?:\d{1,2}\s+)?[A-Z][A-Za-z.]{0,8}(?:\s\d{1,2})?(?:\s[A-Z]{1,3})?"
    # a report named by two abbreviations: "2 H. Bl. 393, 394", "6 Co. Rep. 59b, 60a"
    r"(?:(?<=\.)\s[A-Z][A-Za-z]{0,4}\.)?\s+\d{1,5}[ab]?"
    r"(?:\s*\([A-Z][A-Za-z ]{0,10}\))?(?:,\s*|\s+)(?P<value>\d{1,5}[ab]?(?:\s*[-–]\s*\d{1,5}[ab]?)?)\s*\.?$"
)


def _decision_pinpoint(text: str) -> Pinpoint | None:
    """The page after the first page of a reported decision: "BGHZ 74, 103, 106" -> 106."""
    match = _DECISION_PINPOINT.match(text)
    return Pinpoint(match.group("value"), "page", match.start("value")) if match else None


#: the court of each official reporter
_REPORTER_COURT = {
    "BVerfGE": "BVerfG", "BVerfGK": "BVerfG", "BGHZ": "BGH", "BGHSt": "BGH", "BAGE": "BAG",
    "BVerwGE": "BVerwG", "BFHE": "BFH", "BSGE": "BSG", "RGZ": "RG", "RGSt": "RG", "VfSlg": "VfGH",
}
#: a court, then the periodical that reports its decision: "BGH NJW 1992, 2080", "BAG, NZA 2004, 5"
_COURT_IN_PERIODICAL = lazy_compile(
    r"^(?P<court>BVerfG|BGH|BAG|BVerwG|BFH|BSG|RG|OGH|EuGH|OLG\s[A-ZÄÖÜ][\w.-]+|LG\s[A-ZÄÖÜ][\w.-]+)"
    r"\s*,?\s+(?P<abbr>[A-Z][\w-]{1,10})\s(?P<year>(?:19|20)\d\d),\s*(?:S\.\s*)?(?P<page>\d{1,5})\b"
)


def reported_decision(text: str) -> dict[str, str] | None:
    """``BGHZ 74, 103, 106`` / ``BGH NJW 1992, 2080`` -> the decision's court, reporter, volume, page.

    The parser reads these as periodical articles ("BGH NJW" a journal) or
    finds no work at all; the surface says all there is to say.
    """
    stripped = text.strip()
    match = _REPORTED_DECISION.match(stripped)
    if match:
        reporter, volume, page = re.split(r"[\s,]+", match.group(0), maxsplit=2)
        found = {"container-title": reporter, "volume": volume, "page": page}
        if reporter in _REPORTER_COURT:
            found["authority"] = _REPORTER_COURT[reporter]
        return found
    match = _COURT_IN_PERIODICAL.match(stripped)
    if match:
        return {"authority": match.group("court"), "container-title": match.group("abbr"),
                "year": match.group("year"), "page": match.group("page")}
    return None


#: a treaty, charter or constitution named in words, complete without a year or a number
_NAMED_INSTRUMENT = lazy_compile(
    r"\b(?:Convention|Covenant|Charter|Treaty|Declaration|Konvention|Vertrag|Convenzione|Trattato|Const\.)"
)


def legal_source_type(text: str) -> str | None:
    """"legislation" or "legal_case" when ``text`` cites a statute, bill, treaty or decision.

    The silver gold and most bibliographies list literature only; typing these
    keeps them out of a works list without dropping them.
    """
    stripped = text.strip()
    if _CASE_SOURCE.search(stripped) or _REPORTED_DECISION.match(stripped):
        return "legal_case"
    if _LEGISLATION_SOURCE.search(stripped):
        return "legislation"
    return None


#: volume and number marks occur in short forms too ("Savigny, System, Bd. 3, S. 5")
_VOLUME_FACTS = lazy_compile(r"\b(?:vol\.|vols\.|Bd\.|no\.|Nr\.)", re.I)
_QUOTED = lazy_compile(r"[‘“«\"„'][^‘’“”«»\"„]{3,}[’”»\"“']")
_VERBS = lazy_compile(
    r"\b(?:is|are|was|were|has|have|had|been|be|being|will|would|can|could|may|might|should|must|"
    r"does|did|do\s+not|argues?|argued|shows?|showed|shown|notes?|noted|suggests?|suggested|claims?|claimed|"
    r"published|discussed|writes|wrote|written|describes?|described|points|pointed|point(?=\s+(?:out|to)\b)|makes?|made|"
    r"ist|sind|war|waren|wird|wurde|wurden|hat|haben|hatte|kann|können|muss|"
    r"est|sont|était|a été|ont|peut|"
    r"è|sono|era|erano|ha|hanno|fu|furono|può)\b",
)
#: Polish and Czech verbs of reporting, past and present ("pisał", "zauważa", "psal", "uvádí"): a
#: lead-in's verb, which these languages often put first ("Pisał o tym Jan Kowalski, …")
SLAVIC_REPORTING_VERBS = (
    # Polish: a stem, then the past tense's ending ("pisał", "podkreślała", "zwracali") or the present's
    r"(?:pisa|zauważy|zauważa|podkreśli|podkreśla|wskaza|wskazywa|stwierdzi|stwierdza|twierdzi|omawia|omówi|"
    r"opisa|opisywa|zwraca|zwróci|przypomina|przypomnia|cytowa|przytacza|przytoczy|ujmowa|uja)(?:ł|ła|li|ły)|"
    r"pisze|piszą|zauważa|podkreśla|wskazuje|stwierdza|twierdzi|omawia|opisuje|zwraca|przypomina|cytuje|przytacza|"
    # Czech: the past tense's "-l", "-la", "-li" and the present
    r"(?:psa|uvád[ěe]|uved|upozorni|upozorňova|zdůrazni|zdůrazňova|tvrdi|poukáza|poukazova|popsa|zmíni|"
    r"připomína|citova)l[aiy]?|píše|uvádí|upozorňuje|zdůrazňuje|tvrdí|poukazuje|zmiňuje|připomíná|cituje"
)
#: more finite verbs: they weigh against a citation in the score, but titles hold them too
#: ("Welches Modell hält der Krise stand?"), so they never cut a citation short on their own
_MORE_VERBS = lazy_compile(
    r"\b(?:seems?|seemed|appears?|appeared|uses|treats|says|said|gives|gave|took|becomes|became|remains|"
    r"remained|means|refers|referred|explains|explained|happens|provides|seeks|sought|tends|"
    r"habe|hatten|hätte|hätten|würde|würden|wäre|wären|sei|seien|werde|könnte|könnten|sollte|sollten|"
    r"müsste|dürfte|dürften|darf|soll|lässt|ließ|gibt|gab|geht|ging|kommt|kam|steht|stand|liegt|lag|"
    r"zeigt|zeigte|folgt|folgte|bleibt|blieb|scheint|schien|nimmt|nahm|greift|zieht|wirkt|heißt|meint|"
    r"spricht|sprach|findet|fand|erscheint|handelt|betrifft|gilt|galt|enthält|verweist|beruht|"
    # how art historians and musicologists report a reading of a work: "Anders liest die Skizzen Carl
    # Dahlhaus, …", "Pickvance dates the canvas …", "Longhi attribuisce la tela …"
    r"liest|deutet|deutete|datiert|datierte|reads|reattributes|attribue|attribuisce|"
    # how literary scholars report a text or a reader: "Heywood praises …", "Sherman calls the manicule …",
    # "Smith's edition prints the Westmoreland text" (not "printed", which early imprints use: "printed by")
    r"praises|praised|calls|prints|quotes|mentions|complains|complained|insists|insisted|recalls|recalled|"
    r"condemns|condemned|attacks|attacked|defends|defended|echoes|echoed|borrows|borrowed|transcribes|"
    r"glosses|annotates|dismisses|dismissed|rejects|rejected|recurs|recurred|occurs|occurred|"

    r"bedeutet|fehlt|sieht|sah|macht|machte|weist|hält|trägt|führt|stellt|setzt|bietet|bringt|"
    r"étaient|peuvent|doit|doivent|semble|serait|avait|"
    r"sia|siano|sarebbe|viene|vengono|deve|devono|sembra|risulta|aveva|avevano|fosse|"
    r"é|são|foi|foram|está|estão|têm|pode|podem|devem|seria|havia|apresenta|destaca|"  # pt
    r"fue|fueron|están|tiene|tienen|puede|pueden|debe|deben|sería|había|"  # es
    # how Spanish and Portuguese notes report an author or a witness: "Como señala Lohmann Villena, «…» (…)",
    # "Como escreveu o governador, «…» (…)"
    r"señala|señaló|escribe|escribió|afirma|afirmó|sostiene|sostuvo|observó|advierte|advirtió|subraya|"
    r"subrayó|recuerda|recordó|apunta|apuntó|explica|explicó|menciona|mencionó|destacó|relata|relató|"
    r"escreve|escreveu|afirmou|observou|notou|lembra|lembrou|sublinha|sublinhou|assinala|assinalou|"
    r"sustenta|sustentou|relatou|explicou|menciona|mencionou|disse|dizia|"
    r"insiste|insistió|insistiu|retoma|retomó|retomou|repite|discute|discutió|discutiu|analiza|analizó|analisa|"
    r"analisou|estudia|estudió|estuda|estudou|propone|propuso|propõe|propôs|sugiere|sugirió|sugere|sugeriu|"
    r"argumenta|argumentó|argumentou|demuestra|demostró|demonstra|considera|consideró|considerou|critica|"
    r"criticó|criticou|comenta|comentó|comentou|"
    rf"{SLAVIC_REPORTING_VERBS})\b",
)
#: words of argument, rare in titles: each one counts against a citation
_PROSE_WORDS = lazy_compile(
    r"\b(?:dass|weil|jedoch|allerdings|daher|sondern|wobei|nämlich|sich|werden|wurden|worden|können|"
    r"sollen|müssen|which|because|however|although|whereas|therefore|thus|cependant|donc|parce|"
    r"perché|quindi|tuttavia|però|anche se|zwar|indem|obwohl|wenngleich|jedenfalls|lediglich|insoweit|"
    r"moreover|nevertheless|hence|thereby|rather than|puisque|toutefois|néanmoins|poiché|infatti|dunque|"
    r"porque|portanto|contudo|todavia|embora|entretanto|aunque|sin embargo|por lo tanto|"
    # Polish, Czech, Slovak, Hungarian and Croatian or Serbian conjunctions of argument
    r"więc|jednak|jednakże|ponieważ|natomiast|zatem|gdyż|chociaż|však|protože|tedy|ovšem|nicméně|neboť|přestože|"
    r"pretože|avšak|azonban|ezért|mivel|ugyanis|viszont|međutim|dakle|premda)\b",
    re.I,
)
_FUNCTION = lazy_compile(
    r"\b(?:the|of|in|on|to|and|a|an|that|this|these|which|who|for|with|as|by|it|its|not|but|"
    r"der|die|das|und|dass|nicht|mit|von|den|dem|des|ein|eine|"
    r"le|la|les|et|que|qui|des|du|une|un|pas|"
    r"il|lo|che|non|di|del|della|una)\b",
    re.I,
)
#: a transliterated Arabic name's article, written onto the word ("al-Jabartī", "ash-Shāfiʿī", "el-Masri")
_ARABIC_ARTICLE = r"(?:(?:al|el|ul|a[nrstdzṭṣḍẓš]|ash|ath|adh)-)"
#: a name's capital, after the ʿayn or hamza a transliteration may open it with ("ʿAbd", "ʾAḥmad"; the
#: dotted capitals of transliteration, "Ḥasan", "Ṭāhā", are in Latin Extended Additional)
_CAPITAL = r"[ʿʾ]?[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁḀ-ỿΆΈ-ΏΑ-Ϋ]"  # (and the Greek capitals, accented ones too: "Ό", "Ήλιος")
#: "son of", "daughter of" between the names of an Arabic nasab: "Muḥammad b. Ismāʿīl", "Aḥmad ibn Ḥanbal"
_NASAB = r"(?:b\.|bt\.|bin|bint|ibn|ben)"
_NAME_HEAD = lazy_compile(
    r"^(?:(?:ed\.|in|e|and|cfr\.|[-–—])\s*)?"  # a connector left over from the note ("e Tafuri")
    r"(?P<name>(?:(?:[A-Z]\.){2,3}\s*|[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]\.(?:-[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]\.)+\s*|"
    rf"{_ARABIC_ARTICLE}?{_CAPITAL}[\w´'’\-]*\.?\s+|{_NASAB}\s+){{0,4}}?"
    # given names / initials ("W.J.", "J.-Y.")
    r"(?:(?:van|von|de|di|da|del|della|degli|dei|du|le|la|ten|ter|zu|vom)\s+|(?:[dl]|d[ae]ll)['’])*"
    rf"{_ARABIC_ARTICLE}?{_CAPITAL}[\w´'’\-]+(?:\s*/\s*[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΆΈ-ΏΑ-Ϋ][\w´'’\-]+)*"  # "Bartlakowski/Talke/Steinhauer"
    # co-authors by their initials before the last one: "P. T. Hoffman, G. Postel-Vinay et J.-L. Rosenthal"
    r"(?:,\s+[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]\.(?:-?\s?[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]\.)*\s+[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΆΈ-ΏΑ-Ϋ][\w´'’\-]+(?=\s*(?:,|&|and|und|et|e)\s))*"
    # (the Czech and Slovak "a", Polish "oraz", Hungarian "és", Greek "και" only between spaces)
    r"(?:(?:\s*(?:&|and|und|et|e|y|en|i|och|og)\s*|\s+(?:a|oraz|és|και)\s+)(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΆΈ-ΏΑ-Ϋ][\w´'’\-]*\.?\s+|[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]\.(?:-[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]\.)+\s*){0,2}"
    r"(?:(?:van|von|de|der|den|du|da|do|dos|del|della|ten|ter)\s+)*"  # "… en Ad van der Woude"
    r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΆΈ-ΏΑ-Ϋ][\w´'’\-]+)?"  # "… und Katharine Park"
    r"(?:\s+(?:[A-Z]\.\s?)+(?=,|\s+o\.\s*c\.)|\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?(?=\s))?"  # inverted initials: "Cipolla C.,"
    # (Russian GOST: "Хлевнюк О. В. Хозяин …", the title right after the initials)
    r"(?:\s+(?:et\s+al\.?|u\.\s?a\.|and\s+others))?)"  # "Kovács et al,"
    r"(?=\s*[,(:]|\.?\s*[—–-]?\s+(?:[Oo]p\.|o\.\s*c\.|cit\.|loc\.|a\.\s*a\.\s*O)"
    r"|(?<=[А-ЯЁ]\.)\s+(?=[А-ЯЁ]))",  # (GOST: "Хлевнюк О. В. Хозяин", "Павлова И. В. Указ. соч.")
)


@dataclass(frozen=True)
class Classification:
    """The kind of a piece and the parts a resolver needs, read from its surface.

    ``author`` and ``title`` are as written in a short form or back-reference
    ("Hagenloh", "Stalin's Police"); ``note_ref`` is the note number of a
    "supra n. 12"; ``rest`` is what follows an "Idem," (a title or a full
    citation by the same author).
    """

    kind: PieceKind
    author: str | None = None
    title: str | None = None
    note_ref: str | None = None
    pinpoint: Pinpoint | None = None
    rest: str | None = None


#: a title that opens with the number of its part: "1 Henry IV, …", "2 Tamburlaine, …", "3 Henry VI, …"
#: (one word and the king's numeral, never a name: Bluebook's "1 William Blackstone, Commentaries *69" is a volume)
_NUMBERED_PART_TITLE = lazy_compile(r"[1-3]\s[A-Z][a-z]+(?:\s[IVX]{1,4})?,\s")


def citation_score(text: str) -> float:
    """How much ``text`` looks like a citation (> 0) rather than prose (< 0).

    Cheap evidence only: years, publication facts, quoted titles, pinpoints
    and a "Name," head count for it; verbs, function-word runs and the lack
    of any comma count against it.
    """
    stripped = text.strip()
    if not stripped:
        return -10.0
    score = 0.0
    words = re.findall(r"[^\W\d_]+", stripped)
    if not words:
        return -5.0 if not re.search(r"\d", stripped) else -1.0
    if _YEAR.search(stripped):
        score += 1.5
    if re.search(r"[A-Z][\w .-]+,?\s+(?:1[4-9]\d\d|20[0-4]\d)\b", stripped):  # place + year
        score += 0.5
    if _LEGAL_SOURCE.search(stripped) or legal_source_type(stripped):
        # statutes and decisions are cited without commas: "N.M. STAT. ANN. § 22 (2022)",
        # "Donoghue v Stevenson [1932] AC 562 (HL) 580"
        score += 2.0
    if _PUB_FACTS.search(stripped):
        score += 1.5
    elif _VOLUME_FACTS.search(stripped):
        score += 0.5
    elif _IMPRINT.search(stripped):
        score += 1.0  # ", London: Gollancz", ", Baltimore, MD: Johns Hopkins": place and publisher
    if re.search(r",\s[Ii]n\s[A-ZÀ-ÖØ-Þ]", stripped):
        score += 1.0  # ", in Finkin/Mundlak, Comparative Labour Law": a chapter
    if re.search(r"\((?:n\.\s?d\.|1[5-9]\d\d[a-z]?|20[0-4]\d[a-z]?)(?:,[^)]{0,30})?\)\.", stripped):
        score += 1.5  # an author-date head: "Statistics. (n.d.).", "Arbetman, L. (2018)."
    if _QUOTED.search(stripped):
        score += 1.0
    if find_pinpoint(stripped, bare=False):
        score += 1.0
    elif re.search(r",\s[IVXL]{1,6}\.\d{1,3}\.?$", stripped):
        score += 1.0  # a chronicle's book and chapter after a comma: "Res gestae Saxonicae, I.34"
    if _split_head(stripped)[0] or _NUMBERED_PART_TITLE.match(stripped):
        score += 1.5  # (or a play in parts by its part's number: "1 Henry IV, 2.4.425", "2 Tamburlaine, 5.3.42")
    commas = stripped.count(",") + stripped.count(":")
    if commas == 0:
        score -= 2.0
    elif commas >= 2:
        score += 0.5
    bare = _strip_quotes(stripped)
    verbs = len(_VERBS.findall(bare)) + 0.7 * len(_MORE_VERBS.findall(bare)) + len(_NAME_THEN_PAST.findall(bare))
    score -= 1.2 * verbs
    score -= min(3.0, 1.0 * len(_PROSE_WORDS.findall(bare)))
    funcs = len(_FUNCTION.findall(_strip_quotes(stripped)))
    if len(words) >= 6 and funcs / len(words) > 0.3:
        score -= 1.0
    if stripped[0].islower() and not _IBID.match(stripped) and not _IDEM.match(stripped):
        # "so sicherte die …", "es erscheint …": a sentence, or the tail of one, rarely a citation
        # ("de Gaulle", "in: Saeculum 40", "ders.", "krit Cerny" are the exceptions)
        first = re.match(r"[^\W\d_]+\.?", stripped)
        word = first.group(0) if first else ""
        url = re.match(r"(?:https?://|www\.|doi:)", stripped)
        score -= 0.5 if (url or word.endswith(".") or len(word) <= 4 or word in _PARTICLES) else 1.5
    opening = re.split(r"[,:;(?]", bare, maxsplit=1)[0]
    if len(opening.split()) >= 4 and (_VERBS.search(opening) or _MORE_VERBS.search(opening)):
        score -= 1.0  # a finite verb before the first comma: "Julian Martin zieht auch …"
    if re.search(r"[.?!]\s+[a-z]", stripped):  # two sentences of prose
        score -= 0.5
    if len(words) >= 15 and not _YEAR.search(stripped) and not find_pinpoint(stripped, bare=False):
        score -= 1.5  # a long sentence without a date or a page is prose
    return score


def _strip_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


#: a sentence that opens with a person and a verb in the past: "Baker repeated the story …"
_NAME_THEN_PAST = lazy_compile(
    r"(?:^|(?<=[.!?]\s))(?:[A-Z][a-z]+\s+){1,3}[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its|this|that|these|"
    r"those|it|them|him|me|us)\s"
)


def has_prose_words(text: str) -> bool:
    """A finite verb or a word of argument outside quotations ("scheint … worden", "was argued")."""
    bare = _strip_quotes(text)
    return bool(_VERBS.search(bare) or _PROSE_WORDS.search(bare) or _NAME_THEN_PAST.search(bare))


def has_finite_verb(text: str) -> bool:
    """:func:`has_prose_words`, or one of the rarer finite verbs ("zieht", "seems", "sembra")."""
    return has_prose_words(text) or bool(_MORE_VERBS.search(_strip_quotes(text)))


def is_prose(text: str) -> bool:
    """A sentence of commentary: a verb outside quotations, several words, not a citation."""
    bare = _strip_quotes(text)
    return (len(bare.split()) >= 4 and bool(_VERBS.search(bare) or _PROSE_WORDS.search(bare)
                                             or _NAME_THEN_PAST.search(bare))
            and classify(text).kind == "commentary")


def starts_back_reference(text: str) -> bool:
    """Does ``text`` open with "Ibid."/"Id."/"Ebd." (a new citation, whatever came before)?"""
    return bool(_IBID.match(text.lstrip()))


def is_citation(text: str) -> bool:
    """The cheap test: is this piece a citation at all (any kind), not commentary?"""
    return classify(text).kind != "commentary"


#: sentence openers that look like a "Name," head but start prose ("So, for those designed …")
_NOT_NAMES = frozenset(
    """so thus yet hence however also but and indeed here there this that these those it in on for as
    at by if when while moreover furthermore nevertheless nonetheless finally first second third
    similarly likewise accordingly instead allerdings auch dazu hier dort daher insofern zudem ferner
    jedoch somit also ainsi donc cependant enfin così quindi inoltre tuttavia diese dieser dieses diesen
    selon secondo según laut gemäß nach wie comme come como like
    diesem jene jener jenes cette ces questa questo queste questi""".split()
)


def author_head(text: str) -> str:
    """The author a citation starts with ("Hagenloh", "Paul Hagenloh", "Dreier/Schulze"), or ""."""
    return _split_head(text.strip())[0]


@lru_cache(maxsize=4096)
def _split_head(text: str) -> tuple[str, str]:
    """``"Hagenloh, Stalin's Police, p. 6"`` -> ``("Hagenloh", "Stalin's Police, p. 6")``."""
    match = _NAME_HEAD.match(text)
    if not match or match.group("name").split()[0].lower() in _NOT_NAMES:
        return "", text
    rest = text[match.end():].lstrip(" ,:.")
    # "Iunge et al.": the others are not named, so "al." is no surname to look for
    name = re.sub(r"\s+(?:et\s+al\.?|u\.\s?a\.|and\s+others)$", "", match.group("name").strip())
    # GOST initials after the surname ("Павлова И. В.") are no part of the name a later note repeats
    name = re.sub(r"\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?$", "", name)
    more = _MORE_SURNAMES.match(rest)
    if more and "," not in name and " " not in name and not _PINPOINT_ONLY.match(rest[more.end():]):
        # (but "Gerber, State, Society, and Law, 60–62": a title that opens with a list, then the page)
        # "Dunn, Savage, and Yeandle, Journal of John Winthrop, 40": three surnames before the title
        name, rest = f"{name}, {more.group('names')}", rest[more.end():]
    return name, rest


#: what is only a pinpoint: "60–62.", "p. 5", "S. 12 f."
_PINPOINT_ONLY = lazy_compile(r"(?:(?:pp?|S|s)\.\s?)?\d+[\w:–-]*(?:\s*ff?\.)?\.?$")
#: the further surnames of a short form's list of three or more: "Savage, and Yeandle, …"
_MORE_SURNAMES = lazy_compile(r"(?P<names>(?:[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s+)+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][\w´'’-]+),\s+(?=\S)")


#: a volume before the pinpoint ("System, Bd. 3, S. 5", "Los regidores, t. I, p. 140"): not title
_VOLUME_BEFORE_PINPOINT = lazy_compile(
    r"(?:,\s*|\s+)(?:Bd\.|Bde\.|vols?\.|Vols?\.|t\.|tome|Teil|Band|Tl\.|Hft\.|bk\.|lib\.|libro|livro)\s*[\dIVXLC]+\b")


def _short_title(rest: str, pinpoint: Pinpoint | None, offset: int) -> str | None:
    """The short title between the author and the pinpoint (or a trailing "cit.")."""
    end = pinpoint.start - offset if pinpoint and pinpoint.start >= offset else len(rest)
    title = re.split(r"(?:,\s*in:?|\s+in:)\s+(?=\S)", rest[:end], maxsplit=1)[0]
    # an earlier pinpoint, the one cited later a part of it: "Orbe indiano, pp. 310-12, esp. p. 311"
    title = re.split(r",\s*(?:pp?|págs?|S|fols?|fls?|fs?)\.\s?\d", title, maxsplit=1)[0]
    title = re.sub(r"^\((?:Hrsg|Hg|eds?|dir|coord)\.?\)\s*,?\s*", "", title)  # "Rieble (Hrsg), Reformdruck …"
    title = _OP_CIT.sub(" ", title)
    title = re.sub(r"\(?\b(?:notes?|nn?\.|Anm\.|Fn\.?|FN|nota)\s*\d+\)?", " ", title)
    title = re.sub(r"\b(?:supra|above|oben|infra)\b", " ", title, flags=re.I)
    # a volume before the pinpoint ("System, Bd. 3, S. 5", "Diarii, V, col. 455") is not title
    title = _VOLUME_BEFORE_PINPOINT.sub(" ", title)
    title = re.sub(r",\s*[IVXLC]+\s*,?\s*$", "", title)
    title = re.sub(r"\.\.\.|…", " ", title)
    if title.count("(") > title.count(")"):
        title = title[: title.rfind("(")]  # "Calender (wie Fn. 2)" once the note reference is gone
    title = title.strip(" ,.;:()[]‘’“”\"'«»")
    title = re.sub(r"\s+", " ", title)
    # what is left must hold a word: "VIII/3" or "11" is a volume, not a title
    if not re.search(r"[^\W\d_]{3,}", re.sub(r"\b[IVXLCDM]+\b", "", title)):
        return None
    return title


#: a note in CJK script: its back-references (同上 ibid., 前引書 op. cit.) and a work's title brackets, in the
#: parser's vocabulary (``citekit.normalize.cjk_citation``)
_CJK_IBID = lazy_compile(IBID_WORDS)
_CJK_OPCIT = lazy_compile(OPCIT_WORDS)
_CJK_WORK = lazy_compile(f"[{TITLE_BRACKETS}]")


def _cjk_classification(text: str) -> Classification | None:
    """A piece in CJK script, which the Latin-script cues below cannot read (no spaces, its own brackets)."""
    if not is_cjk(text[:1]):
        return None
    page = cited_page(text)
    pin = Pinpoint(page[0], "page", page[1]) if page else None
    if _CJK_IBID.match(text):
        return Classification("ibid", pinpoint=pin)
    if (opcit := _CJK_OPCIT.search(text)) and not _CJK_WORK.search(text):
        author = text[: opcit.start()].strip(" ，,、：:")
        return Classification("op-cit", author=author or None, pinpoint=pin)
    if _CJK_WORK.search(text):
        return Classification("full", pinpoint=pin)
    return None


@lru_cache(maxsize=8192)
def classify(text: str) -> Classification:
    """Classify one citation piece (signal already removed) by its surface.

    Cached: the splitter asks about the same prefixes several times, and the
    result is immutable.  Polytonic Greek is read as monotonic (the word lists are monotonic); the
    author, title and rest handed back keep the text's own letters.
    """
    read = monotonic(text)
    info = _classify(read)
    if read == text:
        return info
    return replace(info, author=_as_written(info.author, read, text), title=_as_written(info.title, read, text),
                   rest=_as_written(info.rest, read, text))


def _as_written(value: str | None, read: str, text: str) -> str | None:
    """``value``, found in ``read``, as ``text`` (of the same length) spells it there."""
    if value is None:
        return None
    at = read.find(value)
    return text[at: at + len(value)] if at >= 0 else value


def _classify(text: str) -> Classification:
    stripped = text.strip().rstrip(";,").strip()
    if stripped.startswith(("(", "[")) and re.search(r"[)\]]\.?$", stripped):
        stripped = stripped[1:].rstrip(".").rstrip(")]").strip()  # a parenthesised citation: "(ibid., p. 24)"
    if not stripped:
        return Classification("commentary")
    if (cjk := _cjk_classification(stripped)) is not None:
        return cjk
    pinpoint = find_pinpoint(stripped)

    if ("책" in stripped or "글" in stripped or "논문" in stripped) and (korean := _KOREAN_BACK_REFERENCE.fullmatch(stripped)):
        # Korean "위의 책" / "같은 책" (the book above, the same book): ibid.; "앞의 책" (the book before),
        # after the author's name: op. cit.; the page before "쪽"
        korean_page = Pinpoint(korean["page"], "page", korean.start("page")) if korean["page"] else None
        if korean["word"].startswith("앞"):
            return Classification("op-cit", author=korean["author"], pinpoint=korean_page)
        return Classification("ibid", pinpoint=korean_page)
    if stripped[:2] == "שם" and (hebrew := _HEBREW_IBID.fullmatch(stripped)):
        # Hebrew "שם" (there), alone or with its page: "שם, עמ' 50" -- ibid.
        return Classification("ibid", pinpoint=find_pinpoint(stripped) if hebrew["page"] else None)
    if ("לעיל" in stripped or "הנ" in stripped) and (hebrew := _HEBREW_BACK_REFERENCE.fullmatch(stripped)):
        # "כ"ץ, לעיל הערה 12, עמ' 50" (above, note 12): supra; "כ"ץ, הנ"ל, עמ' 50" (the aforementioned): op. cit.
        hebrew_page = find_pinpoint(stripped) if hebrew["page"] else None
        if hebrew["note"]:
            return Classification("supra", author=hebrew["author"], title=hebrew["title"], note_ref=hebrew["note"],
                                  pinpoint=hebrew_page)
        return Classification("op-cit", author=hebrew["author"], pinpoint=hebrew_page)
    ibid = _IBID.match(stripped)
    if ibid:
        if pinpoint is None and stripped.rstrip(".").endswith(")") and "(" in stripped:
            # "Id. at 178 (Marshall, C.J.)": the judge after the pinpoint
            pinpoint = find_pinpoint(stripped[: stripped.rfind("(")])
        if pinpoint is None and (quoted := _QUOTED_AFTER_PINPOINT.search(stripped, ibid.end())):
            # "Ibid., p. 12: ‘as good almost kill a Man as kill a good Book’.": the words quoted from that page
            pinpoint = find_pinpoint(stripped[: quoted.start()])
        if pinpoint is None and (bare := _BARE_PAGE_AFTER_IBID.fullmatch(stripped, ibid.end())):
            # OSCOLA "Ibid 581", "Ibid 581–82": the page follows without a comma or label
            pinpoint = Pinpoint(bare.group("value"), "page", bare.start("value"))
        return Classification("ibid", pinpoint=pinpoint)

    idem = _IDEM.match(stripped)
    if idem:
        rest = stripped[idem.end():]
        if not rest.strip(" .,") or (pinpoint and pinpoint.start <= idem.end() + 4) or _IBID.match(rest):
            # "Id., ibid., p. 14", "Ead., ibid.": the same author and the same work
            return Classification("ibid", pinpoint=pinpoint)
        if _looks_full(rest, find_pinpoint(rest, bare=False)):
            return Classification(
                "idem", pinpoint=find_pinpoint(stripped, bare=False), rest=rest.strip(),
            )
        marker = _OP_CIT.match(rest)
        if marker and marker.start("marker") <= 1:
            return Classification("op-cit", pinpoint=pinpoint)  # "ders., a.a.O., S. 20"
        ref = _cross_reference(rest, 0)
        if ref and ref.start() <= 2:
            # "Idem (fn. 32), 189": the same author's work cited in note 32
            if pinpoint and pinpoint.label == "note" and pinpoint.value == ref.group("num"):
                pinpoint = None
            return Classification("supra", note_ref=ref.group("num"), pinpoint=pinpoint)
        return Classification(
            "idem", title=_short_title(rest, pinpoint, idem.end()), pinpoint=pinpoint,
            rest=rest.strip(),
        )

    migne = migne_column(stripped)
    if migne:
        return Classification("full", pinpoint=Pinpoint(migne[1], "column", stripped.rfind(migne[1])))
    if _CORPUS_SIGLUM.match(stripped):
        return Classification("full", pinpoint=find_pinpoint(stripped, bare=False))
    classic = _ABBREVIATED_CLASSIC.match(stripped)
    if classic:
        return Classification("full", pinpoint=Pinpoint(classic["numbering"], "section", classic.start("numbering")))

    scripture = scripture_reference(stripped)
    if scripture is not None:  # "Genesis 9:25-27": the book is the work, chapter and verse the locator
        return Classification("full", pinpoint=Pinpoint(scripture.locator, "verse", stripped.rfind(scripture.locator)))
    rabbinic = rabbinic_reference(stripped)
    if rabbinic is not None:  # "b. Sanhedrin 37a", "m. Avot 1:1": the tractate is the work, its numbering the locator
        return Classification("full", pinpoint=Pinpoint(rabbinic.locator, rabbinic.label, rabbinic.at))

    if _SUB_VERBO.search(stripped):
        # "EI², s.v. “Madrasa,” 5:1123": a reference work by its headword is complete as cited
        return Classification("full", pinpoint=find_pinpoint(stripped, bare=False))

    decision = _REPORTED_DECISION.match(stripped)
    if decision or _ARCHIVAL_REF.match(stripped) or _NAMED_ARCHIVE.match(stripped) or _BARE_SHELF_MARK.match(
            stripped) or FRENCH_ARCHIVE.match(
            stripped.rstrip(".")) or (
            MANUSCRIPT.match(stripped.rstrip("."))) or _REPOSITORY_FILE.match(stripped) or _known_archive_file(
            stripped) or _IBERIAN_LEGAJO.match(stripped) or _SIGLUM_CODE.match(stripped) or codex_file(stripped):
        # each is complete as cited: the first and every later citation of a decision or an
        # archival file reads the same, and the pipeline merges repetitions into one entry
        return Classification("full", pinpoint=_decision_pinpoint(stripped) if decision
                              else archival_pinpoint(stripped))

    if IBID_AFTER_TITLE.match(stripped) and not _IBID.match(stripped):
        # "Astronomus, Vita Hludowici imperatoris, ibid., c. 44": a new work, in the edition just cited
        return Classification("full", pinpoint=find_pinpoint(stripped))
    series = edition_in_series(stripped)
    if series is not None and series["number"]:
        # "Admonitio generalis, MGH Capit. 1, no. 22": a source by its edition's series and volume, complete
        return Classification("full", pinpoint=find_pinpoint(stripped, bare=False))

    numbered = numbered_work(stripped)
    if numbered is not None:
        # "Irenaeus, Against Heresies 4.20.7", "Kant, KpV, AA V, 30 f.": complete as cited
        return Classification("full", pinpoint=Pinpoint(numbered.locator, numbered.label,
                                                        stripped.rfind(numbered.locator)))

    author, rest = _split_head(stripped)
    offset = len(stripped) - len(rest)
    note_ref = _cross_reference(stripped, offset if author else 0)
    has_year = bool(_YEAR.search(stripped[: pinpoint.start] if pinpoint else stripped))
    first_citation = bool(author) and _has_given_name(author)
    if note_ref and note_ref.group("paren"):
        # "Wiethölter (fn. *, 2005)": the year inside the note reference tells two works apart
        close = stripped.find(")", note_ref.start())
        after = stripped[close + 1:] if close >= 0 else ""
        # "Wiethölter (fn. *), 2005": a year right after the reference tells the works apart too
        year_after = re.match(r"\s*,\s*(?:1[5-9]\d\d|20[0-4]\d)\b", after)
        outside = stripped[: note_ref.start()] + (after[year_after.end():] if year_after else after)
        has_year = bool(_YEAR.search(outside[: pinpoint.start] if pinpoint and pinpoint.start < len(outside)
                                     else outside))
        # "Niklas Luhmann (Fn. 9), 1088": a full name, but the work was cited in note 9
        if first_citation and not _PUB_FACTS.search(stripped[: note_ref.start()]):
            first_citation = False
    if note_ref and not first_citation and (not has_year or _SUPRA_WORD.search(stripped)):
        title = _short_title(rest, pinpoint, offset) if author else None
        if title and (title in note_ref.group(0) or _SUPRA_WORD.fullmatch(title)):
            title = None  # ("Rossi, sopra nota 4": the word that points back is no title)
        if pinpoint and pinpoint.label == "note" and pinpoint.value == note_ref.group("num"):
            pinpoint = None
        elif pinpoint and pinpoint.label == "note" and pinpoint.value.startswith(note_ref.group("num") + ","):
            # "Conquest, above, n. 1, 40": the note cited before, then the page now cited
            page = pinpoint.value[len(note_ref.group("num")) + 1:].strip()
            pinpoint = Pinpoint(page, "page", stripped.find(page, pinpoint.start)) if page else None
        return Classification(
            "supra", author=author or None, title=title, note_ref=note_ref.group("num"),
            pinpoint=pinpoint,
        )
    op_cit = _OP_CIT.search(stripped)
    if op_cit and op_cit.start("marker") == 0:
        # "Op. cit., p. 12", "Loc. cit.", "Art. cit., p. 5": the marker's own first word is no author
        author, offset = "", 0
    # "Goethe, op. cit., 9 ottobre 1786, p. 99": a year after the marker is locator, not imprint
    right_after_author = op_cit is not None and bool(author) and op_cit.start("marker") <= offset + 1
    if op_cit and _CHAPTER_IN_CITED_BOOK.search(stripped[: op_cit.start("marker")]) and author:
        # "Roger Chartier, « Figures de l’auteur », dans L’Ordre des livres, op. cit., p. 35-67": a chapter
        # cited for the first time, its book by the short title the marker refers to
        return Classification("full", pinpoint=find_pinpoint(stripped, bare=False))
    if op_cit and (not has_year or right_after_author):
        # only what stands before the marker can be a title; what follows is locator
        before = stripped[: op_cit.start("marker")]
        title = _short_title(before[offset:], None, 0) if author and len(before) > offset else None
        if not author and not title and (titled := _TITLE_BEFORE_CIT.fullmatch(before.strip(" ,;"))):
            # "Caravaggio e il suo tempo, cit., p. 252": a work without an author (an exhibition catalogue,
            # an anonymous work) by its short title, then the marker -- or a sentence naming an author
            # ("Tę ostrożność zalecał już Małowist, op. cit."): the resolver tells them apart by whether
            # an earlier work bears that title
            return Classification("op-cit", title=titled.group(0).strip("‘’“”\"'«» "), pinpoint=pinpoint)
        kind: PieceKind = "short" if title else "op-cit"
        return Classification(kind, author=author or None, title=title, pinpoint=pinpoint)

    edition = _EDITION_BY_SURNAME.match(stripped[: pinpoint.start] if pinpoint else "")
    if edition and not has_year:
        # "The Faerie Queene, ed. by Hamilton, p. 12", "Poems, ed. Grierson, I, 120": an edition cited
        # again by its title and its editor's surname alone -- no initials, no imprint, no year
        return Classification("short", title=edition["title"].strip("‘’“”\"'«» "), pinpoint=pinpoint)
    score = citation_score(stripped)
    if score <= 0:
        return Classification("commentary")
    legal = legal_source_type(stripped)
    if _looks_full(stripped, pinpoint) or legal == "legal_case" or (legal and _NAMED_INSTRUMENT.search(stripped)):
        # (a treaty or statute cited without its year is complete: "European Convention …, art 8")
        return Classification("full", pinpoint=find_pinpoint(stripped, bare=False) or _court_pinpoint(stripped)
                              or _page_after_year(stripped))
    if any(ch >= "\u3040" for ch in stripped) and _ROMANIZED_THEN_CHARACTERS.search(
            stripped[: pinpoint.start] if pinpoint else stripped):
        # "Joseon wangjo sillok 朝鮮王朝實錄, Sejong sillok 世宗實錄, 49:12b": a romanized title or name glossed
        # with its characters, as a first citation gives them (a short form drops the characters)
        return Classification("full", pinpoint=find_pinpoint(stripped, bare=False) or pinpoint)
    if author and _has_given_name(author) and not (pinpoint and not has_year and is_double_surname(author)
                                                   and _plain_short_title(rest, pinpoint, offset)):
        # "Oleg Khlevniuk, Master of the House, New Haven," : a first citation, cut short (not "Lohmann
        # Villena, Los regidores, p. 9": a double surname before a short title and its page)
        return Classification("full", pinpoint=find_pinpoint(stripped, bare=False) or _court_pinpoint(stripped)
                              or _page_after_year(stripped))
    if author:
        title = _short_title(rest, pinpoint, offset)
        if title is None or len(title.split()) <= 14:
            return Classification("short", author=author, title=title, pinpoint=pinpoint)
    # no author head: a title-only short form ("Nakazannyi narod, p. 5"), without its volume ("Los
    # regidores, t. I, p. 140")
    head = stripped[: pinpoint.start] if pinpoint else stripped
    head = _VOLUME_BEFORE_PINPOINT.sub("", head.strip(" ,.;:")).strip(" ,.;:")
    if head and len(head.split()) <= 10:
        return Classification("short", title=head.strip("‘’“”\"'«»"), pinpoint=pinpoint)
    return Classification("full", pinpoint=find_pinpoint(stripped, bare=False) or _court_pinpoint(stripped)
                              or _page_after_year(stripped))


#: a quoted chapter title, then the book it is in: "« Figures de l’auteur », dans L’Ordre des livres, "
_CHAPTER_IN_CITED_BOOK = lazy_compile(r"[»”’\"],?\s+(?:in|dans|en|nel|nella|in:)\s+[A-ZÀ-ÖØ-Þ‘“«„\"][^,;]*,\s*$")
#: a title, then "ed. (by)" and its editors' surnames only, up to the pinpoint
_EDITION_BY_SURNAME = lazy_compile(
    r"(?P<title>[A-ZÀ-ÖØ-Þ‘“\"«][^,;:()]{1,80}),\s+(?:ed\.|edited)(?:\s+by)?\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+"
    r"(?:\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+)?[\s,]*$"
)
#: a short title before "cit." with no author: a capital or a quotation mark first, at most ten words,
#: no sentence in it (the marker is no author's when the head is a title)
_TITLE_BEFORE_CIT = lazy_compile(r"[„“\"‘«]?[A-ZÀ-ÖØ-Þ][^\s,;:()]*(?:[\s,:’'-]+[^\s,;()]+){0,9}[”\"’»]?")


_TITLE_END = lazy_compile(
    r"\s*(?:,\s*in:?\s|\s+in:\s|\(|\[|,\s*(?:\d|[IVXLC]+\b|S\.|p\.|pp\.|Bd\.|vol\.|hg\.|hrsg\.|ed\.|eds\.)|"
    r"\s+\d+\s*\(|,\s*[A-ZÀ-ÖØ-Þ][\w.-]+(?:\s[A-ZÀ-ÖØ-Þ][\w.-]+)?(?:,\s[A-Z]{2})?,?\s(?:1[5-9]\d\d|20[0-4]\d)\b|"
    r"\s(?:1[5-9]\d\d|20[0-4]\d)\b|$)"
)


_EDITED_TITLE = lazy_compile(
    r"(?P<title>[A-ZÀ-ÖØ-Þ„“\"‘«][^,;()]{3,200}?),\s*(?:hg\.|hrsg\.|ed\.|eds\.|edited by|"
    r"herausgegeben von|a cura di|éd\.|sous la direction de)\s",
    re.I,
)


def surface_title(text: str) -> str | None:
    """The title of "Author, Title (1972), 239" read from its surface, for when the parser has none.

    The title runs from after the author to the first imprint mark: "(",
    ", in:", a year, a place and year, a volume or a page.  A journal
    abbreviation ("Rebhahn, EuZA 2010, 80") is not a title.
    """
    author, rest = _split_head(text.strip())
    edited = _EDITED_TITLE.match(text.strip())
    if edited and (not author or len(edited.group("title")) <= len(author) + 1):
        # a title first, then its editors: "Sammeln als Wissen, hg. von Anke te Heesen, Göttingen 2001"
        return edited.group("title").strip()
    if not author:
        return None
    if not rest:
        return None
    match = _TITLE_END.search(rest)
    title = rest[: match.start()] if match else rest
    title = re.sub(r"\d+$", "", title.strip()).strip(" ,.;:‘’“”\"'«»")  # "Arbeitsrecht22" (edition)
    words = re.findall(r"[^\W\d_]{3,}", title)
    if not words:
        return None
    if len(words) == 1 and len(title) <= 6 and sum(ch.isupper() for ch in title) >= 2:
        return None  # "EuZA", "NZA", "RdA"
    return title


#: "ZUM 2006, 370", "NJW 2014, 6", "BGBl. I 2003, S. 1774", "ZGE 2 (2010), S. 55": a periodical
#: cited by its abbreviation, (volume,) year and first page, the way German legal writing cites
#: articles and gazettes
_PERIODICAL_CITE = lazy_compile(
    r"(?P<abbr>[A-ZÄÖÜ][\w&.\-]{1,14}(?:\s(?:[A-ZÄÖÜ][\w&.\-]{0,10}|I{1,3}))?)\s+"
    r"(?:(?P<volume>\d{1,4})\s+\((?P<vyear>(?:1[89]|20)\d\d)\)|(?P<year>(?:1[89]|20)\d\d)),\s*"
    r"(?:S\.\s*)?(?P<page>\d+)(?:\s*[-–]\s*\d+)?(?=[\s,.;(]|$)"
)


def periodical_citation(text: str) -> dict[str, str] | None:
    """``Kubis, ZUM 2006, 370, 370 ff.`` -> the periodical, year and first page, else None.

    Only when that is all the citation says (an author, the abbreviation, the
    year, pages): a title in between makes it an ordinary citation.
    """
    author, rest = _split_head(text.strip())
    match = _PERIODICAL_CITE.match(rest if author else text.strip())
    if not match:
        return None
    # a supplement keeps its periodical's abbreviation before a hyphen ("NZA-Beilage", "RdA-Blg")
    abbr = match.group("abbr").split("-")[0]
    if re.search(r"[a-zäöüß]{4,}", abbr) or sum(ch.isupper() for ch in abbr) < 2:
        return None  # "Paul Hagenloh 2009, 3" is a name and a year, not a periodical
    tail = (rest if author else text.strip())[match.end():]
    if re.search(r"[^\W\d_]{4,}", re.sub(r"\b(?:ff|f|Rn|Fn|passim|et seq)\b\.?", "", tail)):
        return None  # more words follow: not a bare periodical reference
    found = {"container-title": match.group("abbr").strip(), "year": match.group("year") or match.group("vyear"),
             "page": match.group("page")}
    if match.group("volume"):
        found["volume"] = match.group("volume")
    return found


_PARTICLES = frozenset(
    "van von de di da del della du le la ten ter zu vom der den dos das st".split()
)


def _has_given_name(author: str) -> bool:
    """A first name or initials before the family name mark a first (full) citation."""
    people = [[w for w in person.split() if w.lower() not in _PARTICLES] for person in
              re.split(r"\s*(?:/|&|,|\b(?:and|und|et|e|y|en|i|och|og)\b)\s*|\s+(?:a|oraz|és)\s+", author)]
    people = [words for words in people if words]
    if len(people) >= 2 and any(len(words) == 1 for words in people):
        # "Domínguez Ortiz y Vincent": a co-author by the surname alone, as a short form names people;
        # two words are then a double surname unless the first is a known given name
        return any(len(words) >= 2 and (words[0].lower() in given_names() or re.fullmatch(r"(?:[A-Z]\.-?)+", words[0]))
                   for words in people)
    return any(len(words) >= 2 for words in people)


def _plain_short_title(rest: str, pinpoint: Pinpoint, offset: int) -> bool:
    """Is ``rest`` a short title alone before the pinpoint ("Los regidores, p. 9"): a few words, no number,
    no quotation marks (an article's title) and no container ("in EI²")?"""
    head = rest[: pinpoint.start - offset] if pinpoint.start >= offset else ""
    title = _short_title(rest, pinpoint, offset)
    return bool(title) and len(head.split()) <= 8 and not re.search(r"\d", title or "") and not re.search(
        r"[„“”\"«»]|\bin\b|\bed\.", head)


def has_imprint(text: str) -> bool:
    """Does the text name a place and a publisher ("…, London: Gollancz")?  A work, not prose."""
    return _IMPRINT.search(text) is not None


def has_publication_facts(text: str) -> bool:
    """Does ``text`` give more than author, title and pinpoint (a year, an imprint, a container)?"""
    return _looks_full(text, find_pinpoint(text))


def _title_press(body: str, match: re.Match[str]) -> bool:
    """Is this "Press" a title's word ("Eisenstein, Printing Press, II, 455"), not a publisher's?  A
    publisher's stands in an imprint: after a place's colon, or before the year."""
    return match.group(0) == "Press" and ":" not in body[: match.start()] and not _YEAR.search(body, match.end())


def _looks_full(text: str, pinpoint: Pinpoint | None) -> bool:
    """Publication facts beyond author + title + pinpoint make a full citation."""
    body = text[: pinpoint.start] if pinpoint else text
    if any(not _TITLE_YEAR.search(body, 0, m.start()) for m in _YEAR.finditer(body)):
        return True
    imprint = _IMPRINT.search(body)
    if imprint and not _YEAR.search(body, imprint.end()) and re.fullmatch(
            r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s?[/-]\s?[A-ZÀ-ÖØ-Þ][\w'’-]+)?", body[: imprint.start()].strip()):
        # "Wolff, Bach: Essays, 345": right after a surname stands the title, whose colon is no imprint's
        imprint = None
    facts = [m for m in _PUB_FACTS.finditer(body) if not _title_press(body, m)]
    if facts or imprint or _IN_CONTAINER.search(body):
        return True
    if re.search(r"\b\d{1,4}/(?:1[5-9]\d\d|20[0-4]\d)\b", body):
        return True  # volume/year(/issue): "Industrielle Beziehungen 12/2005/2, 149-176"
    return bool(re.search(r"\b\d+\s*\(\d+\)|\b\d+\s*,\s*(?:no\.\s*)?\d+\s*,\s*(?:pp?\.)", body))


#: the sigla of the standard editions philosophy and theology cite by volume and page (Kant's
#: Akademie-Ausgabe, Nietzsche's KSA, Heidegger's GA, Descartes' AT, Luther's WA, Marx-Engels, the
#: patristic series): "AA IV, 421", "KSA 5, 313", "AT IX-1, p. 19", "CCSL 50A:503", "PL 176, 183" --
#: the parser's list (``normalize/data/standard_editions.txt``), one list for both sides
EDITION_SIGLA = edition_sigla().alternation
#: a work's own divisions: dotted numbers, Bekker and Stephanus pages, the Summa's question and
#: article, Kant's A/B, a Roman book and its chapters ("XV, 12, 21", "X, xxvii, 38", "II 12")
_WORK_DIVISION = (
    r"(?:(?!\d{1,2}\.\d{1,2}\.(?:1[5-9]|20)\d\d\b)\d{1,3}(?:\.\d{1,4}){1,3}[a-z]?(?:\s?[-–]\s?\d{1,4}(?:\.\d{1,4}){0,3})?"
    r"|\d{2,4}[a-e]\d{0,2}(?:\s?[-–]\s?(?:\d{2,4})?[a-e]?\d{0,2})?"
    r"|(?:[IVX]{1,4}(?:a|ae)?(?:\s?-\s?[IVX]{1,4}(?:ae)?)?,?\s)?(?:d\.\s?\d{1,3},\s)?q\.\s?\d{1,3}(?:,\s?a(?:rt)?\.\s?\d{1,2})?"
    r"(?:,\s?ad\s?\d{1,2})?"
    r"|A\s?\d{1,3}\s?/\s?B\s?\d{1,3}|[AB]\s?\d{1,3}"
    r"|[IVXL]{1,6},\s(?:[ivxl]{1,7}|\d{1,3}),\s\d{1,3}"
    r"|[IVXL]{1,6}\.\d{1,3}(?:\.\d{1,3})?(?:\s?[-–]\s?\d{1,3})?"  # a Roman book, dotted: "I.2", "XII.9"
    r"|[IVXL]{1,6},\s\d{1,3}"
    r"|[IVXL]{1,6}\s\d{1,3}"
    r"|[IVXL]{1,6}(?=,\s" + EDITION_SIGLA + r"\s)"
    r"|\d{1,3}(?=\s\(|\.?$))"  # (one number: "Athanasius, On the Incarnation 54", "Ambigua 7 (PG 91:1077C)")
)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_NUMBERED_WORK = lazy_compile(
    # the author: "Irenaeus", "Gregory of Nyssa", "Pseudo-Dionysius", "Tommaso d'Aquino", "Maximus the Confessor"
    rf"(?P<author>(?:Ps\.-\s?|(?:S|St|Ss|Saint|Sankt|San|Santo|Hl)\.?\s|(?:[A-ZÀ-ÖØ-Þ]\.\s?){{1,3}}\s?)?{_NAME_WORD}(?:\s(?:(?:of|von|de|di|da|the|van|le|il)\s|d['’])?{_NAME_WORD}){{0,3}}"
    # the title: no digit, quotation or bracket ("De vita Moysis", "Kritik der praktischen Vernunft")
    r"),\s(?P<title>[A-ZÀ-ÖØ-Þ][^\d,;:()\[\]\"“”«»„]{1,80}?)"
    # a date or the rest of the title in brackets: "Vorlesung über den Römerbrief (1515/16)"
    r"(?:\s\((?:1[2-9]\d\d(?:/\d{2,4})?|[A-ZÀ-ÖØ-Þ][^\d()]{1,40})\))?"
    rf"(?:,?\s(?P<division>{_WORK_DIVISION}|(?P<sections>§§?\s?\d{{1,4}}(?:\s?[-–]\s?\d{{1,4}})?)))?"
    # the standard edition by siglum, volume and page: ", AA V, 30 f.", ", KSA 5, 313", ", AT IX-1, p. 19",
    # ", TWA 7, § 257, 398" (the paragraph, then the page), ", WA 56, 356, 4–6" (the page and its lines)
    rf"(?:,\s(?P<edition>{EDITION_SIGLA})\s(?P<volume>[IVXL]{{1,5}}(?:-\d)?|\d{{1,3}}[A-Z]?(?:/\d)?)"
    r"(?:,\s§\s?\d{1,4}(?:\.\d{1,3})?)?"
    r"(?:,\s?|:\s?)(?:p\.\s?|S\.\s?|col\.\s?|Sp\.\s?)?"
    r"(?P<page>\d{1,4}[A-D]?(?:\s?[-–]\s?\d{1,4}[A-D]?)?(?:\s?ff?\.)?(?:,\s\d{1,2}(?:\s?[-–]\s?\d{1,2})?)?))?"
    # a parallel reference in brackets: "(CCSL 50A:503)", "(PG 3:872A)", "(SC 1:210)"
    rf"(?:\s\((?P<parallel>{EDITION_SIGLA}\s[^()]{{1,30}})\))?\.?"
)


@dataclass(frozen=True)
class NumberedWork:
    """A work cited by its own divisions and/or its standard edition, with no imprint."""

    author: str
    title: str
    locator: str
    label: str
    edition: str | None = None
    volume: str | None = None
    parallel: str | None = None


#: the church's teaching office as the author of its documents ("Second Vatican Council, Lumen gentium 8")
_CHURCH_AUTHORITY = lazy_compile(
    r"(?:(?:First|Second|Fourth|Fifth)\s)?(?:Vatican|Lateran)\sCouncil|Council\sof\s\w+|Concilium\s\w+.*|"
    r"(?:Zweites\s)?Vatikanisches\sKonzil|Concile\s.+|Concilio\s.+|(?:Pope|Papst|Pape|Papa)\s.+|"
    r"(?:Pius|Leo|Benedict|Benedikt|Benedetto|John\sPaul|Johannes\sPaul|Francis|Franziskus|Paul)\s[IVX]+"
)


#: the units of archives, series and tables that a number follows (no work's title)
_NOT_A_WORK = lazy_compile(
    r"(?:Box|Boxes|Folder|File|Carton|Reel|Sheet|Item|Table|Tab|Fig|Figure|Map|Plate|Vol|Volume|Part|Section|Chapter|"
    r"Mappe|Kasten|Karton|Fasz|Faszikel|Bd|Band|Heft|Nr|No|Tabelle|Abb|Akte|Dossier|Liasse|Busta|Fascicolo|Caja|Legajo)\b",
    re.I)


def numbered_work(text: str, *, sections: bool = False) -> NumberedWork | None:
    """"Irenaeus, Against Heresies 4.20.7", "Kant, Kritik der praktischen Vernunft, AA V, 30 f.",
    "Augustine, De trinitate 15.17.29 (CCSL 50A:503)": author, title and the place cited, read from the
    surface -- philosophy and theology cite classic works this way in every note, the first included, so
    they are complete citations though they name no imprint.  The place is the edition's page when an
    edition is named after the divisions, else the divisions; a bracketed parallel reference is kept apart."""
    stripped = text.strip()
    match = _NUMBERED_WORK.fullmatch(stripped)
    if match is None or not (match["division"] or match["page"]):
        return None
    title = match["title"].strip()
    if _NOT_A_WORK.match(title):
        return None  # ("Smith Papers, Box 3.2": a box of an archive, no work's divisions)
    if len(title.split()) > 10 or title.split()[-1].lower() in {"and", "und", "et", "e", "of", "der", "de"}:
        return None
    division = match["division"]
    if division and not match["page"] and re.fullmatch(r"[IVXL]{1,6}(?:\s\d{1,3})?", division):
        return None  # ("Braudel, Méditerranée, II": a volume, not a book of the work)
    if match["sections"] and not (sections or _of_the_canon(match["author"])):
        return None  # ("Larenz, Schuldrecht, § 12": a textbook's section; "Ders., Philosophische Untersuchungen, § 43")
    if division and re.fullmatch(r"\d{1,3}", division) and not (
            match["parallel"] or _of_the_canon(match["author"]) or _CHURCH_AUTHORITY.fullmatch(match["author"])):
        return None  # ("Hagenloh, Stalin's Police 6": a page of a modern book; "Athanasius, On the Incarnation 54")
    if division and not match["page"] and re.fullmatch(r"[IVXL]{1,6},\s\d{1,3}", division) and not _of_the_canon(
            match["author"]):
        return None  # ("Braudel, Méditerranée, II, 45": volume and page; "Tommaso d'Aquino, …, III, 25": book, chapter)
    if match["page"]:
        label = "column" if match["edition"] in ("PL", "PG") else "page"
        return NumberedWork(match["author"], title, match["page"], label, match["edition"], match["volume"],
                            match["parallel"])
    assert division is not None
    if match["sections"]:
        division = division.lstrip("§ ")
    label = "page" if re.match(r"A\s?\d|B\s?\d|\d+[a-e]", division) else "section"
    return NumberedWork(match["author"], title, division, label, parallel=match["parallel"])


def opens_with_idem(text: str) -> bool:
    """Does ``text`` open with an idem form ("Id., art. cit.", "Ders., a.a.O.")?  The resolver then
    reads the back-reference after it as that author's."""
    return _IDEM.match(monotonic(text.strip())) is not None


def _of_the_canon(author: str) -> bool:
    """Is ``author`` a writer of the canon's list ("Tommaso d'Aquino", "Augustinus")?"""
    from citekit.normalize.classical import canon

    return author in canon().authors
