"""The package's imports run one way (cli → output → run → checks → lib → document → config → base),
rule modules are not libraries, there are no import cycles, and a rule dropped into a family folder
is registered without being named anywhere else."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "newslint"

# Top to bottom: a module may import its own layer and the layers below it, never one above.
LAYERS = ("cli", "output", "run", "checks", "lib", "document", "config", "base")
_BASE = {"newslint.bounded_read", "newslint.store", "newslint.version"}
_FACADE = {"newslint", "newslint.__main__"}  # the package's public names and ``python -m``: above everything


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _runtime_imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The newslint modules a module imports when it runs (imports for type checkers only are left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for stmt in block.body
        for node in ast.walk(stmt)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newslint"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newslint"))
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _runtime_imports(path, modules) - {name} for name, path in modules.items()}


def _layer(module: str) -> int:
    if module in _FACADE:
        return -1
    if module in _BASE:
        return LAYERS.index("base")
    return LAYERS.index(module.split(".")[1])


def test_every_module_has_a_layer():
    for module in _modules():
        _layer(module)  # raises for a module outside the layers


def test_imports_run_one_way():
    upward = [
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in targets
        if _layer(target) < _layer(module)
    ]
    assert upward == []


def test_no_import_cycles():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert cycles == []


def _rule_modules() -> set[str]:
    """Modules that define a rule (a class with a ``code``)."""
    found = set()
    for name, path in _modules().items():
        if not name.startswith("newslint.checks."):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and any(
                isinstance(s, ast.Assign) and any(getattr(t, "id", "") == "code" for t in s.targets) for s in node.body
            ):
                found.add(name)
    return found


def test_rule_modules_are_not_libraries():
    rules = _rule_modules()
    importers = [f"{m} imports {t}" for m, targets in _graph().items() for t in targets if t in rules]
    assert importers == []


def test_every_family_is_a_folder():
    loose = [p.name for p in (PACKAGE / "checks").glob("*.py") if p.name not in {"__init__.py", "rule.py"}]
    assert loose == []
    assert {m.split(".")[2] for m in _rule_modules()} == {
        "accessibility",
        "transliteration",
        "attribution",
        "readability",
        "structure",
        "internal",
    }


def test_a_rule_dropped_into_a_family_folder_is_listed(tmp_path):
    shutil.copytree(PACKAGE, tmp_path / "newslint", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    (tmp_path / "newslint" / "checks" / "structure" / "new_rule.py").write_text(
        textwrap.dedent(
            '''
            """NL599: a rule nobody registered by hand."""
            from newslint.checks.rule import Rule


            class NewRule(Rule):
                """A new rule."""

                code = "NL599"
                name = "new-rule"
                summary = "A rule added by dropping a module into its family folder"

                def check(self, doc, settings):
                    yield from ()
            '''
        )
    )
    out = subprocess.run(
        [sys.executable, "-m", "newslint", "rules"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "NL599" in out.stdout and "new-rule" in out.stdout


def test_a_plain_checkout_imports_and_lints(tmp_path):
    """No install: ``PYTHONPATH=.`` in the repository is enough (the packs are found beside the package)."""
    code = (
        "import sys\n"
        "sys.meta_path = [f for f in sys.meta_path if 'editable' not in repr(f).lower()]\n"  # no install's help
        "from newslint.cli import main\n"
        "sys.exit(main(['check', '--no-cache', '--exit-zero', '--format', 'json', 'fixtures']))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "", "NEWSLINT_CACHE_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert '"code": "NL201"' in out.stdout
