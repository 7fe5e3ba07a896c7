"""The profile and settings dialog: its tab pages, the problems of its fields, its saving."""
