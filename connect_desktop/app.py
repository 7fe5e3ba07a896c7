"""Bootstrap: arguments, data folder, database, then the window.

``--version`` answers before anything heavy is imported (no Qt, no database).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from connect_desktop import APP_NAME, __version__

# Taken as early as our code runs, so that the log can say how long start-up took.
_STARTED_AT = time.perf_counter()
LANGUAGES = ("fr", "en")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="connect-desktop",
        description=f"{APP_NAME}: missions, CRA, payments and invoices for Connect freelancers.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="data folder to use (default: the platform's data folder, "
        "or $CONNECT_DESKTOP_DATA_DIR)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty database with sample data"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the interface (default: the one chosen in the settings, "
        "else French on a French system and English otherwise)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, show the main window, process events for a moment and exit "
        "(exit code 0 when everything went well; for packaging and CI)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check, in a temporary folder, that this installation can create its "
        "database, write its PDFs and read them back; then exit (no window)",
    )
    return parser


def self_check() -> int:
    """``--self-check``: the steps on standard output, exit 0 when all passed."""
    from connect_desktop.services.self_check import SelfCheckFailed, run_self_check

    try:
        run_self_check(lambda line: print(line, flush=True))
        check_text_collation()
    except SelfCheckFailed as failure:
        print(f"self-check failed: {failure}", file=sys.stderr)
        return 1
    print("French sorting by Qt: ok", flush=True)
    return 0


def check_text_collation() -> None:
    """Qt sorts French text with the system's or ICU's rules ("é" before "f"); without
    its collation data it would compare code points and put "é" last."""
    from PySide6.QtCore import QCollator, QLocale

    from connect_desktop.services.self_check import SelfCheckFailed

    if QCollator(QLocale(QLocale.Language.French, QLocale.Country.France)).compare("é", "f") >= 0:
        raise SelfCheckFailed("Qt cannot sort French text (collation data missing)")


def has_no_display() -> bool:
    """A Linux machine without X11 or Wayland (a CI runner, a build container)."""
    linux = sys.platform.startswith("linux")
    return linux and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A frozen app is also the PDF reader's child process (pdf_sandbox): that run
        # must do the child's work and exit before any argument is parsed.
        import multiprocessing

        multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    if args.self_check:
        return self_check()
    if args.smoke and has_no_display():
        # A smoke test needs no screen: without one, Qt would abort before we start.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from connect_desktop.ui.pyside_features import skip_feature_scan

    skip_feature_scan()  # before the window's modules are imported
    from connect_desktop.ui.application import run

    return run(args, started_at=_STARTED_AT)


if __name__ == "__main__":
    sys.exit(main())
