"""Reads a subunit v2 stream on stdin; prints one JSON object per test on stdout.

    {"id": "tempest.api...test_x", "status": "success|fail|skip|...", "details": {"traceback": "...", "reason": "..."}}

(details only for tests that did not pass.)

Tempest's class-level set-up failures arrive as a test whose id is "setUpClass (module.Class)".
"""
import json
import sys

import subunit
import testtools


def main():
    out = []

    def on_test(test):
        details = {}
        # A pass needs no attachments (Tempest logs every request of it).
        attachments = {} if test['status'] == 'success' else (test.get('details') or {})
        for name, content in attachments.items():
            try:
                text = content.as_text()
            except Exception:  # a binary attachment: not useful here
                continue
            if text.strip():
                details[name] = text[-20000:]
        out.append({'id': test['id'], 'status': test['status'], 'details': details})

    stream = subunit.ByteStreamToStreamResult(sys.stdin.buffer, non_subunit_name='stdout')
    result = testtools.StreamToDict(on_test)
    result.startTestRun()
    try:
        stream.run(result)
    finally:
        result.stopTestRun()
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
