"""The meeting console: the facilitator's view of a running meeting (agenda, gate, room,
records)."""
