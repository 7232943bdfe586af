"""Writes displays.ipynb, an nbformat-4 notebook whose answers are shown by IPython's rich displays, as a team hands it
in after running it: P through display(Math(...)), whose plain text is only the object's repr; A as a SymPy matrix,
whose plain text is a drawing in box characters and whose LaTeX is the matrix; the stride through display(HTML(...));
and a pandas DataFrame of the layers' shapes, whose HTML table comes with a plain-text table of its own.

    /usr/bin/python3 make_notebook.py
"""
import json


def lines(text):
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def markdown(text):
    return {"cell_type": "markdown", "metadata": {}, "source": lines(text)}


def code(source, data, count):
    return {"cell_type": "code", "execution_count": count, "metadata": {}, "source": lines(source),
            "outputs": [{"output_type": "display_data" if count % 2 else "execute_result", "metadata": {},
                         "data": {kind: lines(text) for kind, text in data.items()},
                         **({} if count % 2 else {"execution_count": count})}]}


A_PLAIN = """⎡0.5   0.88  0.5   0.88⎤
⎢                      ⎥
⎢0.95  0.88  0.99  0.88⎥
⎢                      ⎥
⎢0.82   1.0  0.92   1.0⎥
⎢                      ⎥
⎣0.95  0.88  0.99  0.88⎦"""
A_LATEX = ("$\\displaystyle \\left[\\begin{matrix}0.5 & 0.88 & 0.5 & 0.88\\\\0.95 & 0.88 & 0.99 & 0.88\\\\"
           "0.82 & 1.0 & 0.92 & 1.0\\\\0.95 & 0.88 & 0.99 & 0.88\\end{matrix}\\right]$")
FRAME_PLAIN = """   layer          shape
0  conv1   (96, 55, 55)
1  pool1   (96, 27, 27)"""
FRAME_HTML = """<div>
<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;">
      <th></th>
      <th>layer</th>
      <th>shape</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th>0</th>
      <td>conv1</td>
      <td>(96, 55, 55)</td>
    </tr>
    <tr>
      <th>1</th>
      <td>pool1</td>
      <td>(96, 27, 27)</td>
    </tr>
  </tbody>
</table>
</div>"""

CELLS = [
    markdown("# Problem Set 2\n\nTeam: Displays"),
    markdown("## 1.3.1 Convolution layer"),
    markdown("A = sigmoid(S):"),
    code("sympy.Matrix(A)", {"text/plain": A_PLAIN, "text/latex": A_LATEX}, 2),
    markdown("## 1.3.2 Pooling layer"),
    code("display(Math(r'P = ' + bmatrix(P)))", {
        "text/plain": "<IPython.core.display.Math object>",
        "text/latex": "$\\displaystyle P = \\begin{bmatrix}0.95 & 0.99\\\\1.00 & 1.00\\end{bmatrix}$"}, 3),
    markdown("## 1.4 Pooling transformed into convolution\n\nKernel: [[0.25, 0.25], [0.25, 0.25]]\n\nPadding: 0"),
    code("display(HTML('<b>Stride:</b> 2'))", {"text/plain": "<IPython.core.display.HTML object>",
                                               "text/html": "<b>Stride:</b> 2"}, 5),
    markdown("## 1.5 Dimensions of CNN layers"),
    code("pd.DataFrame(shapes)", {"text/plain": FRAME_PLAIN, "text/html": FRAME_HTML}, 6),
]

notebook = {"cells": CELLS, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                        "name": "python3"}, "language_info": {"name": "python"}},
            "nbformat": 4, "nbformat_minor": 5}
with open("displays.ipynb", "w", encoding="utf-8") as out:
    json.dump(notebook, out, indent=1, ensure_ascii=False)
    out.write("\n")
