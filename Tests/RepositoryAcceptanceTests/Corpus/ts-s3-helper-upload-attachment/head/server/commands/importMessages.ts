import { uploadAttachment } from "../storage/s3";

type Attachment = { id: string; data: Buffer; mime: string };

export async function importMessages(attachments: Attachment[]) {
  const keys: string[] = [];
  for (const attachment of attachments) {
    keys.push(await uploadAttachment(`attachments/${attachment.id}`, attachment.data, attachment.mime));
  }
  return keys.length;
}
