"""What the emulator's boto3 test scripts share: the facts the Rust test
passes in ORGSYNC_EMULATOR_INFO (JSON), sessions and clients pointed at the
emulator with retries off, and checks that stop at the first mismatch.

A script imports it from its own folder (Python puts a script's folder first
on its path) and reports `common.checks` at its end.
"""

import json
import os
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

INFO = json.loads(os.environ["ORGSYNC_EMULATOR_INFO"])
EP = INFO["endpoint_url"]
REGION = INFO["region"]
NO_RETRY = Config(retries={"mode": "standard", "max_attempts": 1})
checks = 0


def check(condition, message):
    """Counts a check; exits non-zero with `message` when it fails."""
    global checks
    checks += 1
    if not condition:
        print(f"FAILED: {message}", file=sys.stderr)
        sys.exit(1)


def session(key, secret, token=None):
    return boto3.session.Session(
        aws_access_key_id=key, aws_secret_access_key=secret, aws_session_token=token, region_name=REGION
    )


def client(sess, service, config=NO_RETRY):
    return sess.client(service, endpoint_url=EP, config=config)


def expect_error(fn, code, modeled=False, **kwargs):
    """Calls the client method `fn(**kwargs)`, which must fail with the error
    `code` (and, when `modeled`, as an instance of the client's modeled
    exception class of that name); returns the error."""
    try:
        fn(**kwargs)
    except ClientError as e:
        got = e.response["Error"]["Code"]
        check(got == code, f"{fn.__name__}({kwargs}): expected {code}, got {got}: {e}")
        if modeled:
            exception_class = getattr(fn.__self__.exceptions, code)
            check(isinstance(e, exception_class), f"{fn.__name__}: {type(e)} is not {exception_class}")
        return e
    check(False, f"{fn.__name__}({kwargs}) should fail with {code}")
