"""NL9xx: problems of newslint itself, reported as findings so that a run always completes."""

from newslint.checks.rule import Rule


class RuleCrashed(Rule):
    """A rule raised an exception on this file.

    **Why**: a broken rule must not stop the run; the other rules' findings on this file and
    every other file are still reported, and the exit code says that something went wrong.

    **Fix**: report it to the newslint maintainers with the file (or a reduced copy); in the
    meantime ``--ignore`` the crashing rule or suppress it for this file.

    **References**: none.
    """

    code = "NL901"
    name = "rule-crashed"
    summary = "A rule crashed on this file; the run went on without it"
    severity = "error"
    internal = True
