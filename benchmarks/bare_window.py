"""The floor of start-up: a PySide6 window that does nothing, timed like the app.

    python3 benchmarks/bare_window.py [--database FILE]

Imports Qt Widgets, creates the application and an empty main window of the app's size,
shows it, and once it has reached the screen and painted, prints the wall-clock time
(unix seconds) and exits. ``benchmarks/startup.py`` starts it beside the app, so that
both are measured from the launch of the process, in the same run.

``--database FILE`` adds what any window over our store pays before showing a row:
importing SQLModel (SQLAlchemy, pydantic) and our tables, and reading the profile row
of ``FILE`` through them.
"""

import sys
import time
from pathlib import Path


def read_through_the_store(database: Path) -> None:
    from sqlmodel import Session, create_engine, select

    from connect_desktop.store.models import Profile

    engine = create_engine(f"sqlite:///{database}")
    with Session(engine) as session:
        session.exec(select(Profile)).first()
    engine.dispose()


if "--database" in sys.argv:  # before Qt, as the app does (Qt's import hook is off there)
    read_through_the_store(Path(sys.argv[sys.argv.index("--database") + 1]))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


class PaintedClock(QObject):
    """Prints the time of the first paint after the window is exposed, then quits."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Expose:
            self.done = True
            self.window.update()
            QTimer.singleShot(0, self.painted)  # queued after the paint request
        return False

    def painted(self) -> None:
        print(f"{time.time():.3f}", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Connect Desktop"))
    window.resize(1280, 800)
    clock = PaintedClock(window)
    window.show()
    handle = window.windowHandle()
    assert handle is not None
    handle.installEventFilter(clock)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
