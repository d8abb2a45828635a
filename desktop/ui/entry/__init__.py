"""Everything shown before a workspace is open: unlock, first run, the passphrase's strength."""
