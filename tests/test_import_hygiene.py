"""Start-up stays fast and the core stays pure: heavy and UI modules are imported only where used."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "briefing" / "core"

# What the pure core may import: the standard library pieces it needs, dateutil, and itself.
CORE_ALLOWED_TOP_LEVEL = {
    "__future__",
    "bisect",
    "calendar",
    "collections",
    "dataclasses",
    "datetime",
    "dateutil",
    "enum",
    "functools",
    "heapq",
    "importlib",
    "itertools",
    "json",
    "math",
    "operator",
    "re",
    "string",
    "typing",
    "unicodedata",
    "briefing",
}


def imported_modules(source: str) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("module_path", sorted(CORE.glob("*.py")), ids=lambda path: path.name)
def test_core_module_imports_no_ui_network_or_file_code(module_path):
    for module in imported_modules(module_path.read_text(encoding="utf-8")):
        top = module.split(".")[0]
        assert top in CORE_ALLOWED_TOP_LEVEL, f"{module_path.name} imports {module}"
        if top == "briefing":
            assert module.startswith("briefing.core"), f"{module_path.name} imports {module}"


def modules_loaded_by(statement: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; {statement}; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return set(result.stdout.split())


def test_cli_help_does_not_import_textual_or_network_libraries():
    loaded = modules_loaded_by(
        "from briefing import cli\ntry:\n    cli.main(['--help'])\nexcept SystemExit:\n    pass"
    )
    for heavy in ("textual", "httpx", "trafilatura", "lxml", "feedparser"):
        assert heavy not in loaded


def test_extracting_imports_no_ui_or_network_libraries():
    loaded = modules_loaded_by(
        "from briefing.core import analyse; analyse('Iraqi forces retook Qaim on Friday.')"
    )
    for heavy in ("textual", "rich", "httpx", "trafilatura"):
        assert heavy not in loaded


def test_data_types_import_without_loading_the_extraction_steps():
    loaded = modules_loaded_by("import briefing.core.model")
    assert "briefing.core.pipeline" not in loaded
    assert "briefing.core.facts" not in loaded
