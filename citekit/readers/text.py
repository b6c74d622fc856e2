"""Footnotes in plain text as PDF-to-text tools give it.

The text of a PDF loses the one thing that tells a reader where the notes are:
the smaller type at the foot of the page.  What is left are weaker signals,
and no single one is reliable, so this reader combines them:

* **numbering continuity** -- notes are numbered 1, 2, 3 …; a note starts where
  the *next expected* number begins a line (or, in text whose paragraphs were
  joined into long lines, a sentence) and is followed by text;
* **the body's note markers** -- the number appears in the prose first
  ("Great Terror.1 Notably"); in joined paragraphs a note may only start
  after its marker was seen;
* **page furniture** -- running heads (lines repeated on many pages, page
  numbers alone or fused to a head), repository boilerplate ("This content
  downloaded from …", "Downloaded from … by …", access time stamps): it ends a
  page, so the notes zone ends there and body text resumes;
* **line shapes** -- after a page break a note may continue below the next
  page's body, and some PDF texts lose the numbers of whole notes.  Each run
  of body lines is split where the votes of its lines say the notes begin:
  length (notes are set in smaller type, so their full lines hold a different
  number of characters), citation cues ("See", "Id. at", "(1998)", "S. 12"),
  the markers of the page's notes (they must stay in the body), a paragraph
  end or blank line just above, and a sentence going on from a cut note.
  Notes found this way without numbers take them from the body's markers
  when the counts agree (diagnostic ``X105``).  In text with one paragraph
  per line, a cut note's rest opens the next page's notes paragraph (or
  stands just before it); it is taken when it reads like a reference's end;
* **reading order** -- a note whose number the sequence skipped may come
  later (pdftotext reads two-column pages out of order); it is taken when
  its marker is in the body, and put back in its place among the notes;
* **number columns** -- a page that hangs its note numbers in a column of
  their own comes out as bare consecutive numbers, then the notes' text
  without numbers; the column numbers the text after it (see
  :meth:`_Scanner.read_number_columns`);
* **numbering afresh** -- books number each chapter's notes from 1: a "1"
  starts a new run after a notes heading ("Notes", "Anmerkungen") or a
  chapter title among endnotes, or when the body printed the markers 1 and 2
  since the last note and a note 2 follows (see :meth:`_Scanner._endnotes_restart`);
* **end matter** -- journal platforms print the article's own "how to cite"
  block, abstracts, index terms, author and licence after the notes; a heading
  of those alone on its line ("Pour citer cet article", "Riferimento cartaceo",
  "RÉSUMÉS", "Zitiervorschlag", "Licencia") ends the last note.  OpenEdition's
  paragraph numbers in the margin ("1", "2" alone on a line) start no note
  (a bare number starts the first note only after its marker) and do not cut a
  page's body in two;
* **university presses' pages** -- a copyright line at a page's foot takes the short lines set with it
  (the journal's citation of the article, its DOI: "The Journal of Modern History 95 (June 2023):
  301–334"), a stamp of 300 characters printed on every page (Wiley's) is furniture as any shorter one,
  and a head at a page's top is one when its number goes up with the pages ("46 Bulletin …" on the
  second page, "… 47" on the third) or when it stands atop two pages;  an author's biography after the
  last endnote ("Lucía Carvajal is assistant professor …") is no note's text;
* **Spanish-, Portuguese- and Latin-American platforms** -- SciELO's, Redalyc's and the CSIC's feet and
  heads ("Hist. Soc. Andina n.º 45 · … · ISSN … · e-ISSN …", "Revista de Indias, 2019, vol. LXXIX, núm. 276,
  611-640, ISSN: 0034-8341", "PDF generado a partir de XML-JATS4R por Redalyc") are furniture; a head printed
  once over the page's number ("LOS OBRAJES DE PUEBLA …" / "205") is one at a page's top, or anywhere
  when it is in capitals; the labelled lines of SciELO's end matter under the last note ("Recebido: … ;
  Aprovado: …", "Como citar este artigo: LOPES, …") end it as their headings do;
* **Taylor & Francis, SAGE, Persée** -- T&F's end matter after the endnotes ("Notes on contributor", "ORCID",
  "Disclosure statement", "Funding") and an abstract's heading ("Résumé", "Abstract") end the last note; SAGE's
  affiliation numbered like a note under the title ("1 Department of History, …") is the author's, not note 1,
  when a line further on starts that number again; where the form feeds are lost, a verso's and a recto's heads
  in capitals whose numbers face each other ("432 ABDOULAYE DIALLO", "LES TRAITANTS … 433") are heads;
* **journals of medieval studies and classics** -- a foot that names the journal's issue alone ("Speculum
  96/2 (April 2021)", Chicago's "Speculum, volume 96, number 2, April 2021."), a copyright with a DOI on one
  line ("… © BREPOLS PUBLISHERS 10.1484/…"), Brepols' notice "… FOR PRIVATE USE ONLY", Wiley's heads in
  capitals with a bar ("346 | BERNARDINI") and a page-1 foot citing the article itself without a copyright
  (its pages start on the page before the first head's: Studi Medievali) are furniture; a copyright line is
  at a page's foot when the next page's head in capitals follows; "ACKNOWLEDGEMENTS", "Corresponding author",
  a reference list (its heading, or two author-date entries in a row), an affiliation numbered like an
  earlier note and an author signing in capitals over an affiliation end the last note;
* **cover pages** -- only positive evidence makes one (labelled fields such as
  "Author(s):", "Stable URL:", a repository's cover block): the text before
  the first download stamp may just as well be page 1.

Nothing is dropped silently: text that is not furniture, cover, note or an
author's note (``X102``) stays in ``body``, also when it shares a line with
notes.

The work is linear in the length of the text: every line is looked at a fixed
number of times with precompiled patterns.

Labels per line (see :func:`classify_lines`): ``body``, ``note``, ``furniture``,
``front`` (a cover page before the article), ``bio`` (the unnumbered author
note) and ``blank``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from citekit.lazy_regex import lazy_compile
from citekit.model import Diagnostic, Note
from citekit.readers import ReaderResult
from citekit.readers.cover import cover_field
from citekit.readers.symbol_notes import number_symbol_notes

__all__ = ["Layout", "analyse", "classify_lines", "clean_note_text", "read_text_document"]

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

#: Repository and publisher boilerplate: download stamps, licence lines.
_BOILERPLATE = lazy_compile(
    r"""(?ix)
      \bcontent\s+downloaded\b
    | \bdownloaded\s+(?:from|by|on|at)\b
    | \ball\s+use\s+subject\s+to\b
    | \bsubject\s+to\s+(?:the\s+)?(?:jstor\s+)?terms\b
    | \bterms\s+(?:and|&)\s+conditions\b
    | \bterms\s+of\s+use\b
    | ^\W*open\s+access\W*$
    | \bfor\s+(?:personal|private)\s+use\s+only\b  # (Brepols prints "… FOR PRIVATE USE ONLY." on every page)
    | \belectronic\s+copy\s+available\s+at\b
    | \bopen[\s-]+access\s+article\b
    | ^\W*heinonline\s*--\s*\d
    | \bsearch\s+text\s+of\s+this\s+pdf\b
    | \bpublished\s+online\s+by\s+cambridge\s+university\s+press\b
    # a journal's page foot: its ISSNs and the DOI set off by dashes or bars ("Società e storia n. 148,
    # 2015 - ISSN 0391-6987 - ISSNe 1972-5515 - DOI: 10.3280/…"; a reference's ISSN follows a full stop)
    | (?:^|\s[-–|·•]\s)(?:e-?)?issn\w?\s*:?\s*\d{4}-\d{3}[\dx]\b.*\s[-–|·•]\s(?:(?:e-?)?issn\w?|doi)\b
    # a CSIC journal's head: the journal, year, volume, number and pages, its ISSN last ("Revista de Indias, 2019,
    # vol. LXXIX, núm. 276, 611-640, ISSN: 0034-8341")
    | ^(?=.*\b(?:1[89]|20)\d\d\b)(?=.*\b(?:vol|núm|n\.º|nº|págs?|pp|v|n)\.?\s*[\dIVXLC]).{10,160}[,|·•]\s*
      (?:e-?)?issn\s*:?\s*\d{4}-\d{3}[\dx]\s*$
    # Redalyc: the foot of its PDFs made from JATS, the lines of its cover page
    | \bpdf\s+generado\s+a\s+partir\s+de\s+xml\b|\bproyecto\s+acad[ée]mico\s+sin\s+fines\s+de\s+lucro\b
    | \bsistema\s+de\s+informaci[óo]n\s+cient[íi]fica\s+redalyc\b
    | \bred\s+de\s+revistas\s+cient[íi]ficas\s+de\s+am[ée]rica\s+latina\b
    | ^\W*disponible\s+en\s*:\s*https?://(?:www\.)?redalyc\.org\S*$
    | doi\.org/\S+\s+published\s+online\s+by\b
    | \bpublished\s+with\s+open\s+access\s+at\b
    | ^\W*vol\.?:?\s*\(0123456789\)\W*$
    | (?:\b(?:distributed|licensed|available)\s+|^\W*)under\s+(?:the\s+terms\s+of\s+)?(?:a\s+|the\s+)?
      creative\s+commons\b
    | ^\W{0,3}(?:©|\(c\)\s*(?:19|20)\d\d|copyright\s+(?:©|\(c\)|(?:19|20)\d\d|by\b))
    | ^\s*(?:contact|correspondence|corresponding\s+author)\b.*\S@\S
    | \ball\s+rights\s+reserved\b
    | ^\W*-?https?://\S*(?:agb|terms|licen[cs]e|policies)\S*$
    | \bt[ée]l[ée]charg[ée]\s+(?:depuis|le|sur)\b
    | \bheruntergeladen\s+(?:von|am|über)\b
    | \bscaricato\s+da\b
    | \bfichier\s+pdf\s+g[ée]n[ée]r[ée]\b
    | \btous\s+droits\s+r[ée]serv[ée]s\b
    | \balle\s+rechte\s+vorbehalten\b
    | ^\W*cite\s+this\s+(?:article|chapter|paper|essay)\s*:  # (CUP's, at the end; T&F's "To cite" is a cover field)
    # a copyright and a DOI on one line: a press's foot ("Viator 52.1 (2021), 123–156. © BREPOLS PUBLISHERS
    # 10.1484/J.VIATOR.5.128345"); a note citing a DOI holds no "©"
    | ©.*\b10\.\d{4,9}/\S
    # Spanish, Portuguese, Polish and Czech download stamps and licence lines (Dialnet, SciELO, Redalyc, CEJSH)
    | \bdescargad[oa]\s+(?:de|desde|el|por)\b
    | \bbaixad[oa]\s+(?:de|em|por)\b
    | \bpobran[oey]\s+(?:z|ze|dnia)\b
    | \bstažen[oa]\s+(?:z|ze|dne)\b
    | \blicen(?:ça|cia|cja|cji|cją)\b.{0,40}\bcreative\s+commons\b
    | \bcreative\s+commons\b.{0,40}\b(?:licen(?:ça|cia|cja|cji|cją)|atribuci[óo]n|atribuição|uznanie)\b
    | \btodos\s+(?:los|os)\s+(?:derechos|direitos)\s+reservados\b
    # German, Italian, French and Dutch licence lines ("… Creative Commons Namensnennung 4.0 International
    # Lizenz", "Licenza Creative Commons Attribuzione …", "… -licentie"), De Gruyter's "Open Access. © 2021 …"
    # (with the licence's version or its "CC BY": not a sentence about the licences)
    | (?=.*(?:\d\.\d|\bcc[\s-]by|internationa))(?:
        \b(?:lizenz|licenza|licence|licentie)\b.{0,40}\bcreative\s+commons\b
      | \bcreative\s+commons\b.{0,60}(?:lizenz|licenza|licence|licentie|namensnennung|attribuzione|naamsvermelding))
    | \btutti\s+i\s+diritti\s+(?:sono\s+)?riservati\b
    # a web page's link back to the top, copied with its text (OpenEdition: after every section)
    | ^\W*(?:haut\s+de\s+(?:la\s+)?page|top\s+of\s+(?:the\s+)?page|inizio\s+pagina|back\s+to\s+top)\W*$
    | ^\W*open\s+access\.?\s*©
    # a copyright sign and year inside a page's foot ("… wileyonlinelibrary.com/journal/hist © 2022 The Historical
    # Association …", "doi 10.1215/… © 2023 by Duke University Press"): at the line's start it is caught above
    | \s©\s?(?:19|20)\d\d,?\s+(?:by\s+)?[a-z]
    | \bwszelkie\s+prawa\s+zastrzeżone\b
    # the rest of Wiley's side stamp when pdftotext breaks it ("… on Wiley Online Library for rules of use; OA
    # articles are governed by the applicable Creative Commons License")
    | \bfor\s+rules\s+of\s+use\b|\bgoverned\s+by\s+the\s+applicable\s+creative\s+commons\b
    # Project MUSE's stamp: "[ Access provided at 14 Mar 2024 09:12 GMT from University of Leeds ]"
    | ^\W*access\s+provided\s+(?:at|by)\b.*\b\d\d:\d\d\b
    """
)
#: Words one of which every boilerplate line holds: a cheap test before the pattern.
_BOILERPLATE_WORDS = ("download", "electronic", "commons", "published", "0123456789", "©", "(c)",
                      "copyright", "contact", "correspond", "subject", "terms", "access", "personal", "private",
                      "reserved", "http", "heinonline", "search text", "charg", "herunter", "scaricat", "fichier", "droits", "rechte",
                      "cite this", "riservati", "de page", "of page", "of the page", "inizio pagina", "to top",
                      "descargad", "baixad", "pobran", "stažen", "licen", "reservados", "zastrzeżone", "issn",
                      "rules of use", "generado", "lucro", "redalyc", "revistas cient")
_TIMESTAMP = lazy_compile(r"\b\d{1,2}:\d{2}:\d{2}\b")
#: A page number alone on its line (arabic or roman, maybe with dashes).
_PAGE_NUMBER = lazy_compile(r"(?i)^[-–—\[(|•\s]{0,3}(?:\d{1,4}|[ivxlc]{1,7})[-–—\])|•\s]{0,3}$")
#: A running head fused to the start of a paragraph: CAPS TITLE 287 text / 287 CAPS TITLE text.
_FUSED_HEAD = lazy_compile(
    r"^(?:[A-Z][A-Z0-9 ,.&:;'’()\[\]–—-]{8,}?\s\d{1,4}|\d{1,4}\s[A-Z][A-Z0-9 ,.&:;'’()–—-]{8,}?)"
    r"\s+(?=[a-z])"
)
#: the same after a page edge, where a capital may follow: two words of capitals at least
_FUSED_HEAD_AT_EDGE = lazy_compile(
    r"^(?:[A-Z][A-Z0-9,.&:;'’()\[\]–—-]*\s[A-Z0-9 ,.&:;'’()\[\]–—-]{6,}?\s\d{1,4}"
    r"|\d{1,4}\s[A-Z][A-Z0-9,.&:;'’()–—-]*\s[A-Z0-9 ,.&:;'’()–—-]{6,})"
    r"\s+(?=[A-ZÀ-ÖØ-Þ„“\"‘(])"
)
#: a running head of capitals and its page number on a line of its own, printed once in a short
#: text ("A. DELORME 657", "656 ANNALES. HISTOIRE, SCIENCES SOCIALES"): furniture after a page edge
_CAPITALS_HEAD = lazy_compile(
    r"^(?:\d{1,4}\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,&'’:;-]{3,78}[A-ZÀ-ÖØ-Þ]"
    r"|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,&'’:;-]{3,78}\s\d{1,4})$"
)
#: the same in small capitals, which pdftotext gives as lower case ("146 van der velde",
#: "the notary and the merchant 147"): furniture after a page edge when a blank line follows
_SMALL_CAPS_HEAD = lazy_compile(
    r"^(?:\d{1,4}\s+[a-zß-öø-ÿ][a-zß-öø-ÿ .,&'’:;-]{3,78}[a-zß-öø-ÿ]"
    r"|[a-zß-öø-ÿ][a-zß-öø-ÿ .,&'’:;-]{3,78}[a-zß-öø-ÿ]\s\d{1,4})$"
)
#: how often a line of words must repeat to be a running head wherever it stands
_OFTEN = 5
#: a heading's enumerator ("a) Russian law" heads a section in the text and its contents)
_ENUMERATED = lazy_compile(r"^\(?(?:[a-z]|[ivx]{1,4}|#)[.)]\s")
_WORD_CHARS = lazy_compile(r"[^\W\d_]")
_DIGITS = lazy_compile(r"\d+")
_DIGIT = lazy_compile(r"\d")
#: A line ending where a number must follow: "artt. 10 e", "pp. 3 and", "S.", "note"
#: (but "127 S." is a page count that ends a reference).
_NUMBER_GOES_ON = lazy_compile(
    r"(?i)(?:\d\s*(?:e|ed|and|und|et|y|bis|to|or|oder|o|u\.|&|[-–,])|(?<!\d\s)\b(?:artt?|pp?|ss?|nn?|"
    r"nos?|fn|vol|vols|note|notes|nota|cap|para|§§?|sec|ch|chap|fol|ff|at|nr|rn|rz|abs)\.?)\s*$"
)
_LETTERS = lazy_compile(r"[^\W\d_]{2}")
_SPACES = lazy_compile(r"\s+")
#: Wiley's heads: the page's number and the author's name in capitals set off by a bar ("346 | BERNARDINI",
#: "BERNARDINI | 347"); (in mixed case, "22 | Roger Cotterrell", the other rules decide)
_BARRED_HEAD = lazy_compile(r"^(?:\d{1,4}\s+\|\s+[^\W\d].{0,78}|\S.{0,78}[^\W\d]\s+\|\s+\d{1,4})$")
_PAGE_EDGE_NUMBER = lazy_compile(r"^\d{1,4}\s*[|•·/]\s*|\s*[|•·/]\s*\d{1,4}$")
#: a foot of several words ending in a bar and the page's number: "Rev. Hist. (São Paulo), n. 188, 2023 | 2"
_FOOT_WITH_PAGE = lazy_compile(r"^\s*\S+(?:\s+\S+){3,}\s\|\s\d{1,4}\s*$")
#: a head that counts the pages ("Page 2 of 26 Harriet Pellow", "Bread, Coal and the Cabinet Page 3 of
#: 26"), as Oxford's and Springer's article PDFs print it: a page edge however often it is printed
_PAGE_OF_HEAD = lazy_compile(r"^(?:[^.;:!?]{0,80}\s)?Page\s\d{1,4}\sof\s\d{1,4}(?:\s[^.;:!?]{0,80})?$")

#: A note starting a line: "12 Text", "12Text" (fused superscript), "12. Text", "(12) Text".
_LINE_START = lazy_compile(
    r"^[ \t]*(?:(?P<open>[(\[])(?P<bnum>\d{1,3})[)\]]|(?P<num>[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?P<sep>[.)])?)"
    r"(?:[ \t]+|(?=[A-ZÀ-ÖØ-Þ„“\"‘'«(\[§]))(?=\S)"
)
#: a note whose text opens with a number: a volume or title ("12 1 William Blackstone,
#: Commentaries *69.", "5 28 U.S.C. § 1331 (2018).", "18 15 Cong. Rec. 2301 (1884).",
#: in small capitals "25 1 BLACKSTONE, supra note 23", a volume of the work cited before "39 1 id. at 42.")
_DIGIT_LED_CITATION = lazy_compile(r"\d{1,4}\s+(?:[A-Z][a-z]*\.?\s|[A-Z]\.|[A-Z]{2}[A-Z’'-]*,?\s|id\.\s)")
#: the heading of a section of endnotes ("Notes", "Notes to Chapter 3", "Anmerkungen")
_NOTES_HEADING = lazy_compile(
    r"(?i)^(?:\d{1,2}\.?\s+)?(?:notes|endnotes|end\s+notes|anmerkungen|endnoten|fu(?:ß|ss)noten|notas|noten|"
    r"przypisy|poznámky|"
    r"note|notes\s+(?:to|for)\s+(?:chapter|part)\s+\w+|notes\s+and\s+references)$"
)
#: the headings of what follows the notes on journal platforms' pages and PDFs: the article's own
#: "how to cite" block (OpenEdition's "Pour citer cet article" / "Référence papier", "Per citare
#: questo articolo", "Cómo citar este artículo", "Zitiervorschlag"), the abstracts, index terms,
#: the author and the rights.  Alone on a line it ends the last note: what follows is no note's text
_END_MATTER_HEADING = lazy_compile(
    r"""(?ix)^\W{0,2}(?:
        (?:pour\s+)?citer\s+(?:cet\s+article|ce\s+document)|r[ée]f[ée]rence\s+(?:papier|[ée]lectronique)
      | per\s+citare\s+questo\s+articolo|riferimento\s+(?:cartaceo|elettronico)
      | (?:para\s+citar|c[óo]mo\s+citar)\s+este\s+art[íi]c?ulo|como\s+citar\s+este\s+artigo
      | zitiervorschlag|zitierweise|how\s+to\s+cite(?:\s+this\s+article)?|to\s+cite\s+this\s+article
      | com\s+citar(?:\s+aquest\s+article)?|jak\s+cytowa[ćc]|jak\s+citovat|hoe\s+te\s+citeren
      | (?:bibliographical|electronic|paper)\s+reference|about\s+the\s+authors?|copyright|abstracts?
      | r[ée]sum[ée]s?|riassunt[io]|res[úu]men(?:es)?|resumos?|zusammenfassung(?:en)?
      # Taylor & Francis print these after the endnotes: the author's biography, ORCID, the statements
      | notes\s+on\s+(?:the\s+)?contributors?|orcid|disclosure\s+statement|funding|data\s+availability\s+statement
      # ... and Wiley's, in capitals ("ACKNOWLEDGEMENTS", "CONFLICT OF INTEREST")
      | acknowledge?ments?|conflicts?\s+of\s+interests?|corresponding\s+author|correspondence
      | index|indice|entr[ée]es\s+d['’]index|mots[\s-]cl[ée]s|parole\s+chiave|palabras\s+clave
      | palavras[\s-]chave|schlagw[öo]rter
      | auteurs?|autor[ei]|autore|autor(?:es|as)?|droits\s+d['’]auteur|diritti\s+d['’]autore
      | derechos\s+de\s+autor|direitos\s+de\s+autor|licen(?:cia|ça|za|ce|se)|lizenz
    )\s*:?\s*$"""
)
#: the labelled lines of that end matter with their text on the same line, after a blank line: "Como citar
#: este artigo: LOPES, Rafael …", "Recebido: 12 de maio de 2021; Aprovado: …" (SciELO's last page)
_END_MATTER_LINE = lazy_compile(
    r"""(?ix)^\W{0,2}(?:
        (?:para\s+citar|c[óo]mo\s+citar)(?:\s+este\s+art[íi]c?ulo)?|como\s+citar(?:\s+este\s+artigo)?
      | how\s+to\s+cite(?:\s+this\s+article)?|(?:pour\s+)?citer\s+cet\s+article
      | recibido|aceptado|modificado|recebido|aprovado|aprobado|recepci[óo]n|aprobaci[óo]n|received|accepted
      | revised
    )\s*:\s*\S"""
)
#: the heading of a reference list printed under the endnotes
_REFERENCE_HEADING = lazy_compile(r"(?i)^\W{0,2}(?:references|bibliography|works\s+cited|literature\s+cited)\s*:?\s*$")
#: an author-date entry of a reference list: "Brown, Alice. 2015. …", "Smith, J. (2010) …", "van Dijk, T. A. 2008. …"
_AUTHOR_DATE_ENTRY = lazy_compile(
    r"^\s*(?:(?:van|von|de|der|da|di|du|le|la)\s)*[A-ZÀ-Þ][\w'’-]+(?:\s(?:[A-ZÀ-Þ][\w'’-]+|van|von|de|der|da|di))*,"
    r"\s+(?:[A-ZÀ-Þ][\w'’-]*\.?\s?){1,4}[.,]?\s*\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:]?\s")
_HOW_TO_CITE_LABEL = lazy_compile(
    r"(?i)^\W{0,2}(?:(?:para\s+citar|c[óo]mo\s+citar)\s+este\s+art[íi]c?ulo|como\s+citar\s+este\s+artigo"
    r"|how\s+to\s+cite\s+this\s+article)\s*:")
#: A note number alone on its line, its text on the next.
_BARE_NUMBER = lazy_compile(r"^\s*(\d{1,3})\s*$")
_YEAR_IN_LINE = lazy_compile(r"\b(?:1[5-9]\d\d|20[0-4]\d)\b")
#: a line ending in an ordinal after a word ("zum 70.", "im 18."): the sentence goes on
_ORDINAL_END = lazy_compile(r"(?:^|\s)[a-zäöüß]+\s+\d{1,3}\.$")
_MONTH_START = lazy_compile(
    r"(?i)(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|genn|febbr|apr|magg|"
    r"giu|lug|ago|sett|ott|dic|janv|févr|avr|juil|août|déc)[a-zé]*\.?\s+\d"
)
#: Lines that read like citations: a signal or back-reference first, or a year in brackets.
_CITATION_CUE = lazy_compile(
    r"(?i)^\W{0,2}(?:see|cf|vgl|siehe|cfr|v\.|voir|ibid|ibidem|id\.|idem|ebd|ebenda|op\.|"
    r"supra|infra|so\s|dazu|hierzu|zum|zur|s\.|ders|dies|ead|eid|contra|accord|e\.g\.|"
    r"for\s|on\s|in\s)\b"
    r"|\b(?:supra|infra)\s+(?:note|n\.|fn)|\bId\.\s+at\b|\bibid\b|\bop\.\s*cit\b|\ba\.a\.O\b"
    r"|\b(?:Fn|Anm|nt)\.\s*\d|\(\d{4}\)|\(n\.\s?d\.\)|\b(?:pp?|S|Rn|Rz)\.\s*\d|^\s*(?:https?://|www\.)\S+\s*$"
)
#: A note starting inside a joined paragraph: " 12 Text".
_MID_START = lazy_compile(r"(?<!\S)(\d{1,3})\s+(?=[A-ZÀ-ÖØ-Þ„“\"‘'«(\[§])")
#: how a note ends before the next starts in the same paragraph: a full stop, bracket, quote
_NOTE_END_BEFORE = lazy_compile(r"[.;:!?)\]»\"'”’…]\s*$")
#: the same where the notes are numbered "12. Text" (Cairn, Persée)
_MID_START_DOT = lazy_compile(r"(?<!\S)(\d{1,3})\.\s+(?=[A-ZÀ-ÖØ-Þ„“\"‘'«(\[§])")
#: A second note start inside a line of the notes zone, after a finished sentence.
_JOINED_START = lazy_compile(
    r"(?<=[.;)\]])\s+(\d{1,3})\s+(?=[A-ZÀ-ÖØ-Þ„“\"‘'«(\[§]|\d{1,4}\s+[A-Z]{2}[A-Z’'-]*,?\s)")
#: A note marker in the body: a number fused to the word or punctuation before it.
_FUSED_MARKER = lazy_compile(
    r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ.,;:!?)\]’”\"'»“«›‹])(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])"
)
#: what follows a note marker in prose: a space, the line's end, or punctuation and a space
_MARKER_END = lazy_compile(r"(?:[.,;:!?)”’\"]*)(?:\s|$)")
#: A marker set off by a space ("… his day 1 . Similarly"); locators are excluded after.
_SPACED_MARKER = lazy_compile(
    r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ.,;:!?)\]’”\"'»“«›‹]) (\d{1,3})(?=\s*[.,;:]?(?:\s|$))"  # („…“, »…«)
)
#: a marker in brackets, where the notes are numbered so too ("… fin du siècle dernier (1), mais", Persée)
_PAREN_MARKER = lazy_compile(r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ.,;:!?»”’\"])\s?\((\d{1,3})\)(?=[\s.,;:]|$)")
#: the same in square brackets, as web pages print them ("… de la ciudad[1]. Sus libros …", Redalyc)
_BRACKET_MARKER = lazy_compile(r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ.,;:!?»”’\"])\s?\[(\d{1,3})\](?=[\s.,;:]|$)")
#: Words after which a number is a locator, not a marker ("p. 12", "Art 5").
_LOCATOR_BEFORE = lazy_compile(
    r"(?i)(?:\b(?:pp?|ss?|n|nn|nos?|vol|art|fn|note|cap|para|r|v|ff?|at|ch|bd|nr|rn|rz|abs|"
    r"sec|lib|tit|c|l|d|col|sp|no|vols|heft|jg|anm|nota|pag|§)\.?|§)\s?$"
)
#: what a note's first character may be (after a line ending in a URL: a new note)
_OPENS_NOTE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ\"“„‘«")
_ENDS_WITH_URL = lazy_compile(r"(?:https?://|www\.)\S+\s*$")
_TERMINAL = lazy_compile(r"[.!?)\]\"'»”’]\s*$")
#: a line that stops inside a sentence: a word or comma last, or a word broken at a hyphen
#: a line ending in a word broken at a hyphen ("Zugangseinschränkun-")
_WORD_BROKEN = lazy_compile(r"[^\W\d_]{2}-\s*$")
_SENTENCE_GOES_ON = lazy_compile(r"(?:[^\W\d_]{2}|,|[^\W\d_]-)\s*$")
#: the marks of unnumbered notes; TeX prints its asterisk as U+2217 "∗"
_NOTE_SYMBOLS = "*∗⁎†‡"
_EMAIL = lazy_compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
#: Unnumbered author notes: "* Professor of …", "Peter Whitewood is a Lecturer …".
_BIO_START = lazy_compile(rf"^\s*[{_NOTE_SYMBOLS}]\s*\S")
_BIO_WORDS = lazy_compile(
    r"(?i)\b(?:professor|lecturer|university|universit[àäa]t|universit[àa]|college|institute?|"
    r"fellow|researcher|research\s+(?:associate|fellow)|ph\.?\s?d|doctoral|candidate|dozent|"
    r"ricercat\w+|docente|assistant|associate|e-?mail|verfasser|autor|author|thanks?|grateful|"
    r"danke|ringrazi\w*|professeur|chercheur)\b"
)
_BIO_SENTENCE = lazy_compile(
    rf"^\s*(?:[{_NOTE_SYMBOLS}]\s*)?[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){{0,4}}\s+"
    r"(?:is|was|teaches|works|holds|ist|war|è|est)\b"
)
_BACK_REFERENCE = lazy_compile(
    r"(?i)\b(?:ibid|ibidem|id|idem|ead|eadem|ebd|ebenda|ders|dies|a\.\s?a\.\s?o|op\.\s?cit|"
    r"loc\.\s?cit|supra|infra|cit|ivi|ibid)\b"
)
#: what an author's affiliation opens with: an institution ("Department of History, …", "School of …")
_AFFILIATION_START = lazy_compile(
    r"(?i)(?:department|dept\.|school|faculty|centre|center|institute|division|college|university|"
    r"universit[éàä]\w*|laboratoire|dipartimento|departamento|instituto|independent\s+(?:scholar|researcher))\b"
)
#: an author's name in capitals signing the article: two to four words, no figures
_SIGNATURE = lazy_compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?:\s+(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*|VAN|VON|DE|DI|DA|DU)){1,3}$")
#: how far on the note that takes the affiliation's number may start
_AFFILIATION_REACH = 200
_SENTENCE_END = lazy_compile(r"[.!?]\s+(?=[A-ZÀ-Þ*†‡])")
#: The download stamps that close a JSTOR or repository cover.
_COVER_END = lazy_compile(r"(?i)all\s+use\s+subject\s+to|content\s+downloaded\s+from")
#: How many lines from the start a cover's fields may stand in; how many lines
#: after its last field the stamp closing it may follow.
_COVER_LINES = 120
_COVER_STAMP_REACH = 8


@dataclass
class _Line:
    start: int  # offset of the first character of the line's text
    end: int  # offset after its last character (newline excluded)
    text: str
    page_break: bool = False  # a form feed precedes this line


@dataclass
class _NoteBuild:
    number: str
    line: int  # index into lines
    pieces: list[tuple[int, int]] = field(default_factory=list)
    #: printed after notes with higher numbers (a column set out of order)
    late: bool = False


@dataclass
class Layout:
    """The analysis of one text: a label per line and the notes found."""

    labels: list[str]
    notes: list[Note]
    bio: list[str]
    diagnostics: list[Diagnostic]
    body: str


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        start = pos
        pos += len(raw) + 1
        page_break = False
        stripped = raw
        if "\f" in raw:
            page_break = True
            lead = len(raw) - len(raw.lstrip("\f"))
            start += lead
            stripped = raw.replace("\f", " ")[lead:]
        stripped = stripped.rstrip("\r")
        lines.append(_Line(start, start + len(stripped), stripped, page_break))
    return lines


def _head_key(line: str) -> str:
    key = line.strip().lower()
    if "|" in key or "•" in key or "·" in key or "/" in key:
        key = _PAGE_EDGE_NUMBER.sub("", key)
    key = _DIGITS.sub("#", key)
    return _SPACES.sub(" ", key) if "  " in key or "\t" in key else key


def _furniture(
    lines: list[_Line], paragraph_mode: bool, page_edge: list[bool] | None = None
) -> tuple[list[bool], list[int]]:
    """Which lines are page furniture; and how many characters of fused head start a line.

    ``page_edge`` (from a PDF's geometry) says which lines stand at the top or foot of their page:
    only there can a repeated line be a running head.  Without it, nearness to a page number,
    boilerplate or form feed in reading order stands in for it -- which fails where a reader puts
    the page's foot before its notes and notes open alike ("15 Bauer, Repertorium (wie Fn. 1)").
    """
    keys = [_head_key(ln.text) if 0 < len(ln.text) <= 120 else "" for ln in lines]
    counts = Counter(keys)
    for key in [k for k, n in counts.items() if n >= 2 and k]:
        # "12 Ibid., p. 5" repeats too: back-references are never running heads,
        # and a head after a page number is short ("46 Jane Doe")
        # and a numbered line ending a sentence ("66, at 55.") is a short note or its end
        if (_BACK_REFERENCE.search(key) or (key.startswith("# ") and len(key) > 62)
                or _LETTERS.search(key) is None or (key.endswith(".") and "#" in key)):
            del counts[key]
    # page edges: page numbers, boilerplate, form feeds.  When a text has them,
    # a running head must stand near one (a repeated line inside a note block --
    # "Regulation (EU) No 1092/2010 of the European Parliament" -- is no head)
    page_number = [_PAGE_NUMBER.match(ln.text.strip()) is not None for ln in lines]
    # a platform's stamp may run to 300 characters and more (Wiley's side stamp: "… Downloaded from
    # https://onlinelibrary.wiley.com/doi/… on [14/03/2024]. See the Terms and Conditions …"): a long line
    # is boilerplate only when the very same text is printed again (a paragraph holding such words is not)
    long_counts = Counter(ln.text.strip() for ln in lines if 200 < len(ln.text) <= 600)
    boilerplate = [(len(ln.text) <= 200 or long_counts.get(ln.text.strip(), 0) >= 2) and _is_boilerplate(ln.text)
                   for ln in lines]
    starts = _page_starts(lines, boilerplate)
    _foot_blocks(lines, boilerplate, starts)
    edge = [
        bool(ln.text.strip()) and (ln.page_break or page_number[i] or boilerplate[i]
                                   or (len(ln.text) <= 160 and _PAGE_OF_HEAD.match(ln.text.strip()) is not None)
                                   # a repeated foot that carries the page's number: "Rev. Hist. (São Paulo),
                                   # n. 188, 2023, p. 1-28 | 2" (SciELO) is a page edge itself
                                   or (counts.get(keys[i], 0) >= 2 and "|" in ln.text
                                       and _FOOT_WITH_PAGE.search(ln.text) is not None))
        for i, ln in enumerate(lines)
    ]
    if any(edge):
        # the text's last line ends the last page: a foot printed there repeats one on an earlier page
        last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.strip()), None)
        if last is not None and counts.get(keys[last], 0) >= 2 and len(lines[last].text.split()) >= 4:
            edge[last] = True
    # a form feed on a blank line (the one closing the last page) is a page edge for the heads near it
    if page_edge is not None:
        near = page_edge
    else:
        near = (_near_edges(lines, [e or ln.page_break for e, ln in zip(edge, lines, strict=True)])
                if any(edge) else [True] * len(lines))
    # the article's own DOI, as the download stamps print it: a line holding only it is furniture
    own_dois = {m.group(0).lower().rstrip(".,") for i, ln in enumerate(lines) if boilerplate[i]
                for m in _DOI.finditer(ln.text)}
    # the first line of each page: a head printed twice there ("312 EIGHTEENTH-CENTURY STUDIES 56 / 3" on two
    # versos) is a running head even with its page number first, which elsewhere may be a short note's
    page_top = _page_tops(lines, starts)
    top_counts = Counter(key for key, top in zip(keys, page_top, strict=True) if top and key)
    numbered_heads = _numbered_heads(lines, page_top, starts) | _paired_capitals_heads(lines)
    own_citations = _own_citation_feet(lines, numbered_heads)
    furniture: list[bool] = []
    fused: list[int] = []
    seen: set[str] = set()
    edge_before = False  # the previous line with text is furniture
    for index, (ln, key) in enumerate(zip(lines, keys, strict=True)):
        text = ln.text.strip()
        # a running head repeats on many pages
        count = counts.get(key, 0) if key else 0
        # twice is enough only for a head of words (not "12 …", a URL or "act/")
        twice = count == 2 and not key.startswith(("#", "http", "www")) and " " in key
        # a head of words (no page number) printed on many pages is one wherever it stands
        # (pdftotext put it mid-page) -- but its first print may be the title page's
        # (a journal's name with year and issue is no title: its first print is furniture too)
        often = (count >= _OFTEN and (key in seen or "#" in key) and _head_of_words(key) and len(key) <= 80
                 and _ENUMERATED.match(key) is None and len(_WORD_CHARS.findall(key)) >= 5)
        seen.add(key)
        repeated = (near[index] and (count >= 3 or twice)) or often or (
            count == 2 and page_top[index] and top_counts[key] == 2)
        is_furniture = bool(text) and (page_number[index] or boilerplate[index] or repeated
                                       or (len(text) <= 160 and _PAGE_OF_HEAD.match(text) is not None)
                                       or (bool(own_dois) and _own_doi_line(text, own_dois))
                                       or ((edge_before or page_top[index]) and _CAPITALS_HEAD.match(text) is not None)
                                       or index in numbered_heads or index in own_citations
                                       or (_BARRED_HEAD.match(text) is not None and text.isupper())
                                       or ((page_top[index] or _capitals_words(text))
                                           and _head_above_number(lines, index))
                                       or ((edge_before or ln.page_break)
                                           and _SMALL_CAPS_HEAD.match(text) is not None
                                           and (index + 1 == len(lines) or not lines[index + 1].text.strip())))
        furniture.append(is_furniture)
        head = _FUSED_HEAD.match(ln.text) if paragraph_mode and not is_furniture else None
        if paragraph_mode and head is None and edge_before and not is_furniture:
            # right after a page edge the head may be followed by a capital ("… 287 The …")
            head = _FUSED_HEAD_AT_EDGE.match(ln.text)
        fused.append(head.end() if head else 0)
        if text:
            edge_before = is_furniture
    return furniture, fused


def _head_above_number(lines: list[_Line], index: int) -> bool:
    """Is the first line of a page a running head printed once, its page number alone on the next line with
    text ("LOS OBRAJES DE PUEBLA Y EL CRÉDITO MERCANTIL" / "205")?  A head of words, not a sentence."""
    text = lines[index].text.strip()
    if (len(text) > 100 or text.endswith((".", ",", ";", ":")) or _LETTERS.search(text) is None
            or not text[:1].isupper() or re.search(r"[.!?;:,]\S{0,2}\d{1,3}$|[.!?]\s", text) is not None):
        return False  # (a sentence, or one that ends in a note's marker: "… in 1752.5")
    following = next((ln for ln in lines[index + 1:index + 4] if ln.text.strip()), None)
    return (following is not None and not following.page_break
            and _BARE_NUMBER.match(following.text) is not None and _PAGE_NUMBER.match(following.text.strip()) is not None)


def _capitals_words(text: str) -> bool:
    """A line of two words or more in capitals, no heading of the notes or of the end matter ("MARÍA IGNACIA
    VALDÉS ERRÁZURIZ / LOS MERCADERES DE SANTIAGO"): where no form feed tells a page's top, such a line over
    the page's number is its head."""
    return (text.isupper() and len(_WORD_CHARS.findall(text)) >= 8 and len(text.split()) >= 2
            and _NOTES_HEADING.match(text) is None and _END_MATTER_HEADING.match(text) is None)


def _page_starts(lines: list[_Line], boilerplate: list[bool]) -> list[bool]:
    """Does each line begin a page?  At a form feed; in a text without them (copied, or its form feeds
    stripped), at the first line with text after a repository's stamp, which closes a page: boilerplate
    printed on several pages (a licence printed once on page 1 is none)."""
    if any(ln.page_break for ln in lines):
        return [ln.page_break for ln in lines]
    stamps = [_DIGITS.sub("#", ln.text.strip().lower()) if flag else "" for ln, flag in zip(lines, boilerplate,
                                                                                           strict=True)]
    printed = Counter(stamps)
    starts = [False] * len(lines)
    after_stamp = False
    for i, ln in enumerate(lines):
        if boilerplate[i]:
            after_stamp = after_stamp or printed[stamps[i]] >= 2
        elif ln.text.strip():
            starts[i], after_stamp = after_stamp, False
    return starts


def _page_tops(lines: list[_Line], starts: list[bool]) -> list[bool]:
    """Is each line the first with text on its page (the page's head)?"""
    tops = [False] * len(lines)
    pending = False
    for i, ln in enumerate(lines):
        pending = pending or starts[i]
        if pending and ln.text.strip():
            tops[i] = _LETTERS.search(ln.text) is not None and len(ln.text) <= 100
            pending = False
    return tops


#: a page's head with its page number first or last ("48 Bulletin of the John Rylands Library", "Merchants’
#: letters and the cotton trade 47"): not a sentence's end
#: (a word next to the number: a note's line "(London, 1990), 313" or "313 (1998)." is none)
_NUMBERED_HEAD = lazy_compile(r"^(?:(?P<lead>\d{1,4})\s+[^\W\d_].*[^.,;:]|\S.*[^\W\d_]\s+(?P<trail>\d{1,4}))$")


def _numbered_heads(lines: list[_Line], page_top: list[bool], starts: list[bool]) -> set[int]:
    """The page-top lines whose number is the page's number: it goes up with the pages.

    A head printed once (a verso head in a short article) cannot be told by repetition; but its number
    minus the page's place in the text is the same on every page ("46 …" on the second page, "… 47" on
    the third).  Page numbers alone on their line count too.  Two pages must agree.
    """
    page = 0
    candidates: list[tuple[int, int]] = []  # (line, page number - page index)
    for i, ln in enumerate(lines):
        page += starts[i]
        text = ln.text.strip()
        if not text or len(text) > 100:
            continue
        bare = _BARE_NUMBER.match(text)
        m = None if bare else _NUMBERED_HEAD.match(text) if page_top[i] else None
        number = bare.group(1) if bare else (m.group("lead") or m.group("trail")) if m else None
        if number is not None:
            candidates.append((i, int(number) - page))
    offsets = Counter(offset for _, offset in candidates)
    return {i for i, offset in candidates
            if offsets[offset] >= 2 and page_top[i] and _BARE_NUMBER.match(lines[i].text) is None}


#: a journal's citation of an article ending in its pages ("Studi Medievali, 3a serie, LX, 1 (2019), pp. 123-156")
_CITED_PAGES = lazy_compile(r"^[A-ZÀ-Þ][^\d].{3,120}?\((?:1[89]|20)\d\d\),?\s*(?:pp?\.\s*)?(\d{1,5})\s*[-–]\s*(\d{1,5})$")


def _own_citation_feet(lines: list[_Line], heads: set[int]) -> set[int]:
    """The lines citing the article itself at a page's foot, the journal's line without a copyright (Studi
    Medievali's "…, LX, 1 (2019), pp. 123-156"): its pages start on the page before the first running head's and
    reach the last head's.  (A cited article starting on exactly that page would be a rare coincidence.)"""
    numbers = [int(m.group(0)) for i in heads if (m := re.search(r"^\d{1,4}\b|\b\d{1,4}$", lines[i].text.strip()))]
    if len(numbers) < 2:
        return set()
    found = set()
    for i, ln in enumerate(lines):
        m = _CITED_PAGES.match(ln.text.strip()) if len(ln.text) <= 140 else None
        if m is not None and int(m.group(1)) == min(numbers) - 1 and int(m.group(2)) >= max(numbers):
            found.add(i)
    return found


def _paired_capitals_heads(lines: list[_Line]) -> set[int]:
    """The heads in capitals with their page numbers that face each other: a verso's "432 ABDOULAYE DIALLO"
    and a recto's "LES TRAITANTS DE SAINT-LOUIS 433", numbers one apart at opposite ends.

    Where the form feeds are lost nothing else marks a head printed once per page; the pair does (a
    numbered section heading, "2 THE SALT AGENCIES", has its number first only).  Each stands by a blank
    line.
    """
    found: list[tuple[int, int, bool]] = []  # (line, number, number first)
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if not text or len(text) > 100 or _CAPITALS_HEAD.match(text) is None:
            continue
        if not ((i > 0 and not lines[i - 1].text.strip()) or (i + 1 < len(lines) and not lines[i + 1].text.strip())):
            continue
        lead = text[0].isdigit()
        number = _DIGITS.match(text) if lead else re.search(r"\d+$", text)
        if number is not None:
            found.append((i, int(number.group(0)), lead))
    numbers = {(number, lead) for _, number, lead in found}
    return {i for i, number, lead in found
            if (number - 1, not lead) in numbers or (number + 1, not lead) in numbers}


#: a line of a page's foot block around its copyright line: short, ending in a number, a DOI or a URL,
#: and holding a year, a DOI or a volume:issue ("The Journal of Modern History 95 (June 2023): 301–334",
#: "Hispanic American Historical Review 103:2", "EHR, CXXXVIII. 590 (February 2023) https://doi.org/…")
_FOOT_PART = lazy_compile(
    r"^(?=.*(?:\b(?:1[89]|20)\d\d\b|\b10\.\d{4,9}/|\b\d{1,4}:\d{1,4}\b))[^\n]{3,130}?(?:\d|\S*10\.\d{4,9}/\S+|https?://\S+)\s*$")
#: the copyright lines that anchor such a block
_COPYRIGHT = lazy_compile(r"(?i)©|\bcopyright\b|\ball\s+rights\s+reserved\b")


def _foot_blocks(lines: list[_Line], boilerplate: list[bool], starts: list[bool]) -> None:
    """Mark the lines set with a copyright line in a page's foot as boilerplate too.

    University presses print the article's citation above or below their copyright line: the journal
    with volume, date and pages, its DOI.  Such a line touches the copyright line (no blank line
    between) and has the shape of a citation's numbers, not of a sentence.
    """
    for i, flag in enumerate(list(boilerplate)):
        if not flag or not _COPYRIGHT.search(lines[i].text) or not _at_page_foot(lines, boilerplate, starts, i):
            continue  # (a copyright line at the head of page 1 is the front matter's: "Advance Access …")
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= 3 and lines[j].text.strip() and not (
                    step == 1 and lines[j].page_break):
                if not boilerplate[j]:
                    if _FOOT_PART.match(lines[j].text.strip()) is None:
                        break
                    boilerplate[j] = True
                if step == -1 and lines[j].page_break:
                    break
                j += step


def _at_page_foot(lines: list[_Line], boilerplate: list[bool], starts: list[bool], i: int) -> bool:
    """Does line ``i`` end its page: only blank lines, boilerplate and a foot's short lines up to the next
    page (its form feed, or the page number or head after a stamp)?"""
    for j in range(i + 1, min(i + 12, len(lines))):
        text = lines[j].text.strip()
        if starts[j] or lines[j].page_break or (
                not lines[j - 1].text.strip() and _CAPITALS_HEAD.match(text) is not None):
            return True  # (or the next page's head in capitals after a blank line: "124 TRADITIO")
        if text and not boilerplate[j] and _FOOT_PART.match(text) is None:
            return False
    return False


def _head_of_words(key: str) -> bool:
    """Can a line repeated this often be a running head wherever it stands?

    A head of words, or a journal's name with its year and issue ("ANCILLA
    IURIS 2020, 1"): the numbers follow the words.  A line that starts with
    a number could be a short note ("12 Luhmann (Fn. 9), 16"), and one that
    ends a sentence is note text, so those need a page edge nearby.
    """
    return "#" not in key or not (key.startswith("#") or key.endswith("."))


_DOI = lazy_compile(r"\b10\.\d{4,9}/[^\s,;]+")
_DOI_LINE = lazy_compile(r"(?i)^\s*(?:doi:?\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s,;]+?)[.,]?\s*$")


def _own_doi_line(text: str, own_dois: set[str]) -> bool:
    """Is ``text`` only the article's own DOI ("DOI: 10.5771/2699-1284-2020-1-16")?"""
    match = _DOI_LINE.match(text)
    return match is not None and match.group(1).lower() in own_dois


def _near_edges(lines: list[_Line], edge: list[bool], reach: int = 3) -> list[bool]:
    """Is each line within ``reach`` non-blank lines of a page edge?"""
    near = [False] * len(lines)
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        distance = reach + 1
        for i in order:
            if edge[i]:
                distance = 0
            elif lines[i].text.strip():
                distance += 1
            if distance <= reach:
                near[i] = True
    return near


#: an access stamp: the reader's IP address and the time of the download ("[130.88.1.1] Project MUSE
#: (2024-03-14 09:12 GMT) University of Leeds")
_STAMP_TIME = lazy_compile(r"\b(?:19|20)\d\d-\d\d-\d\d[ T]\d\d:\d\d\b")
_IP_ADDRESS = lazy_compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


#: a journal's issue alone on a line, no pages after it: a page's foot ("Speculum 96/2 (April 2021)") or the
#: cover line at page 1's foot ("Speculum, volume 96, number 2, April 2021."); a note's citation goes on to pages
_ISSUE_FOOT = lazy_compile(
    r"^\s*[A-Z][^\W\d][^\d,;:()]{1,60}?(?:\s\d{1,4}/\d{1,3}\s+\([A-Z][a-z]+\.?\s+(?:1[89]|20)\d\d\)"
    r"|,\s+[Vv]olume\s+\d{1,4},\s+(?:[Nn]umber|[Ii]ssue)\s+\d{1,3},\s+(?:[A-Z][a-z]+\.?\s+)?(?:1[89]|20)\d\d\.?)\s*$")


def _is_boilerplate(text: str) -> bool:
    if _ISSUE_FOOT.match(text):
        return True
    if ":" in text and (_TIMESTAMP.search(text) or (
            _STAMP_TIME.search(text) and _IP_ADDRESS.search(text))):
        return True
    if text.strip() == "1 3":
        return True  # Springer's logo at each page's head, as text
    low = text.lower()
    return any(word in low for word in _BOILERPLATE_WORDS) and bool(_BOILERPLATE.search(text))


def _number(raw: str) -> int:
    return int(raw.translate(_SUPERSCRIPTS))


def _is_marker(text: str, pos: int) -> bool:
    """Is the number at ``pos`` of ``text`` a note marker rather than a locator?"""
    return _LOCATOR_BEFORE.search(text, max(0, pos - 8), pos) is None


def clean_note_text(pieces: list[str]) -> str:
    """Join a note's lines: hyphenation at line ends undone, whitespace normalised.

    "Bi-" + "bliothek" -> "Bibliothek"; "Law-" + "Related" keeps its hyphen
    (a capital after the break means a real compound).
    """
    out = ""
    for piece in pieces:
        piece = _SPACES.sub(" ", piece).strip()
        if not piece:
            continue
        if not out:
            out = piece
        elif (
            out.endswith("-")
            and len(out) >= 2
            and out[-2].isalpha()
            and out[-2].islower()
            and piece[0].islower()
        ):
            out = out[:-1] + piece
        elif out[-1] in "-–/" and len(out) >= 2 and out[-2].isdigit() and piece[0].isdigit():
            out = out + piece  # a page range broken at its dash: "1-" + "20"
        elif out.endswith("-") and len(out) >= 2 and out[-2].isalpha() and piece[0].isupper():
            out = out + piece  # a compound broken at its own hyphen: "Smith-" + "Jones"
        else:
            out = out + " " + piece
    return out


def _open_ended(text: str) -> bool:
    """A note that stops without final punctuation (or a URL) goes on somewhere."""
    return _TERMINAL.search(text) is None and _ENDS_WITH_URL.search(text) is None


def _is_bio(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 600:
        return False
    if _BIO_START.match(text) or _BIO_SENTENCE.match(text):
        return _BIO_WORDS.search(text) is not None
    return False


class _Scanner:
    """Two passes over the lines.

    Pass one is a small state machine (body -> note -> page break -> body …)
    that finds every numbered note start.  Pass two (line-per-line text only)
    looks at each run of body lines and gives the tail that reads like notes
    -- by line length, citation cues and the body's unanswered markers -- to
    the note it continues or to notes printed without their numbers.
    """

    def __init__(
        self, text: str, path: str, zone: list[bool] | None = None, first_needs_marker: bool = True,
        page_edge: list[bool] | None = None,
    ) -> None:
        self.text = text
        #: the first note only after its marker (off for a second try when that finds none)
        self.first_needs_marker = first_needs_marker
        self.path = path
        self.lines = _split_lines(text)
        self._line_starts = [ln.start for ln in self.lines]
        #: from a PDF's font sizes: which lines are in a page's notes zone
        self.zone = zone if zone is not None and len(zone) == len(self.lines) else None
        # paragraphs joined into long lines (the seed): most text is in lines of 200+
        lengths = [len(ln.text) for ln in self.lines]
        self.paragraph_mode = self.zone is None and sum(n for n in lengths if n > 200) > 0.5 * sum(
            lengths
        )
        edge_hint = page_edge if page_edge is not None and len(page_edge) == len(self.lines) else None
        self.furniture, self.fused = _furniture(self.lines, self.paragraph_mode, edge_hint)
        #: the pages end in form feeds (pdftotext's default): page numbers stand next to one
        self.form_feeds = any(ln.page_break for ln in self.lines)
        self.labels = ["blank" if not ln.text.strip() else "body" for ln in self.lines]
        self.notes: list[_NoteBuild] = []
        self.bio: list[tuple[int, str]] = []
        self.diagnostics: list[Diagnostic] = []
        self.expected = 1
        #: the note numbers started so far
        self._started: set[str] = set()
        #: numbers seen as markers in the body: all of them, and per line
        self.markers: set[int] = set()
        self.line_markers: dict[int, list[int]] = {}
        self.any_markers = False
        self.state = "body"  # body | note | bio
        self.bio_lines: list[int] = []
        self._found = 0
        #: numbering jumps: (line index, number expected, number printed)
        self._gaps: list[tuple[int, int, int]] = []
        #: numbers a jump in the numbering passed over (their notes may come later)
        self.skipped: set[int] = set()
        #: pass two: the highest note number up to each note
        self._high: list[int] = []
        #: for pass two: the note (index) that a page break cut, by the line after the break
        self.cut_note: dict[int, int] = {}
        self._cut_pending = -1
        #: paragraph mode: the note a page break cut before its sentence ended
        self._cut_open = -1
        #: paragraph mode: the body's parts of lines that also hold notes (line -> spans)
        self.body_parts: dict[int, list[tuple[int, int]]] = {}
        self.style = self._numbering_style()
        #: a "Notes" heading started an endnotes section (chapters' notes restart at 1)
        self._in_endnotes = False
        #: a number alone on its line was refused as the first note for want of its marker
        self.bare_refused = False
        #: the body's note markers since the latest note started (a new chapter's 1, 2 …)
        self.markers_since_note: set[int] = set()

    # -- pre-passes ---------------------------------------------------------
    def _numbering_style(self) -> str:
        """How notes are numbered: "space" (1 Text), "dot" (1. Text), "paren", "bracket"."""
        seen: dict[str, set[int]] = {"space": set(), "dot": set(), "paren": set(), "bracket": set()}
        for ln in self.lines:
            m = _LINE_START.match(ln.text)
            if not m:
                continue
            style = _style(m)
            number = _number(m.group("bnum") or m.group("num"))
            if number <= 40:
                seen[style].add(number)
        best = max(seen, key=lambda k: (len(seen[k]), k == "space"))
        return best if len(seen[best]) > max(1, len(seen["space"])) else "space"

    def _front_end(self) -> int:
        """Index of the first line after a cover page (0 when there is none).

        A cover is recognised only by positive evidence: two kinds of cover
        field or cover-block phrase ("Author(s):", "Stable URL:", "… is
        collaborating with JSTOR") in the first lines.  It ends after its last
        such line, with the download stamps that close it -- never "wherever the
        first stamp is", which on a text without a cover is the foot of page 1.
        """
        limit = min(len(self.lines), _COVER_LINES)
        kinds: set[str] = set()
        last = -1
        for i in range(limit):
            kind = cover_field(self.lines[i].text)
            if kind is not None:
                kinds.add(kind)
                last = i
        if len(kinds) < 2:
            return 0
        # a stamp closing the cover stands within a few lines of its last field
        seen = 0
        for j in range(last + 1, limit):
            ln = self.lines[j]
            if ln.page_break or seen >= _COVER_STAMP_REACH:
                break
            if self.furniture[j] and _COVER_END.search(ln.text):
                last = j
                break
            seen += bool(ln.text.strip())
        end = last + 1
        while end < len(self.lines) and not self.lines[end].page_break and (
            self.furniture[end] or not self.lines[end].text.strip()
        ):
            end += 1
        # a cover is a page of its own: the text after its last field up to a form feed close by
        # (HAL's notice in French below the English one) is the cover's too
        reach = next((j for j in range(end, min(end + _COVER_STAMP_REACH * 3, len(self.lines)))
                      if self.lines[j].page_break), None)
        return end if reach is None else reach

    # -- helpers --------------------------------------------------------------
    def _acceptable(self, number: int) -> bool:
        if not self.notes and self.first_needs_marker and self.any_markers and (
            number not in self.markers
        ):
            return False  # "1 January 1990 …" in the body before any marker 1
        if number == self.expected:
            return True
        if not self.notes:  # an excerpt may start at note 37, but then its markers do too
            return bool(self.markers) and number in self.markers and number <= min(
                self.markers) + 2
        if number < self.expected:
            # a note the numbering skipped, printed later (pdftotext read a column
            # out of order): its marker is in the body and no note took the number
            return number in self.skipped and number in self.markers
        return self.expected < number <= self.expected + 40 and number in self.markers

    def _parallel_restart(self, i: int, number: int) -> bool:
        """Does line ``i`` start the page's notes again, in a parallel translation?

        A bilingual article prints each page's notes twice (38-41 in German,
        then 38-41 in English).  A number already used counts as a restart only
        right after a note, when its successor was used too and starts one of
        the next lines, so a stray number in a note ("41 Harv. L. Rev.") or a
        numbered list in the body does not.
        """
        if self._after_notes(i) and number == self.expected - 1 and self.notes and self.notes[-1].pieces and (
                i > 0 and not self.lines[i - 1].text.strip()):
            # the page's only note printed again for the other language: "44 Gotthard Günther, …"
            first = self.notes[-1].pieces[0]
            m = _LINE_START.match(self.lines[i].text)
            if m and self.text[first[0]: first[0] + 30] == self.lines[i].text[m.end(): m.end() + 30].lstrip():
                return True
        if not self._after_notes(i) or number >= self.expected or str(number) not in self._started or (
                str(number + 1) not in self._started):
            return False
        follows = str(number + 1)
        for j in range(i + 1, min(i + 30, len(self.lines))):
            m = _LINE_START.match(self.lines[j].text)
            if m and (m.group("bnum") or m.group("num")) == follows:
                return True
        return False

    def _endnotes_restart(self, i: int, number: int) -> bool:
        """Does line ``i`` start a new run of notes numbered from 1 again?

        Books number each chapter's notes from 1.  Footnotes: the body has
        printed the markers 1 and 2 since the last note, and a note 2 follows.
        Endnotes are collected under a heading ("Notes", "Anmerkungen", or the
        chapter's title within a "Notes" section): a "1" that follows such a
        heading starts a new run when its successor "2" (if the body has that
        marker) follows it, so a stray "1" in a note is no restart.
        """
        if number != 1 or not self.notes or self.expected == 1:
            return False
        if {1, 2} <= self.markers_since_note and not self._after_notes(i):
            # a new chapter's footnotes: its body has printed the markers 1 and 2 since the
            # last note, and its note 2 follows
            return self._successor_follows(i, 150)
        before = i - 1
        while before >= 0 and (not self.lines[before].text.strip() or self.furniture[before]):
            before -= 1
        if before < 0:
            return False
        heading = self.lines[before].text.strip()
        in_note = self.labels[before] == "note"
        if _NOTES_HEADING.match(heading) and not in_note:
            self._in_endnotes = True
        elif not (self._in_endnotes and len(heading) <= 80 and not _TERMINAL.search(heading)):
            return False
        if in_note:
            # the next chapter's title read as the last line of the previous note
            pieces = self.notes[-1].pieces
            if len(pieces) < 2 or pieces[-1][0] != self.lines[before].start or not _TERMINAL.search(
                    self.text[pieces[-2][0]:pieces[-2][1]]):
                return False
        if 2 in self.markers and not self._successor_follows(i, 40):
            return False
        if in_note:
            self.notes[-1].pieces.pop()
            self.labels[before] = "body"
        return True

    def _successor_follows(self, i: int, reach: int) -> bool:
        """Does a line within ``reach`` lines after ``i`` start note 2?"""
        for j in range(i + 1, min(i + reach, len(self.lines))):
            m = _LINE_START.match(self.lines[j].text)
            if m and (m.group("bnum") or m.group("num")) == "2":
                return True
            if _BARE_NUMBER.match(self.lines[j].text) and self.lines[j].text.strip() == "2":
                return True
        return False

    def _after_notes(self, i: int) -> bool:
        """Is line ``i`` right after a note, with only blank lines and page furniture between?"""
        j = i - 1
        while j >= 0 and (self.labels[j] in ("blank", "furniture") or self.furniture[j]):
            j -= 1
        return j >= 0 and self.labels[j] == "note"

    def _note_start(self, i: int) -> tuple[int, int] | None:
        """(number, offset where its text starts) when line ``i`` starts a note."""
        ln = self.lines[i]
        text = ln.text
        m = _LINE_START.match(text)
        if m:
            number = _number(m.group("bnum") or m.group("num"))
            fused = self._fused_to_number(text, m, number)
            if fused is not None:
                return self.expected, ln.start + fused
            new_run = _style(m) == self.style and self._endnotes_restart(i, number)
            restart = new_run or (_style(m) == self.style and self._parallel_restart(i, number))
            if restart:
                pass  # the same notes again, in the article's other language
            elif not self._acceptable(number) or _style(m) != self.style:
                if not (m.group("num") and m.group("sep") is None and self.style == "space"):
                    return None
                if not self._acceptable(number):
                    return None
            rest = text[m.end():].strip()
            if not rest or (rest[0].isdigit() and not (
                    number == self.expected and _DIGIT_LED_CITATION.match(rest))):
                return None
            if number != self.expected and not (rest[0].isupper() or rest[0] in "„“\"‘'«(["):
                return None
            if number != self.expected and not restart and self.state in ("note", "bio") and i > 0 and (
                _open_ended(self.lines[i - 1].text)
            ):
                return None  # a jump in the numbering inside an unfinished note: its text
            before = i - 1
            while before >= 0 and (self.furniture[before] or not self.lines[before].text.strip()):
                before -= 1
            previous = self.lines[before].text.strip() if before >= 0 else ""
            if before >= i - 3 and " " in previous and _NUMBER_GOES_ON.search(previous):
                return None  # "(artt. 10 e" / "11 del regolamento)": the sentence goes on
            if number < self.expected and not new_run and not (
                rest[0].isupper() and (before < i - 1 or _TERMINAL.search(previous))
            ):
                return None  # a late note starts clear of a sentence: not "30 (discussing …"
            if _style(m) == "dot" and len(rest) < 60 and not _TERMINAL.search(rest):
                return None  # a numbered heading
            if _MONTH_START.match(rest) and (
                self.state != "note" or (i > 0 and _open_ended(self.lines[i - 1].text))
            ):
                return None  # "1 January 1990 was …", "(last visited" / "9 April 2009)": dates
            return number, ln.start + m.end()
        bare = _BARE_NUMBER.match(text)
        # (a late note never stands alone: a bare number below the expected is a page's)
        # (before the first note only the number due, and only after its marker: OpenEdition numbers
        # its paragraphs in the margin, "1" / "Dans les années 1560 …", "2" / "Les sources …")
        if bare and _number(bare.group(1)) >= self.expected and self._acceptable(
                _number(bare.group(1))) and (self.notes or self._bare_first_note(_number(bare.group(1)))):
            following = self._next_text_line(i)
            before = i - 1
            while before >= 0 and not self.lines[before].text.strip():
                before -= 1
            if (
                following is not None
                and not any(self.lines[j].page_break for j in range(i + 1, following + 1))
                and not self.furniture[following]
                and not _BARE_NUMBER.match(self.lines[following].text)
                and (before < 0 or not self.furniture[before])
            ):
                return _number(bare.group(1)), self.lines[following].start
        return None

    def _bare_first_note(self, number: int) -> bool:
        """May a number alone on its line start the first note?  Only the one due (or an excerpt's
        first, its lowest marker), after its marker."""
        if not self.first_needs_marker:
            return number == self.expected
        if number in self.markers and number in (self.expected, min(self.markers)):
            return True
        self.bare_refused = True  # (a text without markers tries again without this rule)
        return False

    def _fused_to_number(self, text: str, m: re.Match[str], number: int) -> int | None:
        """Where the text starts when the expected number is fused to a note that
        opens with a number: "171 Mose 9,6 …" is note 17, "1 Mose 9,6 …"."""
        digits = m.group("num")
        expected = str(self.expected)
        if (not digits or m.group("sep") or self._acceptable(number) or len(digits) <= len(expected)
                or not digits.startswith(expected) or not self._acceptable(self.expected)
                or _CAPITALS_HEAD.match(text.strip()) is not None):
            return None  # (nor is a head of capitals and its page number: "46 JOURNAL OF … STUDIES")
        at = m.start("num") + len(expected)
        return at if _DIGIT_LED_CITATION.match(text, at) else None

    def _next_text_line(self, i: int) -> int | None:
        """The next non-blank line after ``i`` (pdftotext puts blank lines in between)."""
        for j in range(i + 1, min(i + 4, len(self.lines))):
            if self.lines[j].text.strip():
                return j
        return None

    def _record_markers(self, i: int, start: int = 0, end: int | None = None) -> None:
        text = self.lines[i].text
        end = len(text) if end is None else end
        if _DIGIT.search(text, start, end) is None:
            return
        found: list[int] = []
        for m in _FUSED_MARKER.finditer(text, start, end):
            found.append(_number(m.group(1)))
        for m in _SPACED_MARKER.finditer(text, start, end):
            if _is_marker(text, m.start()):
                found.append(int(m.group(1)))
        if self.style in ("paren", "bracket"):
            marker = _PAREN_MARKER if self.style == "paren" else _BRACKET_MARKER
            found.extend(int(m.group(1)) for m in marker.finditer(text, start, end)
                         if _is_marker(text, m.start()))
        if found:
            self.markers.update(found)
            self.markers_since_note.update(found)
            self.line_markers[i] = found
            self.any_markers = True

    def _start_note(self, number: int, index: int, start: int, end: int) -> None:
        self.markers_since_note = set()
        late = number < self.expected and number in self.skipped
        if late:
            self.skipped.discard(number)
        elif number < self.expected:
            self.expected = number  # a parallel translation's notes (see _parallel_restart)
        elif number != self.expected:  # reported in layout() unless pass two fills the gap
            self._gaps.append((index, self.expected, number))
            if number - self.expected <= 40:
                self.skipped.update(range(self.expected, number))
        self._flush_bio()
        self.notes.append(_NoteBuild(str(number), index, [(start, end)] if end > start else [],
                                     late))
        self._started.add(str(number))
        self.labels[index] = "note"
        if not late:
            self.expected = number + 1
        self.state = "note"

    def _start_bare_note(self, number: int, i: int) -> int:
        """A note whose number stands alone on line ``i``: its text starts on the next."""
        following = self._next_text_line(i)
        assert following is not None  # _note_start checked it
        after = self.lines[following]
        self._start_note(number, i, after.start, after.end)
        self.labels[following] = "note"
        return following

    def _bio_starts(self, i: int) -> bool:
        """"* Professor of …" -- or a lone "*" (or †) with the note on the next line."""
        text = self.lines[i].text
        if _BIO_START.match(text):
            return _BIO_WORDS.search(text) is not None
        if text.strip() in _NOTE_SYMBOLS or text.strip() in ("**", "∗∗", "††"):
            following = self._next_text_line(i)
            return following is not None and _BIO_WORDS.search(
                self.lines[following].text) is not None
        return False

    def _flush_bio(self) -> None:
        if self.bio_lines:
            first = self.bio_lines[0]
            text = clean_note_text([self.lines[i].text for i in self.bio_lines])
            self.bio.append((first, text))
            for i in self.bio_lines:
                self.labels[i] = "bio"
            self.bio_lines = []

    # -- pass one ------------------------------------------------------------
    def run(self) -> None:
        front = self._front_end()
        for i in range(front):
            if self.labels[i] != "blank":
                self.labels[i] = "front"
        skip_to = -1
        for i in range(front, len(self.lines)):
            ln = self.lines[i]
            if self.labels[i] == "blank" or i <= skip_to:
                continue
            if ln.page_break:
                self._page_break()
            if not self._in_endnotes and _NOTES_HEADING.match(ln.text.strip()):
                self._in_endnotes = True  # a book's or chapter's endnotes follow
            if self.furniture[i] and not (
                _BARE_NUMBER.match(ln.text) and self._note_start(i) is not None
            ):
                self.labels[i] = "furniture"
                self._page_break()
                continue
            if self.paragraph_mode:
                self._paragraph(i)
            else:
                skip_to = self._line(i)
        self._page_break()
        self._flush_bio()

    def _page_break(self) -> None:
        if self.state == "note":
            self.state = "body"
            self._cut_pending = len(self.notes) - 1
            pieces = self.notes[-1].pieces
            if self.paragraph_mode and pieces and _open_ended(self.text[slice(*pieces[-1])]):
                self._cut_open = len(self.notes) - 1
        elif self.state == "bio":
            self._flush_bio()
            self.state = "body"

    def _line(self, i: int) -> int:
        """Handle line ``i``; returns the last line it consumed."""
        ln = self.lines[i]
        if self.zone is not None:
            return self._zoned_line(i)
        start = self._note_start(i)
        if start is not None and self._numbered_affiliation(i, *start):
            return self._affiliation_block(i)
        if start is not None:
            number, offset = start
            if offset > ln.end:  # the number stood alone: its text is the next line
                return self._start_bare_note(number, i)
            self._start_note(number, i, offset, ln.end)
            return i
        if self._cut_pending >= 0:
            self.cut_note[i] = self._cut_pending
            self._cut_pending = -1
        if self.state == "body" and self._starts_after_body(i):
            return i
        if self._late_affiliation(i):
            self.state = "body"
            return self._affiliation_block(i)
        if self.state == "note" and (_END_MATTER_HEADING.match(ln.text) or self._end_matter_line(i)
                                     or self._reference_list(i)):
            self.state = "body"  # "Per citare questo articolo", "RÉSUMÉS", a reference list: the notes have ended
        if self.state == "note" and self._paragraph_gap(i) and self._announces_notes(ln.text, 0):
            self.state = "body"  # the body goes on below the notes (a column's foot)
        if self.state == "note" and not self.lines[i - 1].text.strip() and _BIO_SENTENCE.match(ln.text) and (
                _BIO_WORDS.search(ln.text)):
            # "Lucía Carvajal is assistant professor of history at …" after the last endnote, a blank line
            # between (Duke's, Chicago's journals): the author's biography, no note's text
            self.state = "bio"
            self.bio_lines = [i]
            self.labels[i] = "bio"
            return i
        if self.state == "note" and ((_BIO_START.match(ln.text) and self._author_block(i)) or self._signature(i)):
            # "* Anna Novak" / "anna.novak@…" / "1 Department of History, …" below page 1's notes
            self.state = "bio"
            self.bio_lines = [i]
            self.labels[i] = "bio"
            return i
        if self.state == "note":
            self.notes[-1].pieces.append((ln.start, ln.end))
            self.labels[i] = "note"
        elif self.state == "bio":
            previous = self.lines[self.bio_lines[-1]].text
            widest = max(len(self.lines[j].text) for j in self.bio_lines)
            if (_TERMINAL.search(previous) and len(previous) < 0.85 * widest) or (
                    self._bio_starts(i)):
                self._flush_bio()  # the author's note ended with a short last line
                self.state = "body"
                if self._bio_starts(i):  # the next author's note: "∗ Professor …" / "† …"
                    self.state = "bio"
                    self.bio_lines = [i]
                    self.labels[i] = "bio"
                    return i
                self._record_markers(i)
                return i
            self.bio_lines.append(i)
            self.labels[i] = "bio"
            if len(self.bio_lines) > 8:  # not an author note after all
                for j in self.bio_lines:
                    self.labels[j] = "body"
                self.bio_lines = []
                self.state = "body"
        elif not self.notes and self._bio_starts(i):
            self.state = "bio"
            self.bio_lines = [i]
            self.labels[i] = "bio"
        else:
            self._record_markers(i)
        return i

    def _zoned_line(self, i: int) -> int:
        """Line ``i`` when the PDF's font sizes say where the notes zone is."""
        ln = self.lines[i]
        if not self.zone or not self.zone[i]:  # body: a note open before ends here
            if self.state == "note":
                self.state = "body"
            self._flush_bio()
            self._record_markers(i)
            return i
        start = self._note_start(i)
        consumed = i
        if start is not None:
            number, offset = start
            if offset > ln.end:
                return self._start_bare_note(number, i)
            self._start_note(number, i, offset, ln.end)
        elif self.notes:  # a note's next line, or its continuation on a new page
            self.notes[-1].pieces.append((ln.start, ln.end))
            self.labels[i] = "note"
            self.state = "note"
        else:  # small type before the first note: the author's note
            if self.bio_lines and _BIO_START.match(ln.text):
                self._flush_bio()  # the next author's note: "∗ Professor …" / "† …"
            self.bio_lines.append(i)
            self.labels[i] = "bio"
            return consumed
        self._split_joined_notes(i)
        return consumed

    def _split_joined_notes(self, i: int) -> None:
        """PDFium may join short notes set side by side into one line: "….  26 Vgl …"."""
        ln = self.lines[i]
        note = self.notes[-1]
        a, _ = note.pieces[-1]
        for m in _JOINED_START.finditer(self.text, a, ln.end):
            if int(m.group(1)) != self.expected:
                continue
            note.pieces[-1] = (note.pieces[-1][0], m.start())
            self._start_note(self.expected, i, m.end(), ln.end)
            note = self.notes[-1]

    def _paragraph(self, i: int) -> None:
        """A long line holding a whole paragraph: notes may start inside it."""
        ln = self.lines[i]
        text = ln.text
        if not self.notes and self.state == "body" and _BIO_START.match(text) and _is_bio(text):
            # "* Dr. Johanna Feldmann ist …" on its own line before note 1: the author's note
            self.bio.append((i, clean_note_text([text])))
            self.labels[i] = "bio"
            return
        if self.state == "body" and self._starts_after_body(i):
            return
        if self.state == "note" and (_END_MATTER_HEADING.match(text) or self._end_matter_line(i)):
            self.state = "body"  # the article's "how to cite" block or abstracts after the notes
        segment_start = self.fused[i]
        if segment_start and self._note_not_head(text[:segment_start]):
            segment_start = 0
        started = False
        starts = _MID_START_DOT if self.style == "dot" else _MID_START
        if self.state == "note" and self._announces_notes(text, segment_start):
            self.state = "body"  # a body paragraph after the notes, not the last note's rest
        for m in starts.finditer(text, segment_start):
            number = int(m.group(1))
            if number != self.expected:
                continue
            if (started or self.state == "note") and m.start() > 0 and _NOTE_END_BEFORE.search(
                    text, 0, m.start()) is None:
                continue  # inside a note, the next starts after its end: not "ADR, 3 E 4522"
            if self.any_markers and number not in self.markers:
                continue
            if not started:
                body_end = m.start()
                if number == 1 and not self.notes:
                    body_end = self._maybe_bio(i, segment_start, body_end)
                elif self._cut_open == len(self.notes) - 1 >= 0 and self.state == "body":
                    body_end = self._continuation(i, segment_start, body_end)
                self._paragraph_segment(i, segment_start, body_end)
                self._cut_open = -1
            # the note runs to the paragraph's end or to the next start in it
            self._start_note(number, i, ln.start + m.end(), ln.end)
            segment_start = m.end()
            started = True
        if not started:
            self._paragraph_segment(i, segment_start, len(text))
        else:
            self._fix_pieces(i)

    def _starts_after_body(self, i: int) -> bool:
        """pdftotext may set the page's last body line and its first note on one line:
        "… Wenn je23 Vgl.: Steinhauer, ZGE 2 (2010), S. 55–74." -- the expected
        number fused to a word, a citation after it, and the next note on the next line.
        The line's body part stays in the body."""
        text = self.lines[i].text
        expected = str(self.expected)
        if expected not in text or self.expected not in self.markers:
            return False
        following = self._next_text_line(i)
        if following is None:
            return False
        m = _LINE_START.match(self.lines[following].text)
        if m is None or (m.group("bnum") or m.group("num")) != str(self.expected + 1):
            return False
        found = list(re.finditer(rf"(?<=[^\W\d_]){expected}\s+(?=\S)", text))
        fused = found[-1] if found else None
        if fused is None or fused.start() < 20 or not _CITATION_CUE.match(text[fused.end():]):
            return False
        self._record_markers(i, 0, fused.start())
        self.body_parts[i] = [(0, fused.start())]
        ln = self.lines[i]
        self._start_note(self.expected, i, ln.start + fused.end(), ln.end)
        return True

    def _numbered_affiliation(self, i: int, number: int, offset: int) -> bool:
        """Is line ``i``, before any note, an author's affiliation numbered like a note ("Anand Krishnan1" /
        "1 Department of History, University of Hyderabad, …", as SAGE prints them under the title)?

        It names an institution first, and a line further on starts the same number again: the note.
        """
        if self.notes or offset > self.lines[i].end or _AFFILIATION_START.match(self.text, offset) is None:
            return False
        again = str(number)
        for j in range(i + 1, min(i + _AFFILIATION_REACH, len(self.lines))):
            m = _LINE_START.match(self.lines[j].text)
            if m and (m.group("bnum") or m.group("num")) == again:
                return True
        return False

    def _late_affiliation(self, i: int) -> bool:
        """Is line ``i`` the author's affiliation numbered like a note but printed under page 1's notes (SAGE:
        "1 Department of History, University of Hyderabad, …" after notes 1 and 2)?  A number already used, an
        institution first, a blank line above."""
        if self.state != "note" or i == 0 or self.lines[i - 1].text.strip():
            return False
        m = _LINE_START.match(self.lines[i].text)
        if m is None or m.group("bnum") or _number(m.group("num")) >= self.expected - 1:
            return False
        return _AFFILIATION_START.match(self.lines[i].text, m.end()) is not None

    def _affiliation_block(self, i: int) -> int:
        """Line ``i`` and the lines set with it (up to a blank line or page break) are the author's
        affiliation (``X102``); returns the last of them."""
        end = i
        while end + 1 < len(self.lines) and self.lines[end + 1].text.strip() and not self.lines[end + 1].page_break \
                and _LINE_START.match(self.lines[end + 1].text) is None:
            end += 1
        self.bio.append((i, clean_note_text([self.lines[j].text for j in range(i, end + 1)])))
        for j in range(i, end + 1):
            self.labels[j] = "bio"
        return end

    def _signature(self, i: int) -> bool:
        """Is line ``i`` the author signing the article, a name in capitals after a blank line, the
        affiliation or e-mail under it ("JOHN PETERSEN" / "University of Bristol", as the Classical Quarterly
        and the English Historical Review print it)?"""
        text = self.lines[i].text.strip()
        if (not text.isupper() or self.lines[i - 1].text.strip() or _SIGNATURE.match(text) is None
                or i + 1 >= len(self.lines)):
            return False
        below = self.lines[i + 1].text
        return _AFFILIATION_START.search(below) is not None or _EMAIL.search(below) is not None

    def _author_block(self, i: int) -> bool:
        """Do line ``i`` and the two after it name an author: an e-mail, an affiliation?"""
        block = " ".join(self.lines[j].text for j in range(i, min(i + 3, len(self.lines))))
        return _BIO_WORDS.search(block) is not None or _EMAIL.search(block) is not None

    def _end_matter_line(self, i: int) -> bool:
        """Is line ``i`` a labelled line of the end matter ("Recebido: …", "Como citar este artigo: …") after a
        blank line (or first on its page)?"""
        text = self.lines[i].text.strip()
        m = _END_MATTER_LINE.match(text)
        if m is None:
            return False
        if i == 0 or self.lines[i].page_break or not self.lines[i - 1].text.strip():
            return True
        # right under the last note: the label with its capital, and the citation's label or a date
        return text[:1].isupper() and (_HOW_TO_CITE_LABEL.match(text) is not None
                                       or _YEAR_IN_LINE.search(text) is not None)

    def _reference_list(self, i: int) -> bool:
        """Does a reference list start at line ``i``, right under the last endnote (Taylor & Francis print it
        there)?  Its heading ("References") or, with none, two author-date entries in a row after a finished
        note ("Brown, Alice. 2015. The Company Army. …" / "Jones, Peter. 2012. …")."""
        text = self.lines[i].text
        if _REFERENCE_HEADING.match(text):
            return True
        if i == 0 or _AUTHOR_DATE_ENTRY.match(text) is None or _TERMINAL.search(self.lines[i - 1].text) is None:
            return False
        following = next((ln.text for ln in self.lines[i + 1:i + 4] if ln.text.strip()), "")
        return _AUTHOR_DATE_ENTRY.match(following) is not None and following > text  # (in alphabetical order)

    def _paragraph_gap(self, i: int) -> bool:
        """Does line ``i`` open a paragraph: a blank line or a finished sentence above it?"""
        return i > 0 and (not self.lines[i - 1].text.strip() or _TERMINAL.search(
            self.lines[i - 1].text) is not None)

    def _announces_notes(self, text: str, start: int) -> bool:
        """Does a paragraph hold the body's markers of the notes still to come
        ("… by the merchants themselves,4 and …") before any note starts in it?"""
        if _LINE_START.match(text, start):
            return False
        return any(self.expected <= _number(m.group(1)) <= self.expected + 2
                   and _MARKER_END.match(text, m.end()) is not None and _is_marker(text, m.start())
                   for m in _FUSED_MARKER.finditer(text, start))

    def _note_not_head(self, head: str) -> bool:
        """Is a "fused running head" the start of the next note ("10 ADR, 3 E 4522, 4 juin …")?

        Its number is the note due, its marker is in the body, and its capitals
        are a shelf-mark or siglum, not a head's words (two words at least).
        """
        m = re.match(r"(\d{1,3})\s", head)
        if m is None or int(m.group(1)) != self.expected or int(m.group(1)) not in self.markers:
            return False
        return len(re.findall(r"[^\W\d_]{2,}", head)) < 2

    def _paragraph_segment(self, i: int, start: int, end: int) -> None:
        """Text of paragraph ``i`` from ``start`` to ``end`` before any note start in it."""
        ln = self.lines[i]
        if start >= end or not ln.text[start:end].strip():
            return
        if self.state == "note":
            self.notes[-1].pieces.append((ln.start + start, ln.start + end))
            self.labels[i] = "note"
        else:
            self._record_markers(i, start, end)
            self.body_parts.setdefault(i, []).append((start, end))

    def _maybe_bio(self, i: int, start: int, end: int) -> int:
        """The text before note 1 in its paragraph may end with the author's note.

        Returns where the body's part of the text ends (the bio's start, if any).
        """
        segment = self.lines[i].text[start:end]
        starts = [0] + [m.end() for m in _SENTENCE_END.finditer(segment)]
        for pos in starts:
            if _is_bio(segment[pos:]):
                self.bio.append((i, clean_note_text([segment[pos:]])))
                return start + pos
        return end

    def _continuation(self, i: int, start: int, end: int) -> int:
        """Where the rest of the note a page break cut begins, in the text before the next note.

        pdftotext sets the notes of a page as one paragraph, so the cut note's
        rest ("Review, 27, 2009, 3, pp. 455–82.") opens the paragraph holding
        the next note -- or stands as its own paragraph just before it.  The
        rest is the text after the body's last note marker, from the first
        sentence start that reads like a reference's end (see
        :func:`_reads_as_note_rest`).  Returns ``end`` when there is none; what
        is not taken stays in the body.
        """
        text = self.lines[i].text
        cut = self.notes[self._cut_open]
        if not text[start:end].strip():
            # the rest may be the paragraph just before the note's own
            j = i - 1
            while j >= 0 and self.labels[j] == "blank":
                j -= 1
            last_piece_line = max((self._line_of(b) for _, b in cut.pieces), default=-1)
            if (j > last_piece_line and self.labels[j] == "body" and not self.furniture[j]
                    and not self.lines[i].page_break):
                j_start = self.fused[j]
                rest = self._rest_start(self.lines[j].text, j_start, len(self.lines[j].text))
                if rest is not None:
                    self._take_rest(cut, j, rest)
            return end
        rest = self._rest_start(text, start, end)
        if rest is None:
            return end
        ln = self.lines[i]
        cut.pieces.append((ln.start + rest, ln.start + end))
        return rest

    def _take_rest(self, cut: _NoteBuild, j: int, rest: int) -> None:
        """Give the text of body line ``j`` from ``rest`` on to the note ``cut``."""
        ln = self.lines[j]
        cut.pieces.append((ln.start + rest, ln.end))
        kept = [(a, min(b, rest)) for a, b in self.body_parts.get(j, [(self.fused[j], len(ln.text))])
                if a < rest]
        self.body_parts[j] = kept
        self.labels[j] = "note"

    def _line_of(self, offset: int) -> int:
        """The index of the line holding text offset ``offset``."""
        return bisect.bisect_right(self._line_starts, offset) - 1

    @staticmethod
    def _rest_start(text: str, start: int, end: int) -> int | None:
        """The offset in ``text[start:end]`` where a cut note's rest starts, if it holds one."""
        floor = start
        for m in _FUSED_MARKER.finditer(text, start, end):
            floor = m.end()  # the body's markers stay in the body
        candidates = [floor] + [m.end() for m in _SENTENCE_END.finditer(text, floor, end)]
        for pos in candidates:
            while pos < end and text[pos].isspace():
                pos += 1
            if pos < end and _reads_as_note_rest(text[pos:end]):
                return pos
        return None

    def _fix_pieces(self, i: int) -> None:
        """Notes that start in the same paragraph end where the next one starts."""
        in_line: list[_NoteBuild] = []
        for build in reversed(self.notes):
            if build.line != i:
                break
            in_line.insert(0, build)
        for a, b in itertools.pairwise(in_line):
            start_b = b.pieces[0][0]
            end = self.text.rfind(b.number, a.pieces[0][0], start_b)
            end = end if end > 0 else start_b
            while end > a.pieces[0][0] and self.text[end - 1].isspace():
                end -= 1
            a.pieces[0] = (a.pieces[0][0], end)

    # -- number columns ------------------------------------------------------
    def read_number_columns(self) -> None:
        """Notes whose numbers pdftotext printed as a column of their own.

        A page that sets its note numbers in a separate column (a hanging
        indent) comes out as a column of bare consecutive numbers ("8", "9",
        "10" …, blank lines between) followed by the notes' text without
        numbers.  The numbers were taken for page numbers (furniture); the text
        after them, up to the next blank line or furniture, holds exactly that
        many notes, split where a line ends a sentence and the next one starts
        anew (the shortest such lines first).  Parallel translations repeat
        the numbers; each column numbers its own text.  The numbers must be the
        body's markers, go on from the notes before (a page's single note may
        be missed: up to two numbers between; page numbers do not) and
        mostly be missing among the numbered notes (a table's rows are not).
        """
        if self.paragraph_mode or self.zone is not None:
            return
        i = 0
        added = False
        numbered = {_as_int(b.number) for b in self.notes}  # notes with their numbers printed
        #: the number of the latest note read from a column (a page's single note may follow it)
        column_high = -1
        while i < len(self.lines):
            column, after = self._number_column(i)
            if not column or (len(column) < 2 and column[0] != column_high + 1):
                i += 1
                continue
            high = max((_as_int(b.number) for b in self.notes if b.line < i), default=0)
            if len(column) < 2 and column[0] != high + 1:
                i += 1
                continue
            if column[0] > high + 3 or not all(n in self.markers for n in column) or (
                    2 * sum(n in numbered for n in column) > len(column)):
                # page numbers ("84", "85" of facing pages) follow no note and have no markers; the
                # rows of a table ("1", "2", "3") number notes that are printed with their numbers
                i += 1
                continue
            block = self._column_text(after)
            bounds = self._column_bounds(block, len(column)) if len(block) >= len(column) else None
            if bounds is not None:
                for number, (a, b) in zip(column, itertools.pairwise([0, *bounds, len(block)]), strict=True):
                    build = _NoteBuild(str(number), block[a], [])
                    for j in block[a:b]:
                        self._append(build, j)
                    self.notes.append(build)
                    self._started.add(str(number))
                added = True
                column_high = column[-1]
                self.diagnostics.append(Diagnostic(
                    "X105", (f"notes {column[0]}-{column[-1]}" if len(column) > 1 else f"note {column[0]}")
                    + " printed without their numbers; numbered "
                    "from the column of numbers printed apart from them", path=self.path,
                    line=block[0] + 1, raw=self.lines[block[0]].text[:200]))
            i = max(after, i + 1)
        if added:
            self.notes.sort(key=lambda build: build.line)

    def _number_column(self, i: int) -> tuple[list[int], int]:
        """The consecutive bare numbers (page furniture so far) from line ``i``, and the line after."""
        numbers: list[int] = []
        j = i
        last = i
        while j < len(self.lines):
            text = self.lines[j].text
            if not text.strip():
                if j - last > 2:
                    break
                j += 1
                continue
            bare = _BARE_NUMBER.match(text)
            if not bare or self.labels[j] != "furniture" or (
                    numbers and _number(bare.group(1)) != numbers[-1] + 1):
                break
            numbers.append(_number(bare.group(1)))
            last = j
            j += 1
        return numbers, last + 1

    def _column_text(self, i: int) -> list[int]:
        """The body lines after a number column: past blank lines and a few furniture lines,
        up to the next blank line or furniture."""
        j = i
        skipped = 0
        while j < len(self.lines) and (not self.lines[j].text.strip() or self.labels[j] == "furniture"):
            skipped += self.labels[j] == "furniture"
            if skipped > 3:
                return []
            j += 1
        block: list[int] = []
        while j < len(self.lines) and self.labels[j] == "body" and self.lines[j].text.strip() and (
                not self.lines[j].page_break):
            block.append(j)
            j += 1
        return block

    def _column_bounds(self, block: list[int], count: int) -> list[int] | None:
        """Where in ``block`` (positions) notes 2 … ``count`` start, or None when it cannot say."""
        candidates: list[tuple[float, int]] = []
        for pos in range(1, len(block)):
            prev = self.lines[block[pos - 1]].text.rstrip()
            text = self.lines[block[pos]].text.lstrip()
            if not _TERMINAL.search(prev) or not text[:1] or not (
                    text[0].isupper() or text[0].isdigit() or text[0] in _OPENS_NOTE):
                continue
            if _ORDINAL_END.search(prev):
                continue  # "… zum 70." / "Geburtstag …": an ordinal, not the end of a note
            # a note's last line is often short; a cue ("RW 281", "Ibid.", "See") opens a note
            candidates.append((len(prev) - 20 * _cue(text), pos))
        if len(candidates) < count - 1:
            return None
        if not any(_cue(self.lines[j].text) or _YEAR_IN_LINE.search(self.lines[j].text) for j in block):
            return None  # no citation anywhere: not notes
        return sorted(pos for _, pos in sorted(candidates)[: count - 1])

    # -- pass two --------------------------------------------------------------
    def resolve_tails(self) -> None:
        """Give each run of body lines' note-like tail to the notes it belongs to."""
        if self.paragraph_mode or self.zone is not None or not self.notes:
            return
        note_lengths = [len(self.lines[i].text) for i, lab in enumerate(self.labels)
                        if lab == "note"]
        body_lengths = [len(self.lines[i].text) for i, lab in enumerate(self.labels)
                        if lab == "body"]
        model = _LengthModel(_typical(note_lengths), _typical(body_lengths))
        starts = {build.line: k for k, build in enumerate(self.notes)}
        self._high = _running_high(self.notes)
        self._found = len(self.notes)  # notes added below (unnumbered) come after these
        run: list[int] = []
        last_note = -1  # index of the latest note started before the run
        for i, label in enumerate(self.labels):
            if label == "blank":
                continue
            if label == "body":
                run.append(i)
                continue
            if run and label == "furniture" and self._margin_number(i):
                continue  # a paragraph's number in the margin (OpenEdition): the page goes on
            if run:
                next_note = starts.get(i) if label == "note" else None
                self._resolve_run(run, last_note, next_note, model)
                run = []
            if label == "note" and i in starts:
                last_note = starts[i]
        if run:
            self._resolve_run(run, last_note, None, model)
        self._split_lost_numbers(model)

    def _margin_number(self, i: int) -> bool:
        """Is furniture line ``i`` a number alone between two body paragraphs of one page?

        OpenEdition numbers its paragraphs in the margin; pdftotext sets each number on a line of
        its own.  Only in a text whose pages end in form feeds can a page number be told from it:
        a page number stands next to one, or next to other furniture.
        """
        if _BARE_NUMBER.match(self.lines[i].text) is None or not self.form_feeds or any(
                ln.page_break for ln in self.lines[max(0, i - 3): i + 4]):
            return False
        neighbours = [self._next_text_line(i), self._previous_text_line(i)]
        return all(j is not None and self.labels[j] == "body" and not self.lines[j].page_break
                   for j in neighbours)

    def _previous_text_line(self, i: int) -> int | None:
        """The previous non-blank line before ``i``."""
        for j in range(i - 1, max(i - 4, -1), -1):
            if self.lines[j].text.strip():
                return j
        return None

    def _split_lost_numbers(self, model: _LengthModel) -> None:
        """A jump in the numbering that no note filled may be a note whose number
        the PDF lost, read as the end of the note before it: "8 See infra notes
        34-44." / "In the early sixteenth century, …" (no "9") / "10 …".  When
        the body has the missing markers and the note before the jump falls into
        exactly one block more than numbers are missing (a new block after a
        short line ending a sentence, see :meth:`_blocks`), the blocks become
        the missing notes (``X105``)."""
        found = {build.number for build in self.notes}
        by_number: dict[str, list[_NoteBuild]] = {}
        for build in self.notes:
            by_number.setdefault(build.number, []).append(build)
        for index, expected, number in self._gaps:
            missing = [n for n in range(expected, number) if str(n) not in found]
            if not missing or len(missing) > 3 or missing != list(range(expected, number)):
                continue
            if not all(n in self.markers for n in missing):
                continue
            before = by_number.get(str(expected - 1), [])
            if len(before) != 1 or before[0].line >= index:
                continue
            build = before[0]
            lines = sorted({self._line_of(a) for a, _ in build.pieces})
            blocks = self._blocks(lines, model) if len(lines) > 1 else []
            if len(blocks) != len(missing) + 1 or not all(
                self._adjacent(a[-1], b[0]) for a, b in itertools.pairwise(blocks)
            ):
                continue  # (across a page break the note goes on)
            owner = {j: k for k, block in enumerate(blocks) for j in block}
            split: list[list[tuple[int, int]]] = [[] for _ in blocks]
            for piece in build.pieces:
                split[owner.get(self._line_of(piece[0]), 0)].append(piece)
            build.pieces = split[0]
            for n, block, pieces in zip(missing, blocks[1:], split[1:], strict=True):
                self.notes.append(_NoteBuild(str(n), block[0], pieces))
                found.add(str(n))
            first = self.lines[blocks[1][0]]
            self.diagnostics.append(Diagnostic(
                "X105", f"note(s) {missing[0]}-{missing[-1]} printed without their numbers; "
                "numbered from the body's markers", path=self.path, line=blocks[1][0] + 1,
                raw=first.text[:200]))

    def _adjacent(self, first: int, second: int) -> bool:
        """Are lines ``first`` < ``second`` on one page, with only blank lines between?"""
        return all(self.labels[j] == "blank" for j in range(first + 1, second)) and not any(
            self.lines[j].page_break for j in range(first + 1, second + 1))

    def _resolve_run(
        self, run: list[int], last_note: int, next_note: int | None, model: _LengthModel
    ) -> None:
        if last_note < 0:
            return  # before the first note: front matter and the author's note
        cut = self.cut_note.get(run[0], -1)
        previous = self.notes[last_note]
        if next_note is not None and _restarts(previous, self.notes[next_note]):
            return  # a chapter's body before its notes, numbered from 1 again
        prev_number = self._high[last_note] if last_note < len(self._high) else _as_int(
            previous.number)
        if next_note is not None:
            missing = _as_int(self.notes[next_note].number) - prev_number - 1
        else:
            present = {m for i in run for m in self.line_markers.get(i, ())}
            # the markers of this page's notes follow each other; a stray number
            # in a note ("50 QUESTIONS ON THE NATURAL LAW") breaks the chain
            later = sorted(m for m in present if prev_number < m <= prev_number + 20)
            top = later[0] if later else prev_number
            for m in later[1:]:
                if m - top > 2:
                    break
                top = m
            missing = top - prev_number
        open_cut = False
        if cut >= 0 and cut == last_note and previous.pieces:
            a, b = previous.pieces[-1]
            # "… Award, 3 September 2001, para." ends in a full stop, but a number must follow
            open_cut = _open_ended(self.text[a:b]) or _NUMBER_GOES_ON.search(self.text[a:b]) is not None
        if not (open_cut or missing > 0 or next_note is not None):
            return
        high = prev_number + missing
        if next_note is not None:  # the markers of every note in this block are in the body
            high = _as_int(self.notes[next_note].number)
            k = next_note + 1
            while k < self._found and self._same_block(self.notes[k - 1].line,
                                                           self.notes[k].line):
                high = max(high, _as_int(self.notes[k].number))
                k += 1
        # a page holding only the cut note's rest (no marker of the notes that
        # follow is in it, so no body text refers to them) may be taken whole
        markers = {m for i in run for m in self.line_markers.get(i, ())}
        whole_run = next_note is not None and not any(prev_number < m <= high for m in markers)
        take = self._tail(run, model, (prev_number, high), open_cut, whole_run, next_note is not None)
        if take == 0 or (take == len(run) and not (open_cut or missing > 0)):
            return
        tail = run[len(run) - take:]
        end_matter = next((k for k, j in enumerate(tail)
                           if _END_MATTER_HEADING.match(self.lines[j].text) or self._end_matter_line(j)), None)
        if end_matter is not None:
            # the platform's end matter (the author, the rights) follows its heading: no note's text,
            # even where markers in its "how to cite" block ("mis en ligne le 10 octobre") look missing
            tail = tail[:end_matter]
            if not tail:
                return
        blocks = self._blocks(tail, model)
        if open_cut:
            for j in blocks.pop(0):
                self._append(previous, j)
        if missing == 0:
            if cut == last_note:
                for block in blocks:
                    for j in block:
                        self._append(previous, j)
            return
        if not blocks:
            return
        # the page's markers say which numbers its unnumbered notes had
        present = {m for i in run for m in self.line_markers.get(i, ())}
        first_number = prev_number + missing
        while first_number - 1 in present and first_number - 1 > prev_number:
            first_number -= 1
        taken = {build.number for build in self.notes}
        numbered = prev_number + missing - first_number + 1 == len(blocks) and not any(
            str(first_number + k) in taken for k in range(len(blocks)))
        for k, block in enumerate(blocks):
            number = str(first_number + k) if numbered else ""
            build = _NoteBuild(number, block[0], [])
            for j in block:
                self._append(build, j)
            self.notes.append(build)
        first = self.lines[blocks[0][0]]
        what = (f"notes {first_number}-{first_number + len(blocks) - 1}" if numbered
                else f"{len(blocks)} note(s)")
        self.diagnostics.append(
            Diagnostic("X105", f"{what} printed without their numbers; numbered from the "
                       "body's markers" if numbered else f"{what} printed without numbers",
                       path=self.path, line=blocks[0][0] + 1, raw=first.text[:200])
        )

    def _same_block(self, first: int, second: int) -> bool:
        """Are lines ``first`` < ``second`` in one run of note lines (no body, no break)?"""
        for j in range(first + 1, second + 1):
            if self.labels[j] in ("body", "furniture") or self.lines[j].page_break:
                return False
        return True

    def _append(self, build: _NoteBuild, j: int) -> None:
        ln = self.lines[j]
        build.pieces.append((ln.start, ln.end))
        self.labels[j] = "note"

    def _tail(
        self, run: list[int], model: _LengthModel, window: tuple[int, int], open_cut: bool = False,
        whole_run: bool = False, closed: bool = False,
    ) -> int:
        """How many lines at the end of ``run`` are notes: the best split of the run.

        Each line votes note (+) or body (-) by its length and citation cues;
        the split maximises the votes of the tail and must leave in the body
        every marker of the notes in ``window`` (their markers precede them).
        """
        low, high = window
        # the page's last note has the highest number: its marker is the body's
        # last (numbers in the notes themselves -- "16 LAW HIST. REV." -- come later)
        floor = 0
        top = low
        for pos, j in enumerate(run):
            for m in self.line_markers.get(j, ()):
                if top < m <= high:
                    top, floor = m, pos + 1
        best, best_take, total = 0.0, 0, 0.0
        for pos in range(len(run) - 1, floor - 1, -1):
            text = self.lines[run[pos]].text
            vote = model.vote(text) + _cue(text)
            if pos == len(run) - 1 and _TERMINAL.search(text):
                vote = max(vote, 0)  # a note's last line may be as short as it likes
            elif pos == len(run) - 1 and closed and _WORD_BROKEN.search(text):
                vote = -3  # a word broken at the line's end, and a note starts below: body
            total += vote
            score = total
            if pos > 0 and run[pos] - run[pos - 1] > 1 and not any(
                self.furniture[k] for k in range(run[pos - 1] + 1, run[pos])
            ):
                score += 1  # pdftotext sets the notes block apart with a blank line
            if pos == 0 and self._number_above(run[0], low, high):
                score += 1  # "5" alone above, taken for a page number: this note's own
            if text.lstrip()[:1].islower() or text.lstrip()[:1].isdigit():
                # a sentence going on: where a body paragraph ends, or right after
                # the page's last marker, the cut note goes on
                if pos > 0 and model.paragraph_end(self.lines[run[pos - 1]].text):
                    score += 2
                if pos == floor and (floor > 0 or (open_cut and whole_run)):
                    score += 2 if open_cut else 1
            elif (open_cut and pos == floor > 0 and _cue(text)
                  and model.paragraph_end(self.lines[run[pos - 1]].text)):
                score += 2  # the cut note's rest may open with a capital ("Law in Flanders’, …")
            if (not open_cut and pos > 0 and run[pos] - run[pos - 1] == 1
                    and text.lstrip()[:1].islower()
                    and _SENTENCE_GOES_ON.search(self.lines[run[pos - 1]].text)):
                score -= 3  # "None of this means that" / "the doctrine …": one sentence
            if score > best:
                best, best_take = score, len(run) - pos
            elif total < best - 10:
                break  # deep in the body: no longer tail can win back ten votes
        return best_take

    def _number_above(self, i: int, low: int, high: int) -> bool:
        """Is the text line above ``i`` a bare number in ``(low, high]`` (a note's lost number)?"""
        j = i - 1
        while j >= 0 and not self.lines[j].text.strip():
            j -= 1
        m = _BARE_NUMBER.match(self.lines[j].text) if j >= 0 else None
        return m is not None and low < int(m.group(1)) <= high

    def _blocks(self, tail: list[int], model: _LengthModel) -> list[list[int]]:
        """Split note lines into notes: a new one after a short line ending a sentence (or a URL)."""
        blocks: list[list[int]] = []
        for j in tail:
            text = self.lines[j].text
            if blocks:
                prev = self.lines[blocks[-1][-1]].text
                url_end = _ENDS_WITH_URL.search(prev) is not None and text.lstrip()[:1] in _OPENS_NOTE
                ends = _TERMINAL.search(prev) is not None
                if url_end or (ends and (model.short(prev) or _CITATION_CUE.match(text))):
                    blocks.append([j])
                    continue
                blocks[-1].append(j)
            else:
                blocks.append([j])
        return blocks

    # -- results ---------------------------------------------------------------
    def _body_lines(self) -> list[str]:
        """The running text: body lines, and the body's parts of lines that hold notes.

        Nothing the reader does not recognise as furniture, cover or note (or
        report as an author's note) is dropped.
        """
        out: list[str] = []
        for i, ln in enumerate(self.lines):
            label = self.labels[i]
            if label == "body":
                out.append(ln.text[self.fused[i]:])
            elif label == "note" and i in self.body_parts:
                kept = " ".join(ln.text[a:b].strip() for a, b in self.body_parts[i])
                if kept.strip():
                    out.append(kept.strip())
        return out

    def _numbered_paragraphs_to_body(self) -> None:
        """Paragraphs numbered at their start ("1 Au lendemain de la révolution …", OpenEdition's
        numbering set inline) read as notes 1, 2, 3 before the real notes, which come together after
        a "Notes" heading and number from 1 again.  Such "notes" hold the body's markers of the real
        ones ("… une acuité nouvelle1."), which no note does: when every note before the endnotes'
        run holds a marker of that run, they are body paragraphs."""
        if not self._in_endnotes:
            return
        ordered = sorted(self.notes, key=lambda b: b.line)
        starts = [k for k, b in enumerate(ordered) if k and b.number == "1" and self._heading_before(b.line)]
        if not starts:
            return
        early, run = ordered[: starts[-1]], {_as_int(b.number) for b in ordered[starts[-1]:] if b.number}
        if not all(self._holds_markers_of(build, run) for build in early):
            return
        for build in early:
            for a, b in build.pieces:
                for i in range(self._line_of(a), self._line_of(max(a, b - 1)) + 1):
                    self.labels[i] = "body"
                    self.body_parts.pop(i, None)
            self.notes.remove(build)

    def _heading_before(self, i: int) -> bool:
        """Is the text line before line ``i`` (blank lines and furniture aside) a notes heading?"""
        j = i - 1
        while j >= 0 and (not self.lines[j].text.strip() or self.furniture[j]):
            j -= 1
        return j >= 0 and _NOTES_HEADING.match(self.lines[j].text.strip()) is not None

    def _holds_markers_of(self, build: _NoteBuild, numbers: set[int]) -> bool:
        text = " ".join(self.text[a:b] for a, b in build.pieces)
        return any(_number(m.group(1)) in numbers and _MARKER_END.match(text, m.end()) is not None
                   and _is_marker(text, m.start()) for m in _FUSED_MARKER.finditer(text))

    def layout(self) -> Layout:
        self.read_number_columns()
        self.resolve_tails()
        self._numbered_paragraphs_to_body()
        notes: list[Note] = []
        for build in _in_reading_order(self.notes):
            pieces = sorted(build.pieces)
            if not pieces:
                self.diagnostics.append(
                    Diagnostic("X104", f"note {build.number} has no text", path=self.path,
                               line=build.line + 1)
                )
                start = self.lines[build.line].end
                notes.append(Note(build.number, "", (start, start), build.line + 1))
                continue
            cleaned = clean_note_text([self.text[a:b] for a, b in pieces])
            notes.append(
                Note(number=build.number, text=cleaned,
                     span=(pieces[0][0], pieces[-1][1]), line=build.line + 1)
            )
        found = {build.number for build in self.notes}
        for index, expected, number in self._gaps:
            if number - expected <= 40 and all(str(n) in found for n in range(expected, number)):
                continue  # notes printed without numbers filled the gap (X105)
            self.diagnostics.append(
                Diagnostic("X101", f"note {number} where note {expected} was expected; "
                           "kept as printed", path=self.path, line=index + 1,
                           raw=self.lines[index].text[:200])
            )
        for index, text in self.bio:
            self.diagnostics.append(
                Diagnostic("X102", "author note (unnumbered) is not a citation note",
                           path=self.path, line=index + 1, severity="info", raw=text)
            )
        if not notes:
            self.diagnostics.append(
                Diagnostic("X103", "no footnotes found", path=self.path, severity="info")
            )
        self.diagnostics.sort(key=lambda d: d.line or 0)
        body = "\n".join(self._body_lines())
        return Layout(self.labels, notes, [t for _, t in self.bio], self.diagnostics, body)


_PROSE_VERB = lazy_compile(
    r"(?i)\b(?:is|are|was|were|had|has|have|would|could|did|does|became|seemed|ist|sind|war|waren|"
    r"hat|hatte|wurde|wurden|è|sono|era|erano|fu|est|sont|était|fut)\b"
)
_REFERENCE_BIT = lazy_compile(
    r"\b(?:1[5-9]\d\d|20\d\d)\b|\d+\s*[-–]\s*\d+|\b(?:pp?|S|vol|Bd|nos?|ed|eds|Hg|Hrsg|cit)\.|"
    r"\bPress\b|\bVerlag\b|\(\d{4}\)|:\s*\d"
)


def _reads_as_note_rest(text: str) -> bool:
    """Does ``text`` read like the end of a reference rather than a body sentence?

    Votes: a sentence going on (lower case or a digit first), citation cues,
    reference parts (years, page ranges, "pp.", "ed."), a closing full stop;
    against: the finite verbs of prose, and length (a note's rest is short).
    """
    stripped = text.strip()
    if not stripped:
        return False
    score = 0
    first = stripped[0]
    if first.islower() or first.isdigit():
        score += 2
    score += _cue(stripped)
    bits = len(_REFERENCE_BIT.findall(stripped))
    score += 2 if bits >= 2 else bits
    if _TERMINAL.search(stripped):
        score += 1
    score -= min(3, len(_PROSE_VERB.findall(stripped)))
    if len(stripped) > 600:
        score -= 2
    return score >= 3


def _restarts(previous: _NoteBuild, build: _NoteBuild) -> bool:
    """Does ``build`` start the numbering again (a chapter's endnotes, a translation's notes)?"""
    return not build.late and bool(build.number) and _as_int(build.number) <= _as_int(previous.number)


def _running_high(builds: list[_NoteBuild]) -> list[int]:
    """The highest note number up to each note, counted afresh where the numbering restarts."""
    high: list[int] = []
    for k, build in enumerate(builds):
        number = _as_int(build.number)
        if k and not _restarts(builds[k - 1], build):
            number = max(number, high[-1])
        high.append(number)
    return high


def _in_reading_order(builds: list[_NoteBuild]) -> list[_NoteBuild]:
    """Notes by line, each late note moved back before the notes numbered above it."""
    ordered = sorted(builds, key=lambda b: b.line)
    for build in [b for b in ordered if b.late]:
        at = ordered.index(build)
        number = _as_int(build.number)
        # unnumbered notes (X105) between are passed over with the higher ones
        while at > 0 and (not ordered[at - 1].number or _as_int(ordered[at - 1].number) > number):
            ordered[at - 1], ordered[at] = ordered[at], ordered[at - 1]
            at -= 1
    return ordered


@dataclass
class _LengthModel:
    """Notes are set smaller: their full lines hold more (or, in a narrow note
    column, fewer) characters than the body's."""

    note: float
    body: float

    def vote(self, text: str) -> int:
        n = len(text)
        if abs(self.note - self.body) < max(4.0, 0.06 * self.body) or self.short(text):
            return 0
        middle = (self.note + self.body) / 2
        return 1 if (n > middle) == (self.note > self.body) else -1

    def paragraph_end(self, text: str) -> bool:
        """A short line ending a sentence (or with a marker): a paragraph's last line."""
        stripped = text.rstrip()
        return (len(stripped) < 0.85 * self.body and bool(stripped)
                and (_TERMINAL.search(stripped) is not None or stripped[-1].isdigit()))

    def short(self, text: str) -> bool:
        return len(text) < 0.8 * min(self.note, self.body)


def _style(m: re.Match[str]) -> str:
    if m.group("open"):
        return "bracket" if m.group("open") == "[" else "paren"
    sep = m.group("sep")
    return "dot" if sep == "." else "paren" if sep == ")" else "space"


def _cue(text: str) -> int:
    return 1 if _CITATION_CUE.search(text) else 0


def _as_int(number: str) -> int:
    try:
        return int(number)
    except ValueError:
        return 0


def _typical(lengths: list[int]) -> float:
    """The length of a full line: the most common length (within ±2) of lines of 20+."""
    counts = Counter(n for n in lengths if n >= 20)
    if not counts:
        return 0.0
    return float(max(counts, key=lambda n: (sum(counts[n + d] for d in range(-2, 3)), n)))


def analyse(
    text: str, path: str = "-", zone: list[bool] | None = None, page_edge: list[bool] | None = None
) -> Layout:
    """Find the notes of ``text`` and label every line.

    ``zone`` (one flag per line, from a PDF's font sizes) says which lines
    stand in a page's notes zone; notes then start and continue only there.
    ``page_edge`` (likewise, from its geometry) says which lines stand at the
    top or foot of their page, where running heads are.
    Notes marked *, †, ‡ … afresh on each page are numbered in order first
    (:mod:`citekit.readers.symbol_notes`, diagnostic ``X106``).
    """
    text, symbol_notes = number_symbol_notes(text, _is_bio)
    scanner = _Scanner(text, path, zone, page_edge=page_edge)
    scanner.run()
    if not scanner.notes and (scanner.any_markers or scanner.bare_refused):
        scanner = _Scanner(text, path, zone, first_needs_marker=False, page_edge=page_edge)
        scanner.run()
    layout = scanner.layout()
    if symbol_notes:
        layout.diagnostics.append(Diagnostic(
            "X106", f"{symbol_notes} notes marked with symbols (*, †, ‡ …) per page: numbered in order",
            path=path, severity="info"))
    return layout


def classify_lines(text: str) -> list[str]:
    """One label per line of ``text`` (split on ``\\n``): body, note, furniture, …"""
    return analyse(text).labels


def _first_note_start(layout: Layout) -> int | None:
    """Where the notes begin, for the cover reader."""
    return min((n.span[0] for n in layout.notes if n.span), default=None)


def read_text_document(text: str, path: str = "-") -> ReaderResult:
    """Read the notes of a plain-text document (e.g. ``pdftotext`` output).

    Two-column pages of ``pdftotext -layout`` text are read column by column
    (:mod:`citekit.readers.columns`); spans then refer to that order.
    """
    from citekit.readers.columns import split_columns
    from citekit.readers.cover import read_cover

    text = split_columns(text)
    layout = analyse(text, path)
    return ReaderResult(
        notes=layout.notes,
        source=read_cover(text, _first_note_start(layout)),
        diagnostics=layout.diagnostics,
        body=layout.body,
    )
