"""The CRA tab: a mission's month on a calendar, its figures and its actions."""
