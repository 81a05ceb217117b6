"""Which HTTP exchange made each Tempest test fail, from a run's tempest.log and results.json.

    /usr/bin/python3 failure_report.py tmp/tempest/tempest.log tmp/tempest/results.json

For every failed test: the non-2xx requests Tempest logged under that test's name (method, URL,
status, request and response bodies), or, for a class whose setUpClass failed, the ones logged
during its class set-up; then the last lines of the traceback. Output: Markdown on stdout.
"""
import collections
import json
import re
import sys

ENTRY = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \d+ (\w+) (\S+) \[[^\]]*\] (.*)$')
REQUEST = re.compile(r'^Request \((\w+):(\w+)\): (\d+) (\w+) (\S+) ')
REQ_BODY = re.compile(r'Request - Headers: .*?\n\s+Body: (.*?)\n\s+Response - Headers: .*?\n\s+Body: (.*?) _log_request_full', re.S)
HOST = re.compile(r'^http://127\.0\.0\.1:\d+')
# Tempest's create_subnet tries CIDRs in turn and expects these refusals: not failures.
EXPECTED_REFUSAL = 'overlaps with another subnet'


def entries(path):
    current = None
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            m = ENTRY.match(line)
            if m:
                if current:
                    yield current
                current = [m.group(1), m.group(2), m.group(3) + '\n']
            elif current:
                current[2] += line
    if current:
        yield current


def exchanges(path):
    """(class, method) → [(status, verb, url, request body, response body)] in log order."""
    out = collections.defaultdict(list)
    pending = None
    for level, logger, text in entries(path):
        if logger != 'tempest.lib.common.rest_client':
            continue
        m = REQUEST.match(text)
        if level == 'INFO' and m:
            cls, meth, status, verb, url = m.groups()
            pending = [int(status), verb, HOST.sub('', url), '', '']
            out[(cls, meth)].append(pending)
        elif level == 'DEBUG' and pending is not None:
            b = REQ_BODY.search(text)
            if b:
                pending[3], pending[4] = b.group(1)[:600], b.group(2)[:600]
            pending = None
    return out


def main():
    log, results = sys.argv[1], sys.argv[2]
    by = exchanges(log)
    outcomes = json.load(open(results))
    for key, o in sorted(outcomes.items()):
        if o['outcome'] != 'fail':
            continue
        parts = key.split('.')
        cls, meth = parts[-2], parts[-1]
        print('### %s\n' % key)
        calls = by.get((cls, meth), [])
        if o['why'].startswith('setUpClass') or meth == 'tearDownClass':
            calls = [c for (k, m), cs in by.items() if k == cls and not m.startswith('test_') for c in cs]
        calls = [c for c in calls if c[0] >= 400 and EXPECTED_REFUSAL not in c[4]]
        for status, verb, url, req, resp in calls[:6]:
            print('- `%s %s` → %d; request body `%s`; response `%s`' % (verb, url, status, req, resp))
        tail = [l for l in o['why'].splitlines() if l.strip()][-3:]
        print('\n```\n%s\n```\n' % '\n'.join(tail))


if __name__ == '__main__':
    main()
