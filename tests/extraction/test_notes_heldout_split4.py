"""Whole notes citing primary sources beside the literature, through ``citekit extract --notes``.

The 15 notes were written by the integrator on 2026-11-28 (02:38 UTC) before the fifth extraction
round and kept from its author, whose brief described the domain only. 10 of 15 were right at the
round's start (4662715), and 10 after it. The integrator's rule after the round (a newspaper's
day, then a bare page without a full stop, read as a volume) made it 11/15, a development figure.
The sixth extraction and ninth parser rounds (2026-11-28, 03:50) made 15/15 (with the integrator's classical-work rule in the pipeline), NOT independently: their
briefs listed these notes' failing forms (the diary entry, the year in a short title, the classical
work) from the previous closing note. The title
is checked on the entry a citation points to, so a back-reference's title checks its link. Each case:
the note, then per citation its kind, a word of the title of the work it points to (None: not
compared) and its locator (None: not compared).
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    ('Eleanor Roosevelt to Lorena Hickok, 5 March 1933, Lorena Hickok Papers, Box 1, FDR Library; see also Blanche Wiesen Cook, Eleanor Roosevelt, vol. 1 (New York: Viking, 1992), 480.',
     [('full', None, None), ('full', 'Eleanor Roosevelt', '480')]),
    ('Ibid., 482.',
     [('ibid', 'Eleanor Roosevelt', '482')]),
    ('Interview with Mary Johnson, Leeds, 14 June 2011. Johnson was a shop steward at the Burton factory from 1968 to 1979 and remembered the strike vividly.',
     [('full', None, None)]),
    ('Hansard, HC Deb 12 May 1941, vol. 371, cols 1050–52; The Times, 13 May 1941, 4.',
     [('full', None, None), ('full', None, '4')]),
    ('On the debates in cabinet, see Paul Addison, The Road to 1945: British Politics and the Second World War (London: Cape, 1975), 120–25, and, for the Treasury view, G. C. Peden, British Rearmament and the Treasury, 1932–1939 (Edinburgh: Scottish Academic Press, 1979), 88.',
     [('full', 'Road to 1945', '120-125'), ('full', 'British Rearmament and the Treasury', '88')]),
    ('Addison, Road to 1945, 130; Peden, British Rearmament, 90.',
     [('short', 'Road to 1945', '130'), ('short', 'British Rearmament and the Treasury', '90')]),
    ('Minutes of the Executive Committee, 4 April 1926, TUC Archive, MSS.292/20/9, Modern Records Centre, University of Warwick.',
     [('full', None, None)]),
    ('The phrase was Bevin’s; it appears in none of the official minutes, but every memoir of the strike repeats it.',
     []),
    ('Diary of Beatrice Webb, 4 May 1926, in The Diary of Beatrice Webb, ed. Norman and Jeanne MacKenzie, vol. 4 (London: Virago, 1985), 71; Kingsley Martin, The British Public and the General Strike (London: Hogarth Press, 1926), 33.',
     [('full', 'Diary of Beatrice Webb', '71'), ('full', 'British Public and the General Strike', '33')]),
    ('Webb, Diary, 4:73.',
     [('short', 'Diary of Beatrice Webb', None)]),
    ('Augustine, Confessions 8.12.29; cf. Peter Brown, Augustine of Hippo: A Biography (London: Faber, 1967), 108–10.',
     [('full', 'Confessions', None), ('full', 'Augustine of Hippo', '108-110')]),
    ('Brown, Augustine, 112.',
     [('short', 'Augustine of Hippo', '112')]),
    ('New York Times, 3 September 1939, 1; Chicago Tribune, 3 September 1939, 2.',
     [('full', None, '1'), ('full', None, '2')]),
    ('For the figures, see Census of England and Wales, 1911, vol. 10 (London: HMSO, 1914), table 3; the rural districts are discussed in Alun Howkins, Reshaping Rural England (London: HarperCollins, 1991), 201.',
     [('full', None, None), ('full', 'Reshaping Rural England', '201')]),
    ('Howkins, Reshaping, 205.',
     [('short', 'Reshaping Rural England', '205')]),
]

#: notes still read wrongly, by index, and why
KNOWN_MISSES: dict[int, str] = {}


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])
