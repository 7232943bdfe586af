#!/usr/bin/env python3
"""Turns a Markdown solution with LaTeX math (the style of ../shared/seeds/) into a LaTeX document.

Used once to typeset the sample submissions; the .tex it writes is kept beside each PDF, and the
PDF is made from it by pdflatex (Debian's texlive):

    python3 scripts/md2tex.py SOLUTION.md > solution.tex && pdflatex -interaction=nonstopmode solution.tex
"""
import re
import sys

PREAMBLE = r"""\documentclass[11pt,a4paper]{article}
\usepackage{cmap}
\usepackage[utf8]{inputenc}
\usepackage{amsmath,amssymb}
\usepackage[margin=2.3cm]{geometry}
\setlength{\parindent}{0pt}
\setlength{\parskip}{4pt}
\begin{document}
"""

HEADING = re.compile(r"^\s*(#+)\s*(.*)$")
NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\s+([A-Z][^.]{0,70})$")


def escape_text(text):
    """Escapes LaTeX specials outside $...$ and turns a few Unicode signs into LaTeX."""
    parts = re.split(r"(\$[^$]+\$)", text)
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 1:
            out.append(part)
            continue
        part = part.replace("\\", r"\textbackslash{}")
        for char, replacement in (("%", r"\%"), ("&", r"\&"), ("#", r"\#"), ("_", r"\_"), ("^", r"\^{}"),
                                  ("~", r"\~{}"), ("×", r"$\times$"), ("–", "--"), ("−", r"$-$")):
            part = part.replace(char, replacement)
        part = re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", part)
        out.append(part)
    return "".join(out)


def repair(markdown):
    """Mends what the PDF-to-text conversion of the seeds broke (a lost backslash, \\n eaten)."""
    return re.sub(r"\$\$I_\{\s*\n?m padded\} = egin\{bmatrix\}(.*?)\\end\{bmatrix\}\$\$",
                  lambda m: "$$I_{\\mathrm{padded}} = \\begin{bmatrix}" + m.group(1).replace(" \\ ", " \\\\ ")
                  + "\\end{bmatrix}$$", markdown, flags=re.S)


def convert(markdown):
    markdown = repair(markdown).replace("×", "\\times ").replace("–", "-")
    # Display math may span lines; blank lines inside it are not allowed in LaTeX.
    blocks = re.split(r"(\$\$.*?\$\$)", markdown, flags=re.S)
    body = []
    for index, block in enumerate(blocks):
        if index % 2 == 1:
            math = "\n".join(line for line in block[2:-2].split("\n") if line.strip())
            if re.search(r"\\\\", re.sub(r"\\begin\{(\w+)\}.*?\\end\{\1\}", "", math, flags=re.S)):
                math = "\\begin{gathered}" + math + "\\end{gathered}"
            body.append("\n\\[" + math + "\\]\n")
            continue
        lines = block.split("\n")
        table = []
        for line in lines + [""]:
            if "\t" in line:
                table.append([escape_text(cell.strip()) for cell in line.split("\t")])
                continue
            if table:
                columns = max(len(row) for row in table)
                body.append("\n\\begin{tabular}{" + "l" * columns + "}\n")
                for row in table:
                    body.append(" & ".join(row + [""] * (columns - len(row))) + " \\\\\n")
                body.append("\\end{tabular}\n")
                table = []
            heading = HEADING.match(line)
            numbered = NUMBERED.match(line.strip())
            if heading:
                command = "section" if len(heading.group(1)) <= 2 else "subsection"
                body.append("\n\\" + command + "*{" + escape_text(heading.group(2)) + "}\n")
            elif numbered:
                command = "section" if "." not in numbered.group(1) else "subsection"
                body.append("\n\\" + command + "*{" + escape_text(line.strip()) + "}\n")
            elif line.strip().startswith("- "):
                body.append("\\textbullet{} " + escape_text(line.strip()[2:]) + "\n")
            else:
                body.append(escape_text(line) + "\n")
    return PREAMBLE + "".join(body) + "\n\\end{document}\n"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as source:
        sys.stdout.write(convert(source.read()))
