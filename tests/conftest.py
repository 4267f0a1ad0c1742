"""Every test runs with its own BRIEFING_HOME so no test reads or writes the real user's notes or settings."""

import pytest


@pytest.fixture(autouse=True)
def isolated_briefing_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("briefing-home")
    monkeypatch.setenv("BRIEFING_HOME", str(home))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home
