"""Builds the extraction core as a C extension with mypyc when the package is installed for use.

Everything else about the package is declared in pyproject.toml; this file adds the compiled core, and the
bundled themes, which live at the top of the checkout, to what an install carries.

- `pip install .` (and wheels) compile every module of briefing/core except its __init__, which stays Python
  so that importing the package still loads nothing heavy. The compiled core gives the same output as the
  Python source (tests/core/test_compiled_core.py compares them) and runs the dev corpus about a third faster.
- `pip install -e .` (development, the test command) stays pure Python, so an edit takes effect at once and a
  stale compiled module can never hide it.
- BRIEFING_PURE_PYTHON=1 skips compilation; so does any failure to type-check or compile, with a warning: the
  pure-Python package is always installed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_ext import build_ext

_BUILD_COMMANDS = {"bdist_wheel", "build", "build_ext", "install"}
_EDITABLE = "editable_wheel" in sys.argv


def _compiled_core() -> list:
    if os.environ.get("BRIEFING_PURE_PYTHON") or _EDITABLE:
        return []
    if not _BUILD_COMMANDS.intersection(sys.argv):
        return []  # metadata-only runs (egg_info, dist_info) need no C
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("briefing: mypyc is not available; installing the pure-Python core", file=sys.stderr)
        return []
    modules = sorted(str(path) for path in Path("briefing/core").glob("*.py") if path.name != "__init__.py")
    try:
        return mypycify(modules, opt_level="3", group_name="briefing_core")
    except (Exception, SystemExit) as error:  # mypy reports type errors by exiting
        print(f"briefing: compiling the core failed ({error}); installing it as pure Python", file=sys.stderr)
        return []


class _OptionalBuildExt(build_ext):
    """A missing or failing C compiler leaves the pure-Python core in place instead of failing the install. The
    modules are compiled together, so it is all or nothing: a failure removes whatever was already built."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)
            print(f"briefing: compiling the core failed ({error}); using pure Python", file=sys.stderr)


setup(
    # The bundled themes live at the top of the checkout (themes/), where an editable install finds them; a
    # regular install carries them inside the package.
    packages=[*find_packages(include=["briefing*"]), *([] if _EDITABLE else ["briefing.themes"])],
    package_dir={} if _EDITABLE else {"briefing.themes": "themes"},
    package_data={"briefing.data": ["*.txt"], "briefing.themes": ["*.toml"]},
    ext_modules=_compiled_core(),
    cmdclass={"build_ext": _OptionalBuildExt},
)
