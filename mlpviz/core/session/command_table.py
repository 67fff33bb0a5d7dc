"""Every command the session takes, and the function that applies it: one table, built
from the handler modules by job, so the way from a command type to its code is a lookup a
reader and a tool can follow."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import commands as c
from . import data_commands, edit_history, network_commands, playground_commands, run_commands

if TYPE_CHECKING:
    from .training_session import TrainingSession

Handler = Callable[["TrainingSession", Any], object]

COMMANDS: dict[type[c.Command], Handler] = {
    **run_commands.HANDLERS, **network_commands.HANDLERS, **data_commands.HANDLERS,
    **playground_commands.HANDLERS, **edit_history.HANDLERS,
}
