"""TensorFlow Playground's own run, outside the browser: its random numbers, data, network,
training and links, number for number (see docs/architecture.md)."""
