"""Reminders in the window (a banner) and in the system tray."""
