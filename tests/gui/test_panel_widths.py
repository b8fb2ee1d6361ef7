"""A narrow window gives the reader its share of the width, out of the side panels' room."""

from briefer.gui.panel_widths import NARROW_WINDOW, READER_SHARE, reader_first

MINIMUMS = [264, 258, 165]


def test_a_wide_window_is_left_as_the_user_arranged_it():
    assert reader_first([420, 540, 440], MINIMUMS) == [420, 540, 440]
    assert reader_first([600, 300, 300], MINIMUMS) == [600, 300, 300]  # 1200: not narrow


def test_a_narrow_window_widens_the_reader_from_the_panels_room():
    # 984 pixels shared as the 1400-pixel window's proportions: the reader had 380.
    widths = reader_first([295, 380, 309], MINIMUMS)
    assert sum(widths) == 984
    assert widths[1] == round(984 * READER_SHARE)
    # Each side panel gives in proportion to its room above its minimum (31 and 144).
    assert widths == [284, 443, 257]
    assert all(w >= m for w, m in zip(widths, MINIMUMS, strict=True))


def test_panels_at_their_minimums_or_hidden_give_nothing():
    assert reader_first([264, 300, 165], MINIMUMS) == [264, 300, 165]
    # The articles panel hidden (width 0): only the review panel gives, down to its minimum.
    widths = reader_first([0, 300, 400], MINIMUMS)
    assert widths == [0, 315, 385] and sum(widths) == 700 < NARROW_WINDOW


def test_a_reader_already_wide_enough_is_not_touched():
    assert reader_first([200, 600, 200], [100, 100, 100]) == [200, 600, 200]
