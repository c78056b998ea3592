export class MemoryStorage {
  private files = new Map<string, Uint8Array>();

  put(key: string, data: Uint8Array): void {
    this.files.set(key, data);
  }

  get(key: string): Uint8Array | undefined {
    return this.files.get(key);
  }
}
