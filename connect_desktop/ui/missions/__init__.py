"""The Missions tab: table of missions, editor and payment-option chooser."""
