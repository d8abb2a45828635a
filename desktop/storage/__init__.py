"""Storage: the encrypted workspace file, its schema, the session recorder and the audit log.

No Qt here. Import :class:`~desktop.storage.workspace.Workspace` and the errors of
:mod:`desktop.storage.errors`.
"""
