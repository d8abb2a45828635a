"""Words for a family: a person's place in their household, as every room names it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.entities import Relationship


def relationship_label(relationship: Relationship) -> str:
    """``parent``, ``child``, ``partner`` or ``other``, in the interface's language."""
    labels = {
        Relationship.PARENT: QCoreApplication.translate("Family", "parent"),
        Relationship.CHILD: QCoreApplication.translate("Family", "child"),
        Relationship.PARTNER: QCoreApplication.translate("Family", "partner"),
        Relationship.OTHER: QCoreApplication.translate("Family", "other"),
    }
    return labels[relationship]
