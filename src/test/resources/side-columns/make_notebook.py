"""Writes dataframe.ipynb: the layers' sides as a pandas DataFrame prints them (an index column without a header)."""
import json

PRINTED = """     layer    C    H    W
0    conv1   96   55   55
1    pool1   96   27   27
2    conv2  256   27   27
3    pool2  256   13   13
4    conv3  384   13   13
5    conv4  384   12   12
6    conv5  256   12   12
7    pool3  256    5    5
"""
cells = [
    {"cell_type": "markdown", "metadata": {}, "source": ["# Problem Set 2 — Team Sides\n"]},
    {"cell_type": "markdown", "metadata": {}, "source": ["## 1.5 Dimensions of CNN layers\n"]},
    {"cell_type": "code", "metadata": {}, "execution_count": 3, "source": ["print(df)\n"],
     "outputs": [{"output_type": "stream", "name": "stdout", "text": PRINTED}]},
    {"cell_type": "markdown", "metadata": {}, "source": ["Flattened: 6400\n"]},
]
with open("dataframe.ipynb", "w") as notebook:
    json.dump({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, notebook, indent=1)
