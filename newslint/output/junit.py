"""``--format junit``: JUnit XML, one test suite per file and one failing test case per finding.

For CI systems that show test reports but not annotations. A clean file is one passing case; a
file that could not be linted is one case in error.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO
from xml.etree import ElementTree as ET

from newslint.engine import FileResult
from newslint.output._docs import sentence


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    suites = ET.Element("testsuites", name="newslint")
    total = failures = errors = 0
    for result in results:
        suite = ET.SubElement(suites, "testsuite", name=result.path)
        cases = 0
        if result.error:
            case = ET.SubElement(suite, "testcase", name="lint", classname=result.path)
            ET.SubElement(case, "error", message=result.error)
            cases, errors = 1, errors + 1
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
        total += cases
        failures += len(result.findings)
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    ET.indent(suites)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(suites, encoding="unicode"))
    stream.write("\n")
