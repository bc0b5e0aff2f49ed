"""The comparison colours, derived from the widget's QPalette.

Hues are Okabe–Ito (safe for the common colour-vision deficiencies). Each is blended
into the palette's Base colour rather than used raw, so text stays legible on both light
and dark themes; the strength of the blend depends on whether Base is light or dark.
Colour is never the only cue: :data:`MARKS` gives each kind a glyph for the gutter.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# Okabe & Ito (2008), "Color Universal Design".
ORANGE = QColor("#E69F00")
SKY_BLUE = QColor("#56B4E9")
BLUISH_GREEN = QColor("#009E73")
YELLOW = QColor("#F0E442")
BLUE = QColor("#0072B2")
VERMILLION = QColor("#D55E00")
REDDISH_PURPLE = QColor("#CC79A7")

KIND_HUES = {"identical": BLUISH_GREEN, "edited": ORANGE, "paraphrase": SKY_BLUE}
UNIQUE_HUE = VERMILLION
QUOTE_HUE = BLUE

# The grey-scale cue: a glyph drawn in the pane's gutter at the start of each sentence.
MARKS = {"identical": "=", "edited": "~", "paraphrase": "≈", "related": "·", "unique": "+"}
KIND_LABELS = {
    "identical": "Identical",
    "edited": "Edited",
    "paraphrase": "Paraphrase",
    "related": "Related",
    "unique": "Only in this article",
}
#: Kinds drawn quietly, in grey rather than a hue (see app.present.pair.QUIET_KINDS).
QUIET = "related"


def blend(base: QColor, hue: QColor, amount: float) -> QColor:
    """``amount`` of ``hue`` over ``base`` (0 = base, 1 = hue)."""
    return QColor.fromRgbF(
        base.redF() + (hue.redF() - base.redF()) * amount,
        base.greenF() + (hue.greenF() - base.greenF()) * amount,
        base.blueF() + (hue.blueF() - base.blueF()) * amount,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass(frozen=True)
class Colours:
    """Every colour a comparison view paints with, for one palette."""

    dark: bool
    text: QColor
    base: QColor
    kind_background: dict[str, QColor]
    kind_strong: dict[str, QColor]  # band outlines and selected bands
    kind_text: dict[str, QColor]  # glyphs and labels drawn as text on Base
    unique: QColor
    quote: QColor
    boilerplate: QColor
    selection: QColor
    deleted: QColor
    inserted: QColor
    changed: QColor


def colours(palette: QPalette) -> Colours:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = is_dark(palette)
    soft = 0.42 if dark else 0.28
    strong = 0.75 if dark else 0.85
    # On dark themes the saturated blue is too dim to read as an underline; lighten it.
    quote = QColor(SKY_BLUE).lighter(115) if dark else QUOTE_HUE
    grey = blend(base, text, 0.45)
    return Colours(
        dark=dark,
        text=text,
        base=base,
        # A lower-confidence link is shown, but in grey, so it never reads as a hue's claim.
        kind_background={
            **{k: blend(base, h, soft) for k, h in KIND_HUES.items()},
            QUIET: blend(base, text, 0.10),
        },
        kind_strong={
            **{k: blend(base, h, strong) for k, h in KIND_HUES.items()},
            QUIET: blend(base, text, 0.35),
        },
        # Orange and sky blue are too light to read as text on white: darken them there.
        kind_text={
            **{k: h.lighter(115) if dark else h.darker(165) for k, h in KIND_HUES.items()},
            QUIET: grey,
        },
        unique=UNIQUE_HUE.lighter(125) if dark else UNIQUE_HUE.darker(115),
        quote=quote,
        boilerplate=grey,
        selection=palette.color(QPalette.ColorRole.Highlight),
        deleted=blend(base, VERMILLION, 0.45 if dark else 0.30),
        inserted=blend(base, BLUE, 0.55 if dark else 0.28),
        changed=blend(base, ORANGE, 0.55 if dark else 0.40),
    )
