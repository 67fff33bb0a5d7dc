"""Playground's random numbers: `Math.seedrandom(seed)` of David Bau's seedrandom 2.4.3, the
library Playground loads, so that a link's `seed` gives the same points and starting weights
here as in the browser.

ARC4 keyed by the seed string (its UTF-16 code units mixed as `mixkey` does), the first 256
bytes dropped, and each double made of at least 52 bits of ARC4 output as the library makes
it. Written from the library's description and checked against its output (tests/playground).
"""

from __future__ import annotations

WIDTH = 256
MASK = WIDTH - 1
CHUNKS = 6
START_DENOMINATOR = float(WIDTH**CHUNKS)  # 2^48
SIGNIFICANCE = float(2**52)
OVERFLOW = SIGNIFICANCE * 2


def mixed_key(seed: str) -> list[int]:
    """The ARC4 key `mixkey` makes of a seed string."""
    units = seed.encode("utf-16-le")
    key: list[int] = []
    smear = 0
    for j in range(len(units) // 2):
        code = units[2 * j] | units[2 * j + 1] << 8
        slot = j & MASK
        earlier = key[slot] if slot < len(key) else 0  # JavaScript: undefined * 19 → 0
        smear ^= earlier * 19
        value = (smear + code) & MASK
        if slot < len(key):
            key[slot] = value
        else:
            key.append(value)
    return key


class SeedRandom:
    """`Math.random` after `Math.seedrandom(seed)`: call `random()` for the next double."""

    def __init__(self, seed: str) -> None:
        key = mixed_key(seed) or [0]  # the empty key is [0]
        s = list(range(WIDTH))
        j = 0
        for i in range(WIDTH):
            t = s[i]
            j = (j + key[i % len(key)] + t) & MASK
            s[i] = s[j]
            s[j] = t
        self._s, self._i, self._j = s, 0, 0
        self._bytes(WIDTH)  # RC4-drop[256]

    def state(self) -> tuple[int, int, tuple[int, ...]]:
        """Where the generator stands (i, j, S): a saved session goes on drawing from
        here, as Playground's page would."""
        return self._i, self._j, tuple(self._s)

    @classmethod
    def from_state(cls, state: tuple[int, int, tuple[int, ...]]) -> SeedRandom:
        """The generator at `state` (checked by whoever read it: S a permutation of 0 … 255,
        i and j in 0 … 255)."""
        rng = cls.__new__(cls)
        rng._i, rng._j, rng._s = state[0], state[1], list(state[2])
        return rng

    def _bytes(self, count: int) -> int:
        """The next `count` ARC4 outputs as one number, the first the most significant."""
        s, i, j = self._s, self._i, self._j
        r = 0
        for _ in range(count):
            i = (i + 1) & MASK
            t = s[i]
            j = (j + t) & MASK
            s[i] = s[j]
            s[j] = t
            r = r * WIDTH + s[(s[i] + t) & MASK]
        self._i, self._j = i, j
        return r

    def random(self) -> float:
        """A double in [0, 1) with every bit of its mantissa random, as the library makes
        it (in floating point, as JavaScript does)."""
        n = float(self._bytes(CHUNKS))
        d = START_DENOMINATOR
        x = 0
        while n < SIGNIFICANCE:
            n = (n + x) * WIDTH
            d *= WIDTH
            x = self._bytes(1)
        while n >= OVERFLOW:
            n /= 2
            d /= 2
            x >>= 1
        return (n + x) / d
