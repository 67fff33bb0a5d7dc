"""The network and its training as one NumPy script, to read beside the lecture's code.

The script holds the network's weights, the data (inline, the features computed; past
INLINE_ROWS rows in a checksummed .npz beside it), and the trainer's loop: its optimizer,
regularization, batches and shuffle order, the shuffle's generator in the state the
trainer's is in. Run, it trains as `mlpviz train` does and prints
the weights as JSON on its last line; they equal mlpviz's to rounding (tests hold it to
1e-9). The activations' lines come from the activation table (nn/activations.py), and every
operation is written in the order the NumPy trainer does it, so the rounding is the same.

Emitted code is data: every text that comes from the user (the command line, feature and
file names) is written as a Python literal (repr), never into a comment or docstring, and
the script is parsed before it is handed on, so no name can become code.
"""

from __future__ import annotations

import ast
import hashlib
import io
import textwrap
from pathlib import Path
from typing import cast

import numpy as np
from numpy.typing import NDArray

from .. import __version__
from ..core.errors import MlpvizError
from ..core.files import write_file
from ..core.nn.activations import ACTIVATIONS
from ..core.session.session_file import Session
from ..core.training.optimizers import Adam, Momentum
from ..core.training.scenario import build_trainer
from ..core.training.trainer import Trainer

Array = NDArray[np.float64]
MOST_WEIGHTS = 10_000  # a script is for reading: more are refused (a 64-32-10 net has 2,410)
INLINE_ROWS = 10_000  # more rows (training and test) go to a data file beside the script


def numpy_script(trainer: Trainer, epochs: int, source: str = "",
                 data_file: Path | None = None) -> str:
    """The script that trains `trainer`'s network for `epochs` epochs from where it is now
    (the start of an epoch). `source` says where it came from (kept as a string literal).
    Data of over INLINE_ROWS rows is written to `data_file` (safely, through write_file)
    and the script reads it from beside itself, checking its SHA-256."""
    cfg, net = trainer.config, trainer.net
    if cfg.optimizer == "perceptron":
        raise MlpvizError("the perceptron rule is not gradient descent: a NumPy script "
                          "covers SGD, momentum and Adam")
    if trainer.position_in_epoch:
        raise MlpvizError("the script starts at the beginning of an epoch")
    weights = sum(w.size for w in net.weights)
    if weights > MOST_WEIGHTS:
        raise MlpvizError(f"the network has {weights:,} weights: a NumPy script is made for "
                          f"at most {MOST_WEIGHTS:,}")
    d = trainer.data
    arrays = {"X": d.x_train, "T": trainer.t_train, "X_test": d.x_test, "T_test": trainer.t_test}
    rows = len(d.x_train) + len(d.x_test)
    raw: bytes | None = None  # the data file's bytes, when the rows go beside the script
    if rows <= INLINE_ROWS:
        data = _data(arrays)
    elif data_file is None:
        raise MlpvizError(f"{rows:,} rows are too many to write into a script: write it to "
                          "a file")
    else:
        data, raw = _data_file(arrays, data_file.name)
    big = raw is not None
    parts = [
        _header(trainer, epochs),
        _imports(big) + "# Where the script came from, and the inputs in X's columns.\n"
        f"SOURCE = {source!r}\nFEATURES = {list(net.features)!r}\n\n" + _network(trainer),
        data,
        _activations(net.activation_names),
        _forward(),
        _loss(net.loss_name, net.output_activation),
        _backprop(net.loss_name, net.output_activation),
        _update(trainer),
        _loop(trainer, epochs),
    ]
    text = "\n\n\n".join(p.rstrip("\n") for p in parts) + "\n"
    try:
        ast.parse(text)
    except (SyntaxError, ValueError) as e:  # a fault of ours, never a name's doing
        raise MlpvizError(f"the script would not parse ({e}); nothing was written") from None
    if raw is not None and data_file is not None:
        write_file(data_file, raw)  # only for a script that parses
    return text


def script_data_path(script: str | Path) -> Path:
    """The data file beside a script: mlp.py's is mlp.data.npz."""
    p = Path(script)
    return p.with_name(p.stem + ".data.npz")


def session_script(s: Session, epochs: int = 100, path: str | Path | None = None) -> str:
    """The window's network and data as a script: from the current weights, with the
    optimizer's state at zero and the shuffle from its seed (the window's own run goes on
    from where its shuffle is). Big data goes beside `path`."""
    trainer = build_trainer(s.scenario, s.network.copy(), (s.split, s.problem))
    return numpy_script(trainer, epochs, f"the mlpviz window at epoch {s.epoch}",
                        None if path is None else script_data_path(path))


# -- the parts ---------------------------------------------------------------------------
def _header(trainer: Trainer, epochs: int) -> str:
    """The docstring: only what mlpviz itself names (shapes, tables' names, numbers)."""
    net, cfg = trainer.net, trainer.config
    shape = "-".join(str(n) for n in [net.n_inputs, *net.units])
    acts = ", ".join(net.activation_names)
    reg = "" if cfg.regularization == "none" else \
        f", {cfg.regularization.upper()} λ = {cfg.reg_rate:g}"
    order = "shuffled each epoch" if cfg.shuffle else "in order"
    optimizer = {"sgd": "SGD", "momentum": "momentum", "adam": "Adam"}[cfg.optimizer]
    first = f"A {shape} network ({acts}) with {net.loss_name} loss, written by mlpviz"
    how = textwrap.fill(f"It trains as mlpviz does: {optimizer}, η = {cfg.lr:g}{reg}, batches "
                        f"of {cfg.batch_size}, the rows {order}, {epochs} epochs. It needs "
                        "only NumPy: run it with python, and the last line it prints is the "
                        "trained weights as JSON. SOURCE says where it came from.", 88)
    return f'''"""{first} {__version__}.

{how}
"""'''


def _imports(data_file: bool) -> str:
    more = "import hashlib\nimport io\n" if data_file else ""
    path = "from pathlib import Path\n" if data_file else ""
    return f"{more}import json\n{path}\nimport numpy as np\n\n"


def _number(v: float) -> str:
    """A float as Python reads it back exactly; inf and nan as NumPy's names."""
    if np.isfinite(v):
        return repr(v)
    return "np.nan" if np.isnan(v) else ("np.inf" if v > 0 else "-np.inf")


def _array(a: Array, indent: str = "    ") -> str:
    """np.array(...) of `a` with every float written exactly (repr round-trips)."""
    a = np.asarray(a, dtype=float)
    if a.ndim == 2 and len(a) == 0:
        return f"np.empty((0, {a.shape[1]}))"
    if a.ndim == 1:
        return "np.array([" + ", ".join(_number(float(v)) for v in a) + "])"
    rows = ",\n".join(f"{indent}    [" + ", ".join(_number(float(v)) for v in row) + "]"
                      for row in a)
    return f"np.array([\n{rows},\n{indent}])"


def _network(trainer: Trainer) -> str:
    net = trainer.net
    lines = ["# The network, in the lecture's row convention Z = XW + B: W[l] is (units below,",
             "# units of layer l) and W[l][i, j] the weight from unit i below to unit j.",
             "W = ["]
    lines += [f"    {_array(w, '    ')}," for w in net.weights]
    lines += ["]", "b = ["]
    lines += [f"    {_array(v)}," for v in net.biases]
    lines.append("]")
    return "\n".join(lines)


def _data_comment(x: Array, t: Array, end: str) -> list[str]:
    return [f"# The data, a sample a row: X ({len(x)}, {x.shape[1]}) the inputs "
            "(named in FEATURES),",
            f"# T ({len(t)}, {t.shape[1]}) the targets in the output's range{end}"]


def _data(arrays: dict[str, Array]) -> str:
    x, t, x_test = arrays["X"], arrays["T"], arrays["X_test"]
    lines = [*_data_comment(x, t, "."), f"X = {_array(x, '')}", f"T = {_array(t, '')}"]
    if len(x_test):
        lines += ["# The test rows: measured, never trained on.",
                  f"X_test = {_array(x_test, '')}", f"T_test = {_array(arrays['T_test'], '')}"]
    else:
        lines += ["X_test = T_test = None  # no test rows"]
    return "\n".join(lines)


def _data_file(arrays: dict[str, Array], name: str) -> tuple[str, bytes]:
    """The data as .npz bytes (no pickles), for a file called `name` beside the script, and
    the lines that read it back from there, refusing a file that is not the one written."""
    buffer = io.BytesIO()
    # (mypy takes a key of this dict for savez's allow_pickle: they are X, T, X_test, T_test)
    np.savez(buffer, **{k: np.asarray(v, dtype=float)  # type: ignore[arg-type]
                        for k, v in arrays.items()})
    raw = buffer.getvalue()
    test = "X_test, T_test = d[\"X_test\"], d[\"T_test\"]" if len(arrays["X_test"]) \
        else "X_test = T_test = None  # no test rows"
    return "\n".join([
        *_data_comment(arrays["X"], arrays["T"], "; too many rows to write here, so"),
        "# they are in a NumPy file beside this script.",
        f"DATA_FILE = Path(__file__).with_name({name!r})",
        f"DATA_SHA256 = {hashlib.sha256(raw).hexdigest()!r}",
        "raw = DATA_FILE.read_bytes()",
        "if hashlib.sha256(raw).hexdigest() != DATA_SHA256:",
        "    raise SystemExit(f\"{DATA_FILE}: not the data this script was written with\")",
        "with np.load(io.BytesIO(raw), allow_pickle=False) as d:",
        "    X, T = d[\"X\"], d[\"T\"]",
        f"    {test}"]), raw


def _activations(names: list[str]) -> str:
    """Each activation used, f(net) and f′(net, out), from the activation table."""
    lines = ["# The activations, out = f(net), and their slopes ∂out/∂net = f′(net)."]
    for name in dict.fromkeys(names):
        act = ACTIVATIONS[name]
        body = "\n".join("    " + line for line in act.numpy.splitlines())
        lines += ["", "", f"def {name}(net):", body]
        if act.numpy_slope:
            lines += ["", "", f"def {name}_slope(net, out):", f"    return {act.numpy_slope}"]
    hidden = ", ".join(f"{n}_slope" for n in names[:-1])
    lines += ["", "", f"f = [{', '.join(names)}]  # layer by layer",
              f"slope = [{hidden}]  # the hidden layers' f′"]
    return "\n".join(lines)


def _forward() -> str:
    return '''def forward(x):
    """The net input and the output of every layer; outs[0] is x itself."""
    nets, outs = [], [x]
    for l in range(len(W)):
        net = outs[-1] @ W[l] + b[l]  # Z = XW + B
        nets.append(net)
        outs.append(f[l](net))
    return nets, outs'''


def _loss(loss: str, output: str) -> str:
    if loss == "mse":
        return '''def loss(y, t):
    """E = ½ Σ (y − t)² of each row, averaged over the rows."""
    return float(np.mean(0.5 * np.sum((y - t) ** 2, axis=1)))'''
    if output == "softmax":
        value = "-np.sum(t * np.log(p), axis=1)"
        doc = "E = −Σ t log y of each row (softmax: y is a distribution)"
    else:
        value = "-np.sum(t * np.log(p) + (1 - t) * np.log(1 - p), axis=1)"
        doc = "E = −Σ [t log y + (1 − t) log(1 − y)] of each row"
    prob = ("    y, t = (1 + y) / 2, (1 + t) / 2  # tanh's −1 … 1 read as 0 … 1\n"
            if output == "tanh" else "")
    return f'''def loss(y, t):
    """{doc}, averaged over the rows."""
{prob}    p = np.clip(y, 1e-12, 1 - 1e-12)
    return float(np.mean({value}))'''


def _output_delta(loss: str, output: str) -> list[str]:
    """Lines setting `delta`, ∂E/∂net of the output layer, for the batch mean."""
    if loss == "cross_entropy":
        return ["    # With cross-entropy on a sigmoid, tanh or softmax output the two factors",
                "    # ∂E/∂out · ∂out/∂net cancel to y − t.",
                "    delta = (outs[-1] - t) / len(x)"]
    lines = ["    dE_dout = (outs[-1] - t) / len(x)  # ∂E/∂out of the batch mean"]
    if output == "softmax":
        return lines + ["    # softmax's ∂out/∂net is a matrix: its product with ∂E/∂out",
                        "    y = outs[-1]",
                        "    delta = y * (dE_dout - (dE_dout * y).sum(axis=1, keepdims=True))"]
    return lines + [f"    delta = dE_dout * {output}_slope(nets[-1], outs[-1])"
                    "  # · ∂out/∂net"]


def _backprop(loss: str, output: str) -> str:
    head = '''def backprop(x, t):
    """∂E/∂W and ∂E/∂b of the batch-mean loss by the chain rule
    ∂E/∂w = ∂E/∂out · ∂out/∂net · ∂net/∂w, from the output layer down."""
    nets, outs = forward(x)'''
    tail = '''    dW, db = [None] * len(W), [None] * len(W)
    for l in reversed(range(len(W))):
        dW[l] = outs[l].T @ delta  # ∂net/∂w is the input from below
        db[l] = delta.sum(axis=0)
        if l > 0:
            delta = (delta @ W[l].T) * slope[l - 1](nets[l - 1], outs[l])
    return dW, db'''
    return "\n".join([head, *_output_delta(loss, output), tail])


def _update(trainer: Trainer) -> str:
    cfg, opt = trainer.config, trainer.optimizer
    lines = [f"η = {cfg.lr!r}  # the learning rate"]
    if cfg.regularization != "none":
        lines.append(f"λ = {cfg.reg_rate!r}  # the {cfg.regularization.upper()} rate "
                     "(weights only, never biases)")
    lines += ["", ""]
    penalty = {"l2": ["        dW[l] = dW[l] + λ * W[l]  # ∂(λ/2 Σw²)/∂w"],
               "l1": ["        dW[l] = dW[l] + λ * np.sign(W[l])  # ∂(λ Σ|w|)/∂w"]
               }.get(cfg.regularization, [])
    if cfg.optimizer == "sgd":
        lines += ["def update(dW, db):", '    """w ← w − η ∂E/∂w."""',
                  "    for l in range(len(W)):", *penalty,
                  "        W[l] -= η * dW[l]", "        b[l] -= η * db[l]"]
    elif cfg.optimizer == "momentum":
        opt = cast(Momentum, opt)  # the trainer's optimizer is the one cfg names
        vw, vb = _state(trainer, getattr(opt, "velocity", None))
        lines += [f"β = {opt.beta!r}", f"vW = {vw}", f"vb = {vb}", "", "",
                  "def update(dW, db):", '    """v ← βv + ∂E/∂w, then w ← w − ηv."""',
                  "    for l in range(len(W)):", *penalty,
                  "        vW[l] = β * vW[l] + dW[l]", "        vb[l] = β * vb[l] + db[l]",
                  "        W[l] -= η * vW[l]", "        b[l] -= η * vb[l]"]
    else:
        opt = cast(Adam, opt)  # (the perceptron rule has no script: numpy_script refuses it)
        mw, mb = _state(trainer, getattr(opt, "m", None))
        sw, sb = _state(trainer, getattr(opt, "v", None))
        lines += [f"β1, β2, ε = {opt.beta1!r}, {opt.beta2!r}, {opt.eps!r}",
                  f"mW, mb = {mw}, {mb}", f"vW, vb = {sw}, {sb}",
                  f"step = [{opt.t}]  # updates so far", "", "",
                  "def adam(p, g, m, v):",
                  '    """m ← β1 m + (1 − β1) g, v ← β2 v + (1 − β2) g², then p ← p − η m̂ / '
                  '(√v̂ + ε),',
                  '    the bias corrections m̂, v̂ folded into the step size."""',
                  "    m[...] = β1 * m + (1 - β1) * g",
                  "    v[...] = β2 * v + (1 - β2) * g * g",
                  "    η_t = η * np.sqrt(1 - β2 ** step[0]) / (1 - β1 ** step[0])",
                  "    ε_t = ε * np.sqrt(1 - β2 ** step[0])",
                  "    p -= η_t * m / (np.sqrt(v) + ε_t)", "", "",
                  "def update(dW, db):", "    step[0] += 1",
                  "    for l in range(len(W)):", *penalty,
                  "        adam(W[l], dW[l], mW[l], vW[l])",
                  "        adam(b[l], db[l], mb[l], vb[l])"]
    return "\n".join(lines)


def _state(trainer: Trainer, flat: Array | None) -> tuple[str, str]:
    """An optimizer's state (one flat vector, or None for zero) as per-array lists."""
    net = trainer.net
    if flat is None or not np.any(flat):
        return ("[np.zeros_like(w) for w in W]", "[np.zeros_like(v) for v in b]")
    views, start = [], 0
    for a in [*net.weights, *net.biases]:
        views.append(flat[start:start + a.size].reshape(a.shape))
        start += a.size
    n = len(net.weights)
    return ("[" + ", ".join(_array(v) for v in views[:n]) + "]",
            "[" + ", ".join(_array(v) for v in views[n:]) + "]")


def _loop(trainer: Trainer, epochs: int) -> str:
    cfg = trainer.config
    state = trainer.rng.bit_generator.state
    if state == np.random.default_rng(cfg.seed).bit_generator.state:
        rng = f"rng = np.random.default_rng({cfg.seed})  # the shuffle, seeded as mlpviz's"
    else:
        rng = ("rng = np.random.default_rng()\n"
               f"rng.bit_generator.state = {state!r}  # where mlpviz's shuffle is now")
    order = "rng.permutation(len(X))" if cfg.shuffle else "np.arange(len(X))"
    return f'''{rng}
EPOCHS = {epochs}
BATCH = {cfg.batch_size}
for epoch in range(1, EPOCHS + 1):
    order = {order}
    for start in range(0, len(X), BATCH):
        rows = order[start:start + BATCH]
        dW, db = backprop(X[rows], T[rows])
        update(dW, db)
    test = "" if X_test is None else f", test E = {{loss(forward(X_test)[1][-1], T_test):.6f}}"
    print(f"epoch {{epoch}}: E = {{loss(forward(X)[1][-1], T):.6f}}{{test}}")

print(json.dumps({{"weights": [w.tolist() for w in W], "biases": [v.tolist() for v in b]}}))'''
