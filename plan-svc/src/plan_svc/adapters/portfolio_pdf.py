"""The portfolio as a PDF (ReportLab), set in a TrueType font with Cyrillic (DejaVu Sans from
Debian's fonts-dejavu-core: scripts/bootstrap.sh and the Dockerfile install it)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from plan_svc.domain.portfolio import CREDIT_COLUMNS, YEAR_COLUMNS, Portfolio

DEJAVU_SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT = "PortfolioSans"


class PortfolioRenderer:
    def __init__(self, font_path: Path = DEJAVU_SANS) -> None:
        self._font_path = font_path
        self._registered = False

    def _register(self) -> None:
        # Registered on first use, so nothing reads the font file at import time.
        if not self._registered:
            pdfmetrics.registerFont(TTFont(FONT, str(self._font_path)))
            self._registered = True

    def render(self, portfolio: Portfolio) -> bytes:
        self._register()
        body = ParagraphStyle("body", fontName=FONT, fontSize=8, leading=10)
        heading = ParagraphStyle("heading", fontName=FONT, fontSize=11, leading=14, spaceBefore=6)
        title = ParagraphStyle("title", fontName=FONT, fontSize=14, leading=18)

        def cells(row: tuple[str, ...]) -> list[Paragraph]:
            return [Paragraph(_escape(text), body) for text in row]

        def table(rows: list[tuple[str, ...]], widths: list[float] | None = None) -> Table:
            found = Table([cells(r) for r in rows], colWidths=widths, repeatRows=1)
            found.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            return found

        def section(name: str, content: Flowable) -> KeepTogether:
            return KeepTogether([Paragraph(_escape(name), heading), content])

        labels = [60 * mm, 190 * mm]
        story: list[Flowable] = [
            Paragraph(_escape(portfolio.title), title),
            Spacer(1, 4 * mm),
            table(list(portfolio.person), labels),
            section("Правила и их числа", table(list(portfolio.rule_set), labels)),
            Paragraph("Зачтённые элементы", heading),
            table(
                [CREDIT_COLUMNS, *portfolio.credits],
                [w * mm for w in (8, 50, 25, 40, 32, 20, 12, 14, 26, 36)],
            )
            if portfolio.credits
            else Paragraph("Зачтённых элементов пока нет", body),
            section("Итоги по годам цикла", table([YEAR_COLUMNS, *portfolio.by_year])),
            section("Итоги по видам", table(list(portfolio.by_kind), labels)),
            section("Итог", table(list(portfolio.summary), labels)),
        ]
        buffer = io.BytesIO()
        SimpleDocTemplate(
            buffer,
            pagesize=landscape(A4),
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=12 * mm,
            bottomMargin=12 * mm,
            title=portfolio.title,
        ).build(story)
        return buffer.getvalue()


def _escape(text: str) -> str:
    """Paragraph text is a small markup language: people's text is shown as it is."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
