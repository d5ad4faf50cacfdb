"""Presentations of babies and young children (placeholder until written)."""

COMPLAINTS = ()
