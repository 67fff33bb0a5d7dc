"""The lecture's lessons: the walkthrough trace, the gradient-descent labs, linear collapse,
the presets."""
