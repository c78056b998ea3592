import sharp from "sharp";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

const s3 = new S3Client({ region: process.env.AWS_REGION });
const BUCKET = process.env.MEDIA_BUCKET ?? "media";

export async function makeThumbnail(key: string): Promise<string> {
  const original = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  const bytes = await original.Body!.transformToByteArray();
  const thumb = await sharp(bytes).resize(320).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  const thumbKey = key.replace(/^originals\//, "thumbs/");
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: thumbKey, Body: thumb, ContentType: "image/jpeg" }));
  return thumbKey;
}
