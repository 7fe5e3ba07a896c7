"""DESIGN.md section 4: domain, store and services never import Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import connect_desktop

PACKAGE_DIR = Path(connect_desktop.__file__).parent
LOWER_LAYERS = ("domain", "store", "services")
FORBIDDEN = ("PySide6", "shiboken6")


def lower_layer_modules() -> list[str]:
    modules = []
    for layer in LOWER_LAYERS:
        for path in sorted((PACKAGE_DIR / layer).rglob("*.py")):
            relative = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
            if "migrations" in relative.parts:
                continue  # Alembic scripts are loaded by Alembic, not imported
            modules.append(".".join(relative.parts).removesuffix(".__init__"))
    return modules


def run_python(script: str) -> str:
    """Run ``script`` in a fresh interpreter (so imports start from nothing); its output."""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_lower_layers_never_import_qt() -> None:
    modules = lower_layer_modules()
    assert "connect_desktop.domain.payment" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    assert run_python(script).strip() == "[]"


def test_domain_imports_no_sql_and_no_qt() -> None:
    script = (
        "import sys, connect_desktop.domain.payment, connect_desktop.domain.cra, "
        "connect_desktop.domain.invoice, connect_desktop.domain.mission\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'sqlalchemy', 'sqlmodel', 'alembic'}))\n"
    )
    assert run_python(script).strip() == "[]"


def test_version_answers_without_qt() -> None:
    script = (
        "import sys\n"
        "from connect_desktop.app import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit as stop:\n"
        "    assert stop.code == 0\n"
        "print('PySide6' in sys.modules, 'sqlalchemy' in sys.modules)\n"
    )
    assert run_python(script).splitlines() == [
        f"Connect Desktop {connect_desktop.__version__}",
        "False False",
    ]
