"""How a network learns: settings (Scenario, TrainConfig), the trainer, its update rules and
the backends that run its steps (NumPy, compiled, the perceptron rule)."""
