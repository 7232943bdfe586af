"""Generates ps2-team-q.ipynb: the notebook team PS 2 Q handed in (the code cells are run here)."""
import sys
sys.path.insert(0, "..")
from mknb import notebook

cells = [
    ("md", "# Problem Set 2 – Deep Learning E1394\n\n**Team PS 2 Q**: Ravi Menon, Julia Kowalska, Tim Weber  \n"
           "Part 1 (theory), answered in a notebook so that every number is computed."),
    ("code", "import numpy as np\nfrom scipy.signal import correlate2d\n\nnp.set_printoptions(suppress=True)"),
    ("md", "## 1.1 Kernels\n\n(a) The identity kernel has a single 1 in the centre. The image must be zero-padded by 1 "
           "(\"same\" padding) so that the output keeps its size. We check it on a random image:"),
    ("code", "K_id = np.array([[0, 0, 0],\n                 [0, 1, 0],\n                 [0, 0, 0]])\n"
             "T = np.random.default_rng(0).integers(0, 10, size=(5, 5))\n"
             "print(np.array_equal(correlate2d(np.pad(T, 1), K_id, mode='valid'), T))\nK_id"),
    ("md", "(b) A blur. (c) A vertical Sobel kernel, which highlights vertical edges."),
    ("md", "## 1.2 Kernels applied to an image\n\nHorizontal edges with dark pixels above bright ones: the snow line "
           "and the lake shore (circled in `figure1.png`)."),
    ("md", "## 1.3 Convolution and pooling\n\n### 1.3.1 Convolution layer\n\nWe pad $X$ with one ring of zeros and "
           "cross-correlate with $K$ (stride 1). Pre-activation feature map $S$:"),
    ("code", "X = np.array([[0, 0, 0, 0],\n              [0, 1, 0, 1],\n              [1, 0.5, 1, 0.5],\n"
             "              [0, 1, 0, 1]])\nK = np.array([[0, 2, 0],\n              [2, 1, 1],\n              [0, 2, 0]])\n"
             "S = correlate2d(np.pad(X, 1), K, mode='valid')\nprint(S)"),
    ("md", "Feature map after the sigmoid, rounded to two decimals:"),
    ("code", "A = 1 / (1 + np.exp(-S))\nprint(A.round(2))"),
    ("md", "### 1.3.2 Pooling layer\n\n$2 \\times 2$ max pooling with stride 2 (computed on the unrounded $A$):"),
    ("code", "P = A.reshape(2, 2, 2, 2).max(axis=(1, 3))\nprint(P)"),
    ("md", "### 1.3.3 Discussion\n\nThe sigmoid is saturated almost everywhere, so its derivative is close to 0 and the "
           "gradients vanish."),
    ("md", "## 1.4 Pooling transformed into convolution\n\n**Answer:** a $2 \\times 2$ kernel with all weights $1/4$, "
           "stride 2, padding 0. Check on the $4 \\times 4$ input `R`:"),
    ("code", "R = np.arange(1, 17).reshape(4, 4)\nK_avg = np.full((2, 2), 0.25)\n"
             "conv = correlate2d(R, K_avg, mode='valid')[::2, ::2]\npool = R.reshape(2, 2, 2, 2).mean(axis=(1, 3))\n"
             "print(K_avg)\nprint(conv)\nprint(np.allclose(conv, pool))"),
    ("md", "## 1.5 Dimensions of CNN layers\n\nOutput side $\\lfloor (n + 2p - k)/s \\rfloor + 1$ for every layer:"),
    ("code", "def out(n, k, s=1, p=0):\n    return (n + 2 * p - k) // s + 1\n\n"
             "layers = [('conv1', 96, 11, 4, 0), ('pool1', None, 3, 2, 0), ('conv2', 256, 5, 1, 2),\n"
             "          ('pool2', None, 3, 2, 0), ('conv3', 384, 3, 1, 1), ('conv4', 384, 3, 1, 1),\n"
             "          ('conv5', 256, 3, 1, 1), ('pool3', None, 3, 2, 0)]\n"
             "c, n = 3, 227\nfor name, filters, k, s, p in layers:\n    n = out(n, k, s, p)\n    c = filters or c\n"
             "    print(f'{name:8s} {(c, n, n)}')\nprint(f\"{'flatten':8s} {(c * n * n,)}\")\n"
             "for name, units in [('fc6', 4096), ('fc7', 4096), ('fc8', 1000)]:\n    print(f'{name:8s} {(units,)}')"),
]

notebook(cells, "ps2-team-q.ipynb")
