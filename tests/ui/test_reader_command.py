"""`briefing ARTICLE` as a shell user meets it: errors are one line and exit 2; --help stays light."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_briefing(*arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        env={"BRIEFING_HOME": str(home), "PATH": "/usr/bin:/bin", "TERM": "xterm"},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_missing_file_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    result = run_briefing(str(tmp_path / "nowhere.md"), home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("briefing: ") and "nowhere.md" in result.stderr


def test_unreadable_file_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions")
    folder_as_file = tmp_path / "locked.md"
    folder_as_file.write_bytes(b"text")
    folder_as_file.chmod(0)
    try:
        result = run_briefing(str(folder_as_file), home=tmp_path)
    finally:
        folder_as_file.chmod(0o600)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("briefing: ")


def test_unknown_theme_names_the_available_ones_and_exits_2(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Some text.\n", encoding="utf-8")
    result = run_briefing(str(article), "--theme", "sparkly", home=tmp_path)
    assert result.returncode == 2
    assert "unknown theme 'sparkly'" in result.stderr and "briefing-okabe-ito" in result.stderr


def test_help_does_not_import_textual(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom briefing.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip().endswith("False")
