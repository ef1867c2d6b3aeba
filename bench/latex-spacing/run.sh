#!/bin/sh
# Sets the generated 90-note book with LuaLaTeX (memoir + microtype) and measures both PDFs with the
# test's ruler. Needs pandoc, lualatex (apt: texlive-luatex texlive-latex-recommended texlive-latex-extra).
# Usage: bench/latex-spacing/run.sh   (from the repository root; writes into /tmp/latex-spacing)
set -e
out=/tmp/latex-spacing
mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)
# 1. Our build of the book, its Markdown kept for pandoc.
BOOK_NOTEBOOK_KEEP="$out" dotnet test tests/Book.Tests --no-build --filter "FullyQualifiedName~WordSpacingJudge" >/dev/null || true
# 2. The same Markdown through pandoc into the memoir preamble, twice through LuaLaTeX.
pandoc -f markdown-auto_identifiers -t latex --top-level-division=chapter "$out/notes.md" -o "$here/body.tex"
(cd "$here" && lualatex -interaction=batchmode notebook.tex >/dev/null; lualatex -interaction=batchmode notebook.tex >/dev/null || true)
cp "$here/notebook.pdf" "$out/latex.pdf"; grep -c "Overfull \\\\hbox" "$here/notebook.log" || true
rm -f "$here"/notebook.aux "$here"/notebook.log "$here"/notebook.out "$here"/notebook.pdf "$here/body.tex"
# 3. Both measured by the same ruler: the figures print in the test's output.
BOOK_LATEX_PDF="$out/latex.pdf" dotnet test tests/Book.Tests --no-build --filter "FullyQualifiedName~WordSpacingJudge" --logger "console;verbosity=detailed" | grep -E "body:|notes:|LaTeX|×" || true
