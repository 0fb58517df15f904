"""The character checks search with regular expressions: each pattern must match exactly the
characters the rule names, across all of Unicode, or a file would pass (or fail) unnoticed."""

from __future__ import annotations

import sys
import unicodedata

from checks import characters, preread


def _matched(pattern) -> set[str]:
    return {chr(c) for c in range(sys.maxunicode + 1) if pattern.match(chr(c))}


def test_the_control_pattern_is_every_control_character_but_tab_and_line_ends():
    expected = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cc"} - set("\t\n\r")
    assert _matched(characters.CONTROL) == expected


def test_the_invisible_pattern_is_the_zero_width_and_direction_characters():
    assert _matched(characters.INVISIBLE) == characters.ZERO_WIDTH | characters.BIDI_CONTROLS


def test_a_file_name_is_unseen_with_any_control_character_or_line_separator():
    expected = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) in ("Cc", "Zl", "Zp")}
    assert _matched(preread._UNSEEN) == expected


def test_the_place_of_a_character_skips_the_invisible_ones_before_it():
    text = "Ti\u200btle\x07 of \u202eit\x00"
    assert characters._where_in(text, len(text) - 1) == "after 'Title of it'"
    assert characters._where_in("\u200b\x00", 1) == "at the start of the line"
