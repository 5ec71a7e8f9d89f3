#!/usr/bin/env python3
"""Checks that documentation points at files that exist in the repository.

* Markdown files (every tracked `*.md`): each relative link target
  `[text](path)` or `[label]: path` exists, relative to the file; a
  `#fragment` on a Markdown target (or a bare `#fragment`) names a heading
  of that file.
* Doc comments (`//!`, `///`) and `#` comments of tracked Rust, TOML and
  shell files: each repository path they mention (`docs/schema.md`,
  `crates/.../x.rs`, `scripts/test.sh`, `tests/moto_org.py`, `../README.md`,
  `PROFILES.md`...) exists relative to the repository root, the file's
  crate or the file's folder. Fixtures under test-data/ are inputs, not
  documentation, and are skipped.

Exits 1 and lists every broken reference; run from anywhere (CI: .ci/run).
"""

import os
import re
import subprocess
import sys

ROOT = subprocess.run(
    ["git", "rev-parse", "--show-toplevel"],
    cwd=os.path.dirname(os.path.abspath(__file__)),
    capture_output=True, text=True, check=True,
).stdout.strip()


def tracked(*patterns):
    out = subprocess.run(["git", "ls-files", "--", *patterns], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return [p for p in out.splitlines() if os.path.exists(os.path.join(ROOT, p))]


def slug(heading):
    """GitHub's anchor for a heading."""
    text = re.sub(r"[`*]", "", heading.strip()).lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path):
    found, seen = set(), {}
    in_code = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("```"):
                in_code = not in_code
            if in_code:
                continue
            m = re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line)
            if m:
                s = slug(m.group(1))
                n = seen.get(s, 0)
                seen[s] = n + 1
                found.add(s if n == 0 else f"{s}-{n}")
            for a in re.findall(r'<a\s+(?:name|id)="([^"]+)"', line):
                found.add(a)
    return found


EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)  # https:, mailto:, ...
MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
MD_REF = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")


def check_markdown(rel, errors):
    path = os.path.join(ROOT, rel)
    in_code = False
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            if line.lstrip().startswith("```"):
                in_code = not in_code
                continue
            if in_code:
                continue
            line = re.sub(r"`[^`]*`", "", line)  # inline code is not a link
            targets = MD_LINK.findall(line) + MD_REF.findall(line)
            for target in targets:
                if EXTERNAL.match(target):
                    continue
                file_part, _, fragment = target.partition("#")
                dest = os.path.normpath(os.path.join(os.path.dirname(path), file_part)) if file_part else path
                if not os.path.exists(dest):
                    errors.append(f"{rel}:{no}: link target `{target}` does not exist")
                elif fragment and dest.endswith(".md") and fragment not in anchors(dest):
                    errors.append(f"{rel}:{no}: `{target}`: no heading `#{fragment}` in {os.path.relpath(dest, ROOT)}")


# A repository path in a comment: a relative path with a folder and a known
# extension, or an upper-case Markdown file name (README.md, BENCHMARKS.md).
PATH = re.compile(
    r"(?<![\w/.:-])((?:\.\.?/)*(?:[\w.-]+/)+[\w.-]+\.(?:md|rs|toml|sh|py)|[A-Z][A-Z0-9_]*\.md)(?![\w/-])"
)
COMMENT = {".rs": re.compile(r"^\s*//[/!](.*)"), ".toml": re.compile(r"^\s*#(.*)"),
           ".sh": re.compile(r"^\s*#(?!!)(.*)"), ".py": re.compile(r"^\s*#(?!!)(.*)")}


def crate_dir(rel):
    parts = rel.split("/")
    if len(parts) > 2 and parts[0] == "crates":
        return os.path.join(ROOT, *parts[:2])
    if parts[0] == "fuzz":
        return os.path.join(ROOT, "fuzz")
    return ROOT


def check_comments(rel, errors):
    path = os.path.join(ROOT, rel)
    pattern = COMMENT[os.path.splitext(rel)[1]]
    bases = [ROOT, crate_dir(rel), os.path.dirname(path)]
    with open(path, encoding="utf-8", errors="replace") as f:
        for no, line in enumerate(f, 1):
            m = pattern.match(line)
            if not m:
                continue
            for target in PATH.findall(m.group(1)):
                if not any(os.path.exists(os.path.normpath(os.path.join(b, target))) for b in bases):
                    errors.append(f"{rel}:{no}: `{target}` is not a file of the repository")


def main():
    errors = []
    for rel in tracked("*.md"):
        check_markdown(rel, errors)
    for rel in tracked("*.rs", "*.toml", "*.sh", "*.py"):
        if not rel.startswith("test-data/"):  # fixtures: inputs, not documentation
            check_comments(rel, errors)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} broken documentation reference(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
