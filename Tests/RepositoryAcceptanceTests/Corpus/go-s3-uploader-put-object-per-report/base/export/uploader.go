package export

import (
	"bytes"
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Uploader struct {
	s3     *s3.Client
	bucket string
}

func (u *Uploader) putExport(ctx context.Context, key string, body []byte) error {
	_, err := u.s3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(u.bucket), Key: aws.String(key), Body: bytes.NewReader(body)})
	return err
}
