"""Month names of the languages citekit reads: one table for every step that reads a date.

Each step takes the languages its citations use (``month_numbers("fr", "it")``), so that a step for
French and Italian decisions does not take an English "mar" for March.  Abbreviations come without
their full stop, except French notes' own ("20 févr. 2001"), which a step asks for with ``dotted``.
"""

from __future__ import annotations

#: language -> the twelve months, each as its spellings: the names, then after "|" the abbreviations
#: ("novemberr": an OCR slip common enough in the corpora to be read)
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "en": ("january|jan", "february|feb febr", "march|mar", "april|apr", "may", "june|jun", "july|jul",
           "august|aug", "september|sep sept", "october|oct", "november novemberr|nov", "december|dec"),
    "fr": ("janvier|janv", "février fevrier|févr", "mars", "avril", "mai", "juin", "juillet|juil",
           "août aout", "septembre", "octobre", "novembre", "décembre decembre|déc"),
    "de": ("januar|jän", "februar", "märz maerz", "april", "mai", "juni", "juli", "august", "september",
           "oktober|okt", "november", "dezember|dez"),
    "it": ("gennaio|genn gen", "febbraio|febbr", "marzo", "aprile", "maggio|magg", "giugno|giu", "luglio|lug",
           "agosto|ago", "settembre|sett set", "ottobre|ott", "novembre", "dicembre|dic"),
    "es": ("enero|ene", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre setiembre",
           "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "tr": ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
           "aralık"),
    "ru": ("январь",) + ("",) * 11,
    # Polish, Czech, Slovak, Croatian, Serbian (Latin script) and Slovenian: the names and their genitives (a date
    # says "23 lutego 1948", "26. února 1948", "10. travnja 1941."); Hungarian the names ("1919. március 22.")
    "pl": ("styczeń stycznia", "luty lutego", "marzec marca", "kwiecień kwietnia", "maj maja", "czerwiec czerwca",
           "lipiec lipca", "sierpień sierpnia", "wrzesień września", "październik października",
           "listopad listopada", "grudzień grudnia"),
    "cs": ("leden ledna", "únor února", "březen března", "duben dubna", "květen května", "červen června",
           "červenec července", "srpen srpna", "září", "říjen října", "listopad listopadu", "prosinec prosince"),
    "sk": ("január januára", "február februára", "marec marca", "apríl apríla", "máj mája", "jún júna", "júl júla",
           "august augusta", "september septembra", "október októbra", "november novembra", "december decembra"),
    "hu": ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"),
    "hr": ("siječanj siječnja", "veljača veljače", "ožujak ožujka", "travanj travnja", "svibanj svibnja",
           "lipanj lipnja", "srpanj srpnja", "kolovoz kolovoza", "rujan rujna", "listopad listopada",
           "studeni studenoga studenog", "prosinac prosinca"),
    "sr": ("januar januara", "februar februara", "mart marta", "april aprila", "maj maja", "jun juna", "jul jula",
           "avgust avgusta", "septembar septembra", "oktobar oktobra", "novembar novembra", "decembar decembra"),
    "sl": ("januar januarja", "februar februarja", "marec marca", "april aprila", "maj maja", "junij junija",
           "julij julija", "avgust avgusta", "september septembra", "oktober oktobra", "november novembra",
           "december decembra"),
    # Greek, the names and their genitives (a date says "10 Μαΐου 1936"), with and without the diaeresis
    "el": ("ιανουάριος ιανουαρίου", "φεβρουάριος φεβρουαρίου", "μάρτιος μαρτίου", "απρίλιος απριλίου",
           "μάιος μαΐου μαίου", "ιούνιος ιουνίου", "ιούλιος ιουλίου", "αύγουστος αυγούστου",
           "σεπτέμβριος σεπτεμβρίου", "οκτώβριος οκτωβρίου", "νοέμβριος νοεμβρίου", "δεκέμβριος δεκεμβρίου"),
}
#: the abbreviations French notes write with their full stop
_FRENCH_DOTTED = {
    "janv.": 1, "févr.": 2, "fév.": 2, "fevr.": 2, "avr.": 4, "juill.": 7, "juil.": 7, "sept.": 9, "oct.": 10,
    "nov.": 11, "déc.": 12, "dec.": 12,
}


def month_numbers(*languages: str, abbreviations: bool = True, dotted: bool = False) -> dict[str, int]:
    """Lower-case spelling -> month number for ``languages``; with ``abbreviations`` their short forms
    too, with ``dotted`` French notes' abbreviations with their full stop."""
    out: dict[str, int] = {}
    for language in languages:
        for number, spellings in enumerate(_SPELLINGS[language], start=1):
            names, _, short = spellings.partition("|")
            for name in names.split() + (short.split() if abbreviations else []):
                out.setdefault(name, number)
    if dotted:
        for name, number in _FRENCH_DOTTED.items():
            out.setdefault(name, number)
    return out
