import { MemoryStorage } from "../storage/MemoryStorage";

const storage = new MemoryStorage();

export function stage(files: { name: string; data: Uint8Array }[]): number {
  for (const file of files) {
    storage.put(`staging/${file.name}`, file.data);
  }
  return files.length;
}
