"""The People section: persons concerned and their consent records."""
