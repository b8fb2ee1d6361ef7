"""The coverage view's voice-group colours stay apart for colour-blind readers too.

Each colour is seen as by a protanope, a deuteranope and a tritanope (Machado,
Oliveira and Fernandes 2009, full severity, applied in linear RGB) and the
CIE76 difference of every pair must stay above a margin told apart at a
glance in a bar; the bars also print each segment's count and the table
names the groups, so colour is never the only cue.
"""

import itertools

import pytest

from briefer.core.registry import VOICE_GROUP_LIST

SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
MIN_DIFFERENCE = 15.0  # CIE76; about 2.3 is "just noticeable"


def _lab(hex_colour: str, matrix) -> tuple[float, float, float]:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    rgb = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    r, g, b = (min(1.0, max(0.0, sum(row[k] * rgb[k] for k in range(3)))) for row in matrix)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _difference(a: str, b: str, vision: str) -> float:
    lab_a, lab_b = _lab(a, SIMULATIONS[vision]), _lab(b, SIMULATIONS[vision])
    return sum((p - q) ** 2 for p, q in zip(lab_a, lab_b, strict=True)) ** 0.5


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_every_pair_of_voice_colours_is_told_apart(vision):
    for a, b in itertools.combinations(VOICE_GROUP_LIST, 2):
        difference = _difference(a.colour, b.colour, vision)
        assert difference >= MIN_DIFFERENCE, (
            f"{a.key} and {b.key} look alike ({vision}: {difference:.1f})")


def test_a_red_and_green_pair_would_fail():
    """The check has teeth: the common chart red and green, far apart for most readers,
    look alike to a deuteranope."""
    assert _difference("#d62728", "#2ca02c", "normal") > 100
    assert _difference("#d62728", "#2ca02c", "deuteranopia") < MIN_DIFFERENCE
