"""The text caches a file's check fills are emptied before the index is built."""

from __future__ import annotations

from bot.core.text import forget_file_texts, phrasing_key, tokenize, words


def _fill() -> None:
    for n in range(5):
        text = f"where is conference room {n}"
        tokenize(text)
        words(text)
        phrasing_key(text)


def test_the_word_caches_are_emptied_whatever_the_file_s_size() -> None:
    _fill()
    forget_file_texts(phrasings=10)
    assert words.cache_info().currsize == 0
    assert tokenize.cache_info().currsize == 0


def test_phrasing_keys_are_kept_when_all_the_file_s_phrasings_fit() -> None:
    _fill()
    forget_file_texts(phrasings=10)
    assert phrasing_key.cache_info().currsize >= 5


def test_phrasing_keys_are_let_go_when_the_file_has_more_than_the_cache_holds() -> None:
    _fill()
    size = phrasing_key.cache_info().maxsize
    assert size is not None
    forget_file_texts(phrasings=size + 1)
    assert phrasing_key.cache_info().currsize == 0
    assert phrasing_key("where is conference room 1") == "where is confer room 1"
