"""Small widgets shared by several windows (mission lists, inline error labels)."""
