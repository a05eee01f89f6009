"""``--format junit``: JUnit XML, one test suite per file and one failing test case per finding.

For CI systems that show test reports but not annotations. A clean file is one passing case; a
file that could not be linted is one case in error.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from typing import IO
from xml.etree import ElementTree as ET

from newslint.output._docs import sentence
from newslint.run.engine import FileResult


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    """One pass over the results: each suite is spooled to a temporary file (memory stays flat on an
    archive) until the totals the root element carries are known."""
    total = failures = errors = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for result in results:
            suite = _suite(result)
            ET.indent(suite, level=1)
            spool.write(_GAP + ET.tostring(suite, encoding="unicode"))
            total += int(suite.get("tests", 0))
            failures += len(result.findings)
            errors += bool(result.error)
        root = ET.Element("testsuites", name="newslint", tests=str(total), failures=str(failures), errors=str(errors))
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        if not spool.tell():
            stream.write(ET.tostring(root, encoding="unicode") + "\n")
            return
        stream.write(ET.tostring(root, encoding="unicode").removesuffix(" />") + ">")
        spool.seek(0)
        shutil.copyfileobj(spool, stream)
        stream.write("\n</testsuites>\n")


_GAP = "\n  "  # before each suite, as ElementTree indents the children of the root


def _suite(result: FileResult) -> ET.Element:
    suite = ET.Element("testsuite", name=result.path)
    cases = 0
    if result.error:
        case = ET.SubElement(suite, "testcase", name="lint", classname=result.path)
        ET.SubElement(case, "error", message=result.error)
        cases = 1
    elif not result.findings:
        ET.SubElement(suite, "testcase", name="no findings", classname=result.path)
        cases = 1
    for f in result.findings:
        name = f"{f.code} {f.name} at {f.line}:{f.column}"
        case = ET.SubElement(suite, "testcase", name=name, classname=result.path)
        failure = ET.SubElement(case, "failure", message=f.message, type=f.severity)
        failure.text = (
            f"{result.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {sentence(f.message)}\n"
            f"suggestion: {sentence(f.suggestion.message)}\n"
        )
        cases += 1
    suite.set("tests", str(cases))
    suite.set("failures", str(len(result.findings)))
    suite.set("errors", "1" if result.error else "0")
    return suite
