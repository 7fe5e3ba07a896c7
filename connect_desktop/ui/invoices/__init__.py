"""The "Factures Connect" tab: every Connect invoice from specimen to paid, with its PDFs."""
