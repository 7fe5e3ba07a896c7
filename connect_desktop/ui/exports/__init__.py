"""File > Export: the exports' menu, progress and dialogs (issue 7)."""

from connect_desktop.ui.exports.menu import ExportMenu, build_export_menu

__all__ = ["ExportMenu", "build_export_menu"]
