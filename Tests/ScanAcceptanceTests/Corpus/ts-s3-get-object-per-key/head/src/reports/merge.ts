import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";

const s3 = new S3Client({ region: process.env.AWS_REGION });
const BUCKET = process.env.REPORT_BUCKET ?? "acme-reports";

export async function mergeParts(keys: string[]): Promise<string> {
  const parts: string[] = [];
  for (const key of keys) {
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    parts.push(await object.Body!.transformToString());
  }
  return parts.join("\n");
}
