"""Launching mlpviz without a subcommand. Until the window lands, train the default
scenario headless and report, so the README's launch command does something useful."""

from __future__ import annotations

import argparse

from .core.scenario import Scenario, build_trainer


def launch(args: argparse.Namespace) -> int:
    trainer = build_trainer(Scenario())
    for _ in range(200):
        result = trainer.train_epoch()
    print(f"circle, 2-4-2-1 tanh: after {result.epoch} epochs train loss "
          f"{result.train_loss:.4f}, test loss {result.test_loss:.4f}, "
          f"test accuracy {result.test_accuracy:.1%}")
    return 0
