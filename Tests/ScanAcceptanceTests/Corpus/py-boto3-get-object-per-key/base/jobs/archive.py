import gzip
import json

import boto3

BUCKET = "acme-event-archive"


def decode(blob: bytes) -> list[dict]:
    return [json.loads(line) for line in gzip.decompress(blob).splitlines()]
