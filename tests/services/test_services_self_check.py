"""``--self-check``: the steps a packaged build runs to prove it can do its work."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from connect_desktop import app
from connect_desktop.services import self_check
from connect_desktop.services.self_check import SelfCheckFailed, run_self_check


def test_every_step_passes_and_is_reported(data_dir: Path) -> None:
    lines: list[str] = []
    run_self_check(lines.append, today=date(2026, 11, 28))
    assert lines[0].startswith("database and sample data:")
    assert lines[1].startswith("profile checked:")
    assert lines[2].startswith("CRA PDF written and read back:")
    assert "Factur-X invoice" in lines[3]
    assert lines[-1].startswith("all checks passed")
    assert not any(data_dir.iterdir())  # the user's (here: the test's) folder is untouched


def test_a_failing_step_makes_the_command_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(report: object, today: object = None) -> None:
        raise SelfCheckFailed("the CRA PDF has no readable text")

    monkeypatch.setattr(self_check, "run_self_check", broken)
    assert app.main(["--self-check"]) == 1
    assert "self-check failed: the CRA PDF has no readable text" in capsys.readouterr().err
