"""The reader's quote shades and the coverage view's voice colours stay apart for every
reader, colour-blind ones included.

Each shade is seen as by a protanope, a deuteranope and a tritanope (Machado,
Oliveira and Fernandes 2009, full severity, applied in linear RGB) and the
CIE76 difference of every pair, the white page included, must stay above a
margin an analyst tells apart at a glance. The voice colours are bars whose
segments also print their counts beside a legend: their margin is a little lower.
"""

import itertools

import pytest

from briefer.core.registry import QUOTE_KIND_LIST, VOICE_GROUP_LIST

SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
MIN_DIFFERENCE = 18.0  # CIE76; about 2.3 is "just noticeable"
MIN_VOICE_DIFFERENCE = 15.0  # eight Okabe-Ito colours: the lowest pair is 16.1 (tritan)


def _linear(hex_colour: str) -> list[float]:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(hex_colour: str, matrix) -> tuple[float, float, float]:
    rgb = _linear(hex_colour)
    simulated = [min(1.0, max(0.0, sum(row[k] * rgb[k] for k in range(3)))) for row in matrix]
    return _lab(simulated)


def _shades() -> dict[str, str]:
    shades = {"page": "#ffffff"}
    for kind in QUOTE_KIND_LIST:
        shades[f"{kind.key} pending"] = kind.highlight_pending
        shades[f"{kind.key} accepted"] = kind.highlight_accepted
    return shades


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_every_pair_of_quote_shades_is_told_apart(vision):
    seen = {name: _seen(colour, SIMULATIONS[vision]) for name, colour in _shades().items()}
    for (a, lab_a), (b, lab_b) in itertools.combinations(seen.items(), 2):
        difference = sum((p - q) ** 2 for p, q in zip(lab_a, lab_b, strict=True)) ** 0.5
        assert difference >= MIN_DIFFERENCE, f"{a} and {b} look alike ({vision}: {difference:.1f})"


def test_the_old_confusable_shades_would_fail():
    """The check has teeth: the former pale blue for reported speech was almost the page."""
    old_pale_blue = _seen("#dde7f5", SIMULATIONS["normal"])
    page = _seen("#ffffff", SIMULATIONS["normal"])
    difference = sum((p - q) ** 2 for p, q in zip(old_pale_blue, page, strict=True)) ** 0.5
    assert difference < MIN_DIFFERENCE


def _difference(a: str, b: str, vision: str) -> float:
    seen_a, seen_b = _seen(a, SIMULATIONS[vision]), _seen(b, SIMULATIONS[vision])
    return sum((p - q) ** 2 for p, q in zip(seen_a, seen_b, strict=True)) ** 0.5


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_every_pair_of_voice_colours_is_told_apart(vision):
    for a, b in itertools.combinations(VOICE_GROUP_LIST, 2):
        difference = _difference(a.colour, b.colour, vision)
        assert difference >= MIN_VOICE_DIFFERENCE, (
            f"{a.key} and {b.key} look alike ({vision}: {difference:.1f})")


def test_a_chart_red_and_green_would_fail_as_voice_colours():
    """The check has teeth: far apart for most readers, alike to a deuteranope."""
    assert _difference("#d62728", "#2ca02c", "normal") > 100
    assert _difference("#d62728", "#2ca02c", "deuteranopia") < MIN_VOICE_DIFFERENCE
