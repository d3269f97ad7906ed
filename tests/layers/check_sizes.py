#!/usr/bin/env python3
"""The size rule, checked on every C++ file of the project (a ctest test, so CI runs it): no file over 600 lines and
no function over 80 lines, test data (Qt Test's *_data() tables) excepted. A function is measured from the line of
its opening brace to the line of its closing one; string and character literals and comments are skipped, so braces
inside them do not count. Prints each file or function over the limit and exits 1 when there is one."""
import os
import re
import sys

MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 80
ROOTS = ("app", "models", "ui", "tests")
SIGNATURE_END = re.compile(r"\)\s*(const)?\s*(override)?\s*(noexcept)?\s*(->\s*[\w:<>, ]+)?\s*(:.*)?$", re.S)


def code_only(line, state):
    """The line without literals and comments; state carries an open block comment or raw string across lines."""
    out = []
    i = 0
    while i < len(line):
        if state["comment"]:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out)
            state["comment"] = False
            i = end + 2
            continue
        if state["raw"]:
            end = line.find(state["raw"], i)
            if end < 0:
                return "".join(out)
            i = end + len(state["raw"])
            state["raw"] = None
            out.append('""')
            continue
        if line.startswith("//", i):
            break
        if line.startswith("/*", i):
            state["comment"] = True
            i += 2
            continue
        raw = re.match(r'R"([^(\s]*)\(', line[i:])
        if raw and (i == 0 or not (line[i - 1].isalnum() or line[i - 1] == "_")):
            state["raw"] = ")" + raw.group(1) + '"'
            i += raw.end()
            continue
        c = line[i]
        if c in "\"'":
            j = i + 1
            while j < len(line) and line[j] != c:
                j += 2 if line[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def functions(path):
    """(first line, line count, name) of every function body at namespace or class level."""
    state = {"comment": False, "raw": None}
    stack = []  # kinds of open braces: ns, class, func, block
    signature = ""
    start = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            for c in code_only(line.rstrip("\n"), state):
                if c == "{":
                    before = signature.strip()
                    kind = "block"
                    if re.search(r"\bnamespace\b[^;]*$", before) or before.endswith('extern ""'):
                        kind = "ns"
                    elif re.search(r"\b(class|struct|enum|union)\b[^;()]*$", before):
                        kind = "class"
                    elif all(k in ("ns", "class") for k in stack) and SIGNATURE_END.search(before):
                        kind = "func"
                        name = re.sub(r"\s+", " ", before)
                        start = (number, name[name.rfind(" ", 0, max(0, name.find("("))) + 1:name.find("(")])
                    stack.append(kind)
                    signature = ""
                elif c == "}":
                    if stack and stack.pop() == "func" and start:
                        yield start[0], number - start[0] + 1, start[1]
                        start = None
                    signature = ""
                elif c == ";":
                    signature = ""
                else:
                    signature += c
            signature += "\n"


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else "."
    problems = []
    for root in ROOTS:
        for directory, _, names in os.walk(os.path.join(top, root)):
            for name in sorted(names):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(directory, name)
                shown = os.path.relpath(path, top)
                with open(path, encoding="utf-8", errors="replace") as f:
                    count = sum(1 for _ in f)
                if count > MAX_FILE_LINES:
                    problems.append(f"{shown}: {count} lines (at most {MAX_FILE_LINES})")
                for first, length, function in functions(path):
                    if length > MAX_FUNCTION_LINES and not function.endswith("_data"):
                        problems.append(f"{shown}:{first}: {function} has {length} lines (at most "
                                        f"{MAX_FUNCTION_LINES})")
    for p in problems:
        print(p)
    print(f"sizes: {len(problems)} over the limits")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
