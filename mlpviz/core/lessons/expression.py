"""Typed functions for the gradient-descent labs, parsed safely.

An expression in x (and y for the 2-D lab) is parsed with Python's `ast` and checked node
by node against a whitelist — numbers, the variables, + − × ÷ and ^ (or **), and a few
functions — then evaluated by walking the tree. Nothing is ever passed to eval, and sympy's
sympify (which calls eval) is not used. The derivative is the tree differentiated by the
usual rules, so the lab's slopes are exact (2x − 6 at x = 10 is 14, not 13.9999999).
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from typing import cast

import numpy as np
from numpy.typing import NDArray

from ..errors import MlpvizError

Value = float | NDArray[np.float64]  # a number, or one at each point of an array
FUNCTIONS: dict[str, Callable[[Value], Value]] = {
    "sin": np.sin, "cos": np.cos, "exp": np.exp, "log": np.log, "sqrt": np.sqrt, "tanh": np.tanh,
    "abs": np.abs}
MAX_LENGTH = 200
MAX_NODES = 200


class Expression:
    """A parsed expression: call it with variable values; `.derivative(var)` gives another."""

    def __init__(self, text: str, variables: tuple[str, ...] = ("x",)) -> None:
        if len(text) > MAX_LENGTH:
            raise MlpvizError(f"the expression is longer than {MAX_LENGTH} characters")
        try:
            # ^ means a power, as people write it (Python's ^ binds looser than +).
            tree = ast.parse(text.strip().replace("^", "**").replace("×", "*")
                             .replace("÷", "/").replace("−", "-"), mode="eval")
        except SyntaxError:
            raise MlpvizError(f"'{text}' is not an expression I can read") from None
        self.text, self.variables = text, variables
        self.node = _check(tree.body, variables, [0])

    @classmethod
    def _from_node(cls, node: ast.expr, variables: tuple[str, ...], text: str) -> Expression:
        e = cls.__new__(cls)
        e.text, e.variables, e.node = text, variables, node
        return e

    def __call__(self, **values: Value) -> Value:
        """The value at `values`; shaped like them even where the formula is a constant."""
        with np.errstate(all="ignore"):
            result = _eval(self.node, values)
        shape = np.broadcast_shapes(*(np.shape(v) for v in values.values())) if values else ()
        return np.broadcast_to(np.asarray(result, dtype=float), shape).copy() if shape \
            else float(result)

    def derivative(self, var: str = "x") -> Expression:
        return Expression._from_node(_diff(self.node, var), self.variables,
                                     f"d/d{var}({self.text})")


def _check(node: ast.expr, variables: tuple[str, ...], count: list[int]) -> ast.expr:
    count[0] += 1
    if count[0] > MAX_NODES:
        raise MlpvizError("the expression is too long")
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, int | float):
            raise MlpvizError(f"only numbers are allowed, not {node.value!r}")
        return node
    if isinstance(node, ast.Name):
        if node.id not in variables and node.id not in ("pi", "e"):
            raise MlpvizError(f"unknown name '{node.id}' (use {', '.join(variables)})")
        return node
    if isinstance(node, ast.BinOp):
        if not isinstance(node.op, ast.Add | ast.Sub | ast.Mult | ast.Div | ast.Pow):
            raise MlpvizError("only + − × ÷ and ^ are allowed")
        return ast.BinOp(_check(node.left, variables, count), node.op,
                         _check(node.right, variables, count))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return ast.UnaryOp(node.op, _check(node.operand, variables, count))
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            raise MlpvizError(f"'{_shown(node.func)}(…)' is not a function a formula may use; "
                              f"it may use {', '.join(FUNCTIONS)}")
        if len(node.args) != 1 or node.keywords:
            raise MlpvizError(f"{node.func.id}() takes one argument")
        return ast.Call(node.func, [_check(node.args[0], variables, count)], [])
    what = NOT_ALLOWED.get(type(node), "this")
    raise MlpvizError(f"'{_shown(node)}': {what} cannot be part of a formula")


# What a user wrote, named for the message that refuses it.
NOT_ALLOWED = {ast.Attribute: "an attribute (a.b)", ast.Subscript: "indexing (a[i])",
               ast.Lambda: "a lambda", ast.Compare: "a comparison",
               ast.BoolOp: "and / or", ast.IfExp: "if … else", ast.Tuple: "a tuple",
               ast.List: "a list", ast.Dict: "a dict", ast.Set: "a set",
               ast.JoinedStr: "a string", ast.Starred: "*", ast.NamedExpr: ":="}


def _shown(node: ast.AST) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 40 else text[:40] + "…"


def _eval(node: ast.expr, v: dict[str, Value]) -> Value:
    # NumPy scalars throughout: 1/0 and 9**9**9 give inf, never a Python exception.
    if isinstance(node, ast.Constant):
        return np.float64(cast(float, node.value))  # _check let only numbers through
    if isinstance(node, ast.Name):
        return np.float64(v[node.id]) if node.id in v and np.isscalar(v[node.id]) \
            else v[node.id] if node.id in v else np.float64({"pi": math.pi, "e": math.e}[node.id])
    if isinstance(node, ast.UnaryOp):
        x = _eval(node.operand, v)
        return -x if isinstance(node.op, ast.USub) else x
    if isinstance(node, ast.Call):
        return FUNCTIONS[cast(ast.Name, node.func).id](_eval(node.args[0], v))  # as _check made it
    a, b = _eval(node.left, v), _eval(node.right, v)  # type: ignore[attr-defined]
    op = node.op  # type: ignore[attr-defined]
    if isinstance(op, ast.Add):
        return a + b
    if isinstance(op, ast.Sub):
        return a - b
    if isinstance(op, ast.Mult):
        return a * b
    if isinstance(op, ast.Div):
        return a / b
    return np.power(a, b)


# -- differentiation ---------------------------------------------------------------------
def _c(v: float) -> ast.Constant:
    return ast.Constant(v)


def _bin(a: ast.expr, op: ast.operator, b: ast.expr) -> ast.expr:
    return ast.BinOp(a, op, b)


def _is_const(node: ast.AST, var: str) -> bool:
    return not any(isinstance(n, ast.Name) and n.id == var for n in ast.walk(node))


_CHAIN: dict[str, Callable[[ast.expr], ast.expr]] = {  # f(u) → f'(u) as a tree in u
    "sin": lambda u: ast.Call(ast.Name("cos"), [u], []),
    "cos": lambda u: ast.UnaryOp(ast.USub(), ast.Call(ast.Name("sin"), [u], [])),
    "exp": lambda u: ast.Call(ast.Name("exp"), [u], []),
    "log": lambda u: _bin(_c(1.0), ast.Div(), u),
    "sqrt": lambda u: _bin(_c(0.5), ast.Div(), ast.Call(ast.Name("sqrt"), [u], [])),
    "tanh": lambda u: _bin(_c(1.0), ast.Sub(),
                           _bin(ast.Call(ast.Name("tanh"), [u], []), ast.Pow(), _c(2.0))),
    "abs": lambda u: _bin(u, ast.Div(), ast.Call(ast.Name("abs"), [u], [])),
}


def _diff(node: ast.expr, var: str) -> ast.expr:
    if _is_const(node, var):
        return _c(0.0)
    if isinstance(node, ast.Name):
        return _c(1.0)
    if isinstance(node, ast.UnaryOp):
        d = _diff(node.operand, var)
        return ast.UnaryOp(ast.USub(), d) if isinstance(node.op, ast.USub) else d
    if isinstance(node, ast.Call):
        u = node.args[0]
        name = cast(ast.Name, node.func).id  # (_check let only calls of a name through)
        return _bin(_CHAIN[name](u), ast.Mult(), _diff(u, var))
    a, b, op = node.left, node.right, node.op  # type: ignore[attr-defined]
    da, db = _diff(a, var), _diff(b, var)
    if isinstance(op, ast.Add | ast.Sub):
        return _bin(da, op, db)
    if isinstance(op, ast.Mult):
        return _bin(_bin(da, ast.Mult(), b), ast.Add(), _bin(a, ast.Mult(), db))
    if isinstance(op, ast.Div):
        top = _bin(_bin(da, ast.Mult(), b), ast.Sub(), _bin(a, ast.Mult(), db))
        return _bin(top, ast.Div(), _bin(b, ast.Pow(), _c(2.0)))
    # a ** b
    if _is_const(b, var):  # d(u^n) = n·u^(n−1)·u'
        return _bin(_bin(b, ast.Mult(), _bin(a, ast.Pow(), _bin(b, ast.Sub(), _c(1.0)))),
                    ast.Mult(), da)
    # general: d(a^b) = a^b · (b' ln a + b a'/a)
    ln_a = ast.Call(ast.Name("log"), [a], [])
    inner = _bin(_bin(db, ast.Mult(), ln_a), ast.Add(), _bin(_bin(b, ast.Mult(), da),
                                                            ast.Div(), a))
    return _bin(node, ast.Mult(), inner)
