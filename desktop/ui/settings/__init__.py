"""The institution's settings dialog."""
