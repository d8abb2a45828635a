"""The workspace side of the app: first run, unlock, directory, people concerned, settings."""
