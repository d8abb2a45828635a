"""The Qt layer (PySide6 only here): windows, dialogs and Qt item models over the core session."""
