#!/usr/bin/python3
"""Rewrites test/tempest/expected.json from the last harness run (tmp/tempest/results.json).

Passes become "pass", skips keep (or take) Tempest's reason, known failures that still fail keep
their cause. A failure without a cause is listed and the file is left unchanged: describe its
cause under "causes" (or fix Trellis) first, then run this again with --cause KEY for them.
Usage: /usr/bin/python3 test/tempest/py/update_expected.py [--cause KEY]
"""
import json
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[3]
expected_path = root / 'test/tempest/expected.json'
expected = json.loads(expected_path.read_text())
results = json.loads((root / 'tmp/tempest/results.json').read_text())
cause_for_new = sys.argv[sys.argv.index('--cause') + 1] if '--cause' in sys.argv else None

tests = {}
unexplained = []
for key in sorted(set(expected['tests']) | set(results)):
    got = results.get(key)
    old = expected['tests'].get(key)
    if got is None:
        # A tearDownClass shows up only when it fails; the others are gone from Tempest.
        continue
    outcome = got['outcome']
    if outcome == 'pass':
        if not key.endswith('.tearDownClass'):
            tests[key] = 'pass'
    elif outcome == 'skip':
        reason = old['reason'] if isinstance(old, dict) and old.get('expect') == 'skip' else got['why'].strip().splitlines()[-1]
        tests[key] = {'expect': 'skip', 'reason': reason}
    elif outcome == 'fail':
        if isinstance(old, dict) and old.get('expect') == 'known-failure':
            tests[key] = old
        elif cause_for_new is not None:
            tests[key] = {'expect': 'known-failure', 'cause': cause_for_new}
        else:
            unexplained.append(key)
    else:
        unexplained.append(key)

if unexplained:
    print('failures without a cause (expected.json unchanged):')
    for key in unexplained:
        print('  ' + key)
    sys.exit(1)
expected['tests'] = tests
used = {v['cause'] for v in tests.values() if isinstance(v, dict) and v.get('expect') == 'known-failure'}
expected['causes'] = {k: v for k, v in expected['causes'].items() if k in used}
expected_path.write_text(json.dumps(expected, indent=2) + '\n')
counts = {}
for v in tests.values():
    kind = v if isinstance(v, str) else v['expect']
    counts[kind] = counts.get(kind, 0) + 1
print('expected.json:', counts)
