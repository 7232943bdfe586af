"""Writes html-answers.ipynb, an nbformat-4 notebook whose answers are set with HTML in its Markdown cells, as a
course's notebook template asks ("<font color='red'>your answer</font>") and as students colour, bolden and break
their lines in Jupyter: every answer right, one struck out with <del> and replaced.

    /usr/bin/python3 make_notebook.py
"""
import json


def markdown(text):
    parts = text.split("\n")
    return {"cell_type": "markdown", "metadata": {},
            "source": [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])}


CELLS = [
    "# Problem Set 2\n\nTeam: <b>HTML</b>",
    "## 1.4 Pooling transformed into convolution\n\n"
    "Kernel: <span style=\"color:red\">[[0.25, 0.25], [0.25, 0.25]]</span>\n\n"
    "Stride: <font color='red'>2</font>\n\n"
    "Padding: <del>1</del> <b>0</b>",
    "## 1.5 Dimensions of CNN layers\n\n"
    "conv1: <mark>96 &times; 55 &times; 55</mark><br>pool1: 96 × 27 × 27<br/>conv2: 256 × 27 × 27<br />"
    "pool2: <span style=\"color: blue\">256 x 13 x 13</span>\n\n"
    "conv3: 384 × 13 × 13<br>conv4: 384 × 13 × 13<br>conv5: 256 × 13 × 13<br>pool3: 256 × 6 × 6\n\n"
    "Flattened:&nbsp;<strong>9216</strong>",
]

notebook = {"cells": [markdown(cell) for cell in CELLS],
            "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                         "language_info": {"name": "python"}},
            "nbformat": 4, "nbformat_minor": 5}
with open("html-answers.ipynb", "w", encoding="utf-8") as out:
    json.dump(notebook, out, indent=1, ensure_ascii=False)
    out.write("\n")
