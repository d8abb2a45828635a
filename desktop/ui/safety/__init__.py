"""Keeping the workspace safe from the window: the lock screen, passphrase change, backups and
restore, retention purge, erasure of a person and their record (issue 6)."""
