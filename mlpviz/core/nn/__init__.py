"""The network maths: activations, losses, the MLP itself, its edits, names and file format."""
