"""urllib package: only urllib.parse is provided (no network access)."""
