"""`mlpviz --print-playground-link` and `--print-setup-link`: the set-up the flags (or a
link) describe, as a link to paste, without opening the window."""

from __future__ import annotations

import argparse

from ..core.errors import MlpvizError
from ..core.playground.link import PlaygroundState, read_link, write_link
from ..core.playground.setup import playground_run, state_of
from ..core.session.setup_link import is_setup_link, read_setup_link, write_setup_link
from ..core.training.scenario import Scenario, build_trainer
from .scenario_args import scenario_from_args


def links_of(args: argparse.Namespace) -> str:
    """The links asked for, a line each."""
    scenario, followed = _set_up(args)
    lines = []
    if args.print_playground_link:
        if followed is not None:
            lines.append(write_link(followed))
        else:
            state = state_of(scenario, build_trainer(scenario).net, PlaygroundState())
            if isinstance(state, str):
                raise MlpvizError(f"Playground cannot show this set-up: {state}")
            lines.append(write_link(state))
    if args.print_setup_link:
        lines.append(write_setup_link(scenario, followed.seed if followed else None))
    return "\n".join(lines)


def _set_up(args: argparse.Namespace) -> tuple[Scenario, PlaygroundState | None]:
    """The scenario, and the Playground set-up (with its seed) where a Playground link
    gave it."""
    if getattr(args, "link", None):
        if is_setup_link(args.link):
            scenario, seed = read_setup_link(args.link)
            if seed is None:
                return scenario, None
            state = state_of(scenario, build_trainer(scenario).net, PlaygroundState(seed=seed))
            if isinstance(state, str):
                raise MlpvizError(f"Playground cannot show this set-up: {state}")
            return scenario, state
        run = playground_run(read_link(args.link))
        return run.scenario, run.state
    return scenario_from_args(args), None
