#!/usr/bin/env python3
"""Write docs/cli.md from the real --help output of every dateline command.

    python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    python scripts/gen_cli_docs.py --check  # exit 1 when docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from dateline.cli import cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _help(args: list[str]) -> str:
    res = CliRunner().invoke(cli, [*args, "--help"], terminal_width=100, prog_name="dateline")
    return res.output.rstrip()


def commands() -> list[list[str]]:
    out: list[list[str]] = []
    for name in sorted(cli.commands):
        cmd = cli.commands[name]
        out.append([name])
        if isinstance(cmd, click.Group):
            out.extend([name, sub] for sub in sorted(cmd.commands))
    return out


def render() -> str:
    parts = ["# Command-line reference", "",
             "Generated from the commands' own `--help` by `scripts/gen_cli_docs.py`; "
             "`tests/test_docs.py` fails when it is out of date.", "",
             "```text", _help([]), "```", ""]
    for args in commands():
        parts += [f"## dateline {' '.join(args)}", "", "```text", _help(args), "```", ""]
    return "\n".join(parts)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print("docs/cli.md is out of date: run python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
