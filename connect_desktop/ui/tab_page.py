"""A tab whose content is built the first time it is needed.

The main window has four tabs but shows one at start: building the other three (and
importing their modules, and loading their data) would only delay the first window.
Each tab is a ``TabPage`` that holds a factory; ``content()`` builds the real widget on
first use (the tab becoming current, a menu action, another tab asking) and keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

ContentT = TypeVar("ContentT", bound=QWidget)


class TabPage(QWidget, Generic[ContentT]):
    def __init__(
        self,
        build: Callable[[], ContentT],
        on_built: Callable[[ContentT], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._on_built = on_built
        self._content: ContentT | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> ContentT:
        """The tab's widget, built now if it was not yet."""
        if self._content is None:
            content = self._build()
            self._content = content
            self._layout.addWidget(content)
            self._on_built(content)
        return self._content

    def built(self) -> ContentT | None:
        """The tab's widget if it exists, without building it."""
        return self._content
