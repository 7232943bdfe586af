"""Generates wk12-nb.ipynb: week 12's exercises 3 and 4 answered in a notebook (code run here)."""
import sys
sys.path.insert(0, "..")
from mknb import notebook

cells = [
    ("md", "# Week 12 – Chapter 9: theoretical exercises\n\nDeep Learning FS 2024 · Elif Aydin · exercises 3 and 4 "
           "computed with scipy"),
    ("code", "import numpy as np\nfrom scipy.signal import correlate2d"),
    ("md", "## Exercise 3\n\nImage $X$ and the vertical-edge kernel $K$ (origin in the middle). Networks compute a "
           "correlation, so we use `correlate2d`.\n\n### (a) valid, same and full padding"),
    ("code", "X = np.array([[1, 6, 6, 6, 6, 1],\n              [1, 6, 10, 10, 6, 1],\n              [1, 6, 10, 10, 6, 1],\n"
             "              [1, 6, 6, 6, 6, 1]])\nK = np.array([[-1, 0, 1],\n              [-1, 0, 1],\n"
             "              [-1, 0, 1]])\nA_valid = correlate2d(X, K, mode='valid')\nA_valid"),
    ("code", "A_same = correlate2d(X, K, mode='same')\nA_same"),
    ("code", "A_full = correlate2d(X, K, mode='full')\nA_full"),
    ("md", "### (b) detector stage (ReLU) and 2×2 max pooling, same padding"),
    ("code", "Y_same = np.maximum(A_same, 0)\nP_same = Y_same.reshape(2, 2, 3, 2).max(axis=(1, 3))\n"
             "print(Y_same)\nprint()\nprint(P_same)"),
    ("md", "## Exercise 4 (Gonzalez & Woods 13.3)\n\nRGB input $512 \\times 512$, 12 feature maps of $504 \\times 504$ "
           "in the first layer, $2 \\times 2$ pooling, 6 maps with $3 \\times 3$ kernels in the second layer."),
    ("code", "k = 512 - 504 + 1\np1 = 504 // 2\nm2 = p1 - 3 + 1\np2 = m2 // 2\n"
             "print(f'(a) kernel side k = {k}')\nprint(f'(b) pooled maps: {p1} x {p1}')\nprint(f'(c) depth: {12}')\n"
             "print(f'(d) second-layer maps: {m2} x {m2}')\nprint(f'(e) flattened length: {p2 * p2 * 6}')"),
]
notebook(cells, "wk12-nb.ipynb")
