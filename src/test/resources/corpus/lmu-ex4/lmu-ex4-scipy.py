"""Generates lmu-ex4-scipy.ipynb: exercise sheet 4 answered with scipy.signal.convolve2d, as the sheet suggests
(which flips the filters: a true convolution). Code run here."""
import sys
sys.path.insert(0, "..")
from mknb import notebook

cells = [
    ("md", "# Exercise Sheet 4 – Convolutional Neural Networks\n\nDeep Learning and AI, WS 2024/25 · "
           "Maximilian Brandl"),
    ("code", "import numpy as np\nfrom scipy.signal import convolve2d"),
    ("md", "## Exercise 4-1 Convolutions\n\n(a) We apply the three filters with `scipy.signal.convolve2d` "
           "(`mode='valid'`, stride one), as suggested on the sheet."),
    ("code", "I = np.array([[5, 5, 2, 5, 5],\n              [5, 5, 2, 5, 5],\n              [7, 7, 5, 7, 7],\n"
             "              [5, 5, 2, 5, 5],\n              [5, 5, 2, 5, 5]])\n"
             "F1 = np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]])\n"
             "F2 = np.array([[1, 2, 1], [0, 0, 0], [-1, -2, -1]])\n"
             "F3 = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]])"),
    ("code", "for name, F in [('Y1', F1), ('Y2', F2), ('Y3', F3)]:\n    print(name, '=')\n"
             "    print(convolve2d(I, F, mode='valid'))"),
    ("md", "(b) F1 and F2 are Sobel filters (vertical and horizontal edges), F3 is a Laplace filter."),
    ("md", "## Exercise 4-2 Backpropagation through Convolutional Layers\n\n(a) $\\frac{\\partial Y_{i,j}}"
           "{\\partial W_{u,v}} = X_{i+u, j+v}$\n\n(b) Receptive field after 10 layers of $5 \\times 5$ filters:"),
    ("code", "rf = 1\nfor layer in range(10):\n    rf += 5 - 1\nprint('receptive field:', rf)\n"
             "half = rf // 2\nprint('top right neuron sees x =', 639 - half, '...', 639, ' y =', 0, '...', half)"),
    ("md", "**Answer:** No, the eye at (255, 210) is outside the receptive field of the top right neuron."),
]
notebook(cells, "lmu-ex4-scipy.ipynb")
