import boto3

s3 = boto3.client("s3")
BUCKET = "gallery-thumbs"


def upload_thumbnail(key, data, content_type="image/jpeg"):
    s3.put_object(Bucket=BUCKET, Key=key, Body=data, ContentType=content_type)
    return f"s3://{BUCKET}/{key}"
