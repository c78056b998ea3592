import gzip
import json

import boto3

BUCKET = "acme-event-archive"
s3 = boto3.client("s3")


def decode(blob: bytes) -> list[dict]:
    return [json.loads(line) for line in gzip.decompress(blob).splitlines()]


def load_day(keys: list[str]) -> list[dict]:
    events = []
    for key in keys:
        obj = s3.get_object(Bucket=BUCKET, Key=key)
        events.extend(decode(obj["Body"].read()))
    return events
