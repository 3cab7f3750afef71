"""Small Markdown helpers shared by the renderers."""

from __future__ import annotations

import re

_CODE_SPAN = re.compile(r"(`[^`]*`)")


def anchor(name: str) -> str:
    """GitHub's anchor of a heading that is a bare name."""
    return name.lower().replace(".", "").replace(" ", "-").replace("/", "")


def escaped(text: str) -> str:
    """`<` outside code spans escaped, so `provider:<id>` is not taken for an HTML tag."""
    parts = _CODE_SPAN.split(text)
    return "".join(p if p.startswith("`") else p.replace("<", "\\<") for p in parts)


def cell(text: str) -> str:
    """Text fit for one table cell."""
    return escaped(" ".join(text.split()).replace("|", "\\|"))


def paragraph(text: str) -> list[str]:
    """Description text as Markdown lines followed by a blank line (none when empty)."""
    text = text.strip()
    return [*escaped(text).splitlines(), ""] if text else []
