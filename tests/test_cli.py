"""The command line: version, help, usage errors."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_briefing(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, input=stdin, cwd=ROOT
    )


def test_version_prints_package_version():
    from briefing import __version__

    result = run_briefing("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"briefing {__version__}"


def test_help_lists_subcommands():
    result = run_briefing("--help")
    assert result.returncode == 0
    for name in ("extract", "notes", "export"):
        assert f"briefing {name}" in result.stdout


def test_unknown_option_is_a_one_line_usage_error_with_exit_2():
    result = run_briefing("extract", "--no-such-option", "x.txt")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_one_line_error_with_exit_2(tmp_path):
    result = run_briefing("extract", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"briefing: {tmp_path / 'missing.txt'}: no such file"]


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"```bash\n(.+?)\n```", readme)
    test_command = next(command for command in commands if "pytest" in command)
    assert test_command in ci.splitlines()
