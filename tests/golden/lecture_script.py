"""A 2-2-1 network (sigmoid, sigmoid) with mse loss, written by mlpviz {version}.

It trains as mlpviz does: SGD, η = 0.2, batches of 1, the rows shuffled each epoch, 20
epochs. It needs only NumPy: run it with python, and the last line it prints is the
trained weights as JSON. SOURCE says where it came from.
"""


import json

import numpy as np

# Where the script came from, and the inputs in X's columns.
SOURCE = 'mlpviz train lecture --dataset xor4 --batch-size 1 --lr 0.2 --epochs 20'
FEATURES = ['x1', 'x2']

# The network, in the lecture's row convention Z = XW + B: W[l] is (units below,
# units of layer l) and W[l][i, j] the weight from unit i below to unit j.
W = [
    np.array([
        [0.1, 0.2],
        [0.3, 0.4],
    ]),
    np.array([
        [0.5],
        [0.6],
    ]),
]
b = [
    np.array([0.1, 0.2]),
    np.array([0.3]),
]


# The data, a sample a row: X (4, 2) the inputs (named in FEATURES),
# T (4, 1) the targets in the output's range.
X = np.array([
    [0.0, 0.0],
    [0.0, 1.0],
    [1.0, 0.0],
    [1.0, 1.0],
])
T = np.array([
    [0.0],
    [1.0],
    [1.0],
    [0.0],
])
# The test rows: measured, never trained on.
X_test = np.array([
    [0.0, 0.0],
    [0.0, 1.0],
    [1.0, 0.0],
    [1.0, 1.0],
])
T_test = np.array([
    [0.0],
    [1.0],
    [1.0],
    [0.0],
])


# The activations, out = f(net), and their slopes ∂out/∂net = f′(net).


def sigmoid(net):
    return 1.0 / (1.0 + np.exp(np.minimum(-net, 700.0)))


def sigmoid_slope(net, out):
    return out * (1.0 - out)


f = [sigmoid, sigmoid]  # layer by layer
slope = [sigmoid_slope]  # the hidden layers' f′


def forward(x):
    """The net input and the output of every layer; outs[0] is x itself."""
    nets, outs = [], [x]
    for l in range(len(W)):
        net = outs[-1] @ W[l] + b[l]  # Z = XW + B
        nets.append(net)
        outs.append(f[l](net))
    return nets, outs


def loss(y, t):
    """E = ½ Σ (y − t)² of each row, averaged over the rows."""
    return float(np.mean(0.5 * np.sum((y - t) ** 2, axis=1)))


def backprop(x, t):
    """∂E/∂W and ∂E/∂b of the batch-mean loss by the chain rule
    ∂E/∂w = ∂E/∂out · ∂out/∂net · ∂net/∂w, from the output layer down."""
    nets, outs = forward(x)
    dE_dout = (outs[-1] - t) / len(x)  # ∂E/∂out of the batch mean
    delta = dE_dout * sigmoid_slope(nets[-1], outs[-1])  # · ∂out/∂net
    dW, db = [None] * len(W), [None] * len(W)
    for l in reversed(range(len(W))):
        dW[l] = outs[l].T @ delta  # ∂net/∂w is the input from below
        db[l] = delta.sum(axis=0)
        if l > 0:
            delta = (delta @ W[l].T) * slope[l - 1](nets[l - 1], outs[l])
    return dW, db


η = 0.2  # the learning rate


def update(dW, db):
    """w ← w − η ∂E/∂w."""
    for l in range(len(W)):
        W[l] -= η * dW[l]
        b[l] -= η * db[l]


rng = np.random.default_rng(0)  # the shuffle, seeded as mlpviz's
EPOCHS = 20
BATCH = 1
for epoch in range(1, EPOCHS + 1):
    order = rng.permutation(len(X))
    for start in range(0, len(X), BATCH):
        rows = order[start:start + BATCH]
        dW, db = backprop(X[rows], T[rows])
        update(dW, db)
    test = "" if X_test is None else f", test E = {loss(forward(X_test)[1][-1], T_test):.6f}"
    print(f"epoch {epoch}: E = {loss(forward(X)[1][-1], T):.6f}{test}")

print(json.dumps({"weights": [w.tolist() for w in W], "biases": [v.tolist() for v in b]}))
