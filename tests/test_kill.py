"""A few rounds of the kill test (benchmarks/kill_test.py runs hundreds): a child doing
random user actions is killed with SIGKILL, and the data folder must stay consistent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL is POSIX")
def test_data_survive_kills_at_random_instants(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "kill_test.py"), "--kills", "3", "--seed", "5"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "kills survived:          3 of 3" in result.stdout
