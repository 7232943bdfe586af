"""Writes ps2-team-n.ipynb, an nbformat-4 notebook as a team hands it in after running it: answers in
Markdown cells and in what code cells printed, and decoys in the code itself (a first guess left in a
comment or an assignment) that must never be read as answers. Sources are stored both ways nbformat
allows (one string, or a list of lines); one output carries terminal colour codes and a progress bar
redrawn with carriage returns; one cell ended in an error whose traceback holds numbers.

    /usr/bin/python3 make_notebook.py
"""
import json


def lines(text):
    """A multiline string as Jupyter stores it: a list of lines, each with its line break."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def markdown(text, as_list=True):
    return {"cell_type": "markdown", "metadata": {}, "source": lines(text) if as_list else text}


def code(source, outputs, count):
    return {"cell_type": "code", "execution_count": count, "metadata": {}, "outputs": outputs,
            "source": lines(source)}


def stream(text):
    return {"name": "stdout", "output_type": "stream", "text": lines(text)}


S_LATEX = (r"$$S = \begin{bmatrix} 0 & 2 & 0 & 2 \\ 3 & 2 & 5 & 2 \\ 1.5 & 7.5 & 2.5 & 6.5 \\ "
           r"3 & 2 & 5 & 2 \end{bmatrix}$$")

cells = [
    markdown("# Deep Learning E1394 — Problem Set 2\n\nTeam PS 2 N"),
    code("import numpy as np\nimport torch\nimport torch.nn.functional as F", [], 1),
    markdown("## 1.3.1 Convolution layer", as_list=False),
    code("X = torch.tensor([[0, 0, 0, 0], [0, 1, 0, 1], [1, 0.5, 1, 0.5], [0, 1, 0, 1]])\n"
         "K = torch.tensor([[0, 2, 0], [2, 1, 1], [0, 2, 0]])\n"
         "# first try, without padding: S = [[2, 5], [7.5, 2.5]]\n"
         "S = F.conv2d(X[None, None], K[None, None].float(), padding=1)[0, 0]\n"
         "display(Markdown(to_latex('S', S)))",
         [{"data": {"text/markdown": [S_LATEX], "text/plain": ["<IPython.core.display.Markdown object>"]},
           "metadata": {}, "output_type": "display_data"}], 2),
    markdown("After the sigmoid, rounded to two decimals:\n\n"
             r"$$A = \begin{bmatrix} 0.5 & 0.88 & 0.5 & 0.88 \\ 0.95 & 0.88 & 0.99 & 0.88 \\ "
             r"0.82 & 1 & 0.92 & 1 \\ 0.95 & 0.88 & 0.99 & 0.88 \end{bmatrix}$$"),
    code("A = torch.sigmoid(S)\nA.numpy().round(2)",
         [{"data": {"text/plain": lines("array([[0.5 , 0.88, 0.5 , 0.88],\n       [0.95, 0.88, 0.99, 0.88],\n"
                                        "       [0.82, 1.  , 0.92, 1.  ],\n       [0.95, 0.88, 0.99, 0.88]],"
                                        " dtype=float32)")},
           "execution_count": 3, "metadata": {}, "output_type": "execute_result"}], 3),
    markdown("## 1.3.2 Pooling layer\n\n"
             r"$$P = \begin{bmatrix} 0.95 & 0.99 \\ 1 & 1 \end{bmatrix}$$"),
    markdown("## 1.4 Pooling transformed into convolution"),
    code("stride = 1  # stride = 1 was wrong\nprint('stride =', 2)\nprint('padding =', 0)",
         [stream("stride = 2\npadding = 0")], 4),
    markdown("## 1.5 Dimensions of CNN layers"),
    code("for name, shape in shapes(alexnet):\n    print(f'{name}: {shape}')",
         [stream("\u001b[32mcomputing\u001b[0m  10%\r computing 100%\n"
                 "conv1: 96 × 55 × 55\npool1: 96 × 27 × 27\nconv2: 256 × 27 × 27")], 5),
    code("conv3_shape = (384, 13, 13)\nraise ValueError('shape mismatch: 4096 vs 9216')",
         [{"ename": "ValueError", "evalue": "shape mismatch: 4096 vs 9216", "output_type": "error",
           "traceback": ["\u001b[0;31mValueError\u001b[0m: shape mismatch: 4096 vs 9216"]}], 6),
]

notebook = {
    "cells": cells,
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.7"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}

with open("ps2-team-n.ipynb", "w", encoding="utf-8") as file:
    json.dump(notebook, file, indent=1, ensure_ascii=False)
    file.write("\n")
