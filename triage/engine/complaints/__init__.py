"""Complaint data, one module per cluster of CEDIS-style groups (not CEDIS-compatible)."""
