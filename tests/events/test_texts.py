"""Event dates as each edition writes them (plugins/events/texts.py), every form in every locale."""

from __future__ import annotations

import datetime as dt

import pytest

from editions.transliterate import transliterate_text
from events.texts import session_text

D, T = dt.date, dt.datetime
FORMS = [  # (start, end, sr_Cyrl, en_GB)
    (D(2018, 2, 9), D(2018, 2, 11), "9–11. фебруар 2018.", "9–11 February 2018"),
    (D(2018, 2, 9), D(2018, 3, 2), "9. фебруар – 2. март 2018.", "9 February\u2009–\u20092 March 2018"),
    (D(2017, 12, 30), D(2018, 1, 2), "30. децембар 2017. – 2. јануар 2018.",
     "30 December 2017\u2009–\u20092 January 2018"),
    (D(2018, 2, 9), None, "петак, 9. фебруар 2018.", "Friday, 9 February 2018"),
    (D(2018, 2, 9), D(2018, 2, 9), "петак, 9. фебруар 2018.", "Friday, 9 February 2018"),
    (T(2018, 2, 9, 10), None, "петак, 9. фебруар 2018. 10:00", "Friday, 9 February 2018, 10:00"),
    (T(2018, 2, 9, 9, 5), T(2018, 2, 9, 14, 30), "петак, 9. фебруар 2018. 09:05–14:30",
     "Friday, 9 February 2018, 09:05–14:30"),
    (T(2018, 2, 9, 18), T(2018, 2, 10, 13), "9. фебруар 2018. 18:00 – 10. фебруар 2018. 13:00",
     "9 February 2018, 18:00 – 10 February 2018, 13:00"),
]


@pytest.mark.parametrize("start, end, serbian, english", FORMS)
def test_each_form_in_each_locale(start, end, serbian, english):
    assert session_text(start, end, "sr_Cyrl") == serbian
    assert session_text(start, end, "en_GB") == english
    # Babel's sr_Latn gives the Latin edition what transliterating the Cyrillic one would.
    assert session_text(start, end, "sr_Latn") == transliterate_text(serbian)


def test_times_are_24_hour():
    evening = session_text(T(2018, 2, 9, 19, 30), T(2018, 2, 9, 21, 0), "en_GB")
    assert "19:30–21:00" in evening and "PM" not in evening
