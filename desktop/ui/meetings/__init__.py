"""The Meetings section: the list, preparing a meeting, exporting its minutes, and running one
(console and shared screen)."""
