"""Streamlit's multiselect writes its bulk entries ("Select all", "Select N matches") in English
only: a Chinese page must not offer them, an English one keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "app.py"


def multiselects(lang: str, page: str) -> dict[str, int]:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return {str(m.label): m.proto.select_all for m in at.multiselect}


@pytest.mark.parametrize("page", ["pages/trends.py", "pages/claims.py"])
def test_no_english_bulk_entry_on_a_chinese_page(db_path: Path, page: str) -> None:
    found = multiselects("zh", page)
    assert len(found) >= 4, found  # the sidebar's carriers, modes and destinations, and the page's own
    assert found == dict.fromkeys(found, 0)


def test_english_pages_keep_select_all(db_path: Path) -> None:
    found = multiselects("en", "pages/trends.py")
    assert found and all(value != 0 for value in found.values()), found
