"""Spare start-up PySide6's search for ``__feature__`` users.

Once ``PySide6.QtCore`` is imported, PySide wraps ``__import__`` and, for every module
imported afterwards, reads the module's source to find out whether it might select one of
its optional features (``from __feature__ import snake_case, true_property``). With
several hundred modules behind the window (SQLAlchemy, pydantic, our own), that reading
costs about a tenth of a second of start-up. The application selects no feature, so the
answer is always "this module uses none", which PySide records as "leave the module
alone": giving that answer directly changes nothing but the time.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

FEATURE_MODULE = "shibokensupport.feature"


def _selects_no_feature(module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Import Qt Core and answer PySide's per-module question without reading sources.

    Returns whether the answer could be put in place (PySide's internals may change:
    then nothing is done and start-up is only slower).
    """
    import PySide6.QtCore  # noqa: F401  (installs PySide's import wrapper)

    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide's feature module has changed; its source scan stays on")
        return False
    feature._mod_uses_pyside = _selects_no_feature  # type: ignore[attr-defined]
    return True
