"""The meetings side's dialogs (prepare, export) use the console's fictional team and builders."""

from tests.ui.console.conftest import (  # noqa: F401  (fixtures, found by name)
    clock,
    make_session,
    policy,
    running,
    session,
    settings,
)
