"""Writes a real nbformat-4 notebook: markdown cells, and code cells run here (numpy/scipy) with their
printed output and the value of their last expression, as Jupyter shows them. A code cell given as
("code", source, outputs) keeps the outputs as written (torch cells, run elsewhere): printed text, or
("result", text) for the displayed value of the last expression."""
import ast, contextlib, io, json, sys


def _run(source, namespace):
    tree = ast.parse(source)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(tree, "<cell>", "exec"), namespace)
        value = eval(compile(last, "<cell>", "eval"), namespace) if last else None
    return out.getvalue(), value


def _lines(text):
    lines = text.splitlines(keepends=True)
    return lines


def notebook(cells, path, kernel="python3"):
    namespace = {}
    out_cells = []
    count = 0
    for cell in cells:
        kind, source = cell[0], cell[1]
        if kind == "md":
            out_cells.append({"cell_type": "markdown", "metadata": {}, "source": _lines(source)})
            continue
        count += 1
        outputs = []
        if len(cell) > 2:
            for text in cell[2]:
                if isinstance(text, tuple):  # ("result", text): the value of the cell's last expression
                    outputs.append({"data": {"text/plain": _lines(text[1].rstrip("\n"))}, "execution_count": count,
                                    "metadata": {}, "output_type": "execute_result"})
                else:
                    outputs.append({"name": "stdout", "output_type": "stream", "text": _lines(text)})
        else:
            printed, value = _run(source, namespace)
            if printed:
                outputs.append({"name": "stdout", "output_type": "stream", "text": _lines(printed)})
            if value is not None:
                outputs.append({"data": {"text/plain": _lines(repr(value))}, "execution_count": count,
                                "metadata": {}, "output_type": "execute_result"})
        out_cells.append({"cell_type": "code", "execution_count": count, "metadata": {}, "outputs": outputs,
                          "source": _lines(source)})
    document = {"cells": out_cells, "metadata": {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": kernel},
        "language_info": {"name": "python", "version": "3.11.7", "mimetype": "text/x-python",
                          "file_extension": ".py", "codemirror_mode": {"name": "ipython", "version": 3},
                          "nbconvert_exporter": "python", "pygments_lexer": "ipython3"}},
        "nbformat": 4, "nbformat_minor": 5}
    for i, cell in enumerate(document["cells"]):
        cell["id"] = f"c{i:03d}"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")
