"""Bracket matching for marked-up text: LaTeX braces and Markdown brackets, in the readers and the checker."""

from __future__ import annotations


def closing_bracket(text: str, open_at: int, opening: str, closing: str) -> int:
    """Offset of the ``closing`` that matches the ``opening`` at ``open_at``, or -1 when unbalanced.

    A backslash escapes the character after it, as both LaTeX (``\\{``) and Markdown (``\\]``) write it.
    """
    depth = 0
    i = open_at
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == opening:
            depth += 1
        elif ch == closing:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1
