import { prisma } from "../db";
import { makeThumbnail } from "./thumbnails";

export async function rebuildAlbum(albumId: string): Promise<{ rebuilt: number; failed: string[] }> {
  const photos = await prisma.photo.findMany({
    where: { albumId },
    select: { id: true, originalKey: true },
  });
  const results = await Promise.allSettled(photos.map((photo) => makeThumbnail(photo.originalKey)));
  const rebuilt = photos.filter((_, i) => results[i].status === "fulfilled").map((p) => p.id);
  const failed = photos.filter((_, i) => results[i].status === "rejected").map((p) => p.id);
  await prisma.photo.updateMany({ where: { id: { in: rebuilt } }, data: { thumbnailReady: true } });
  return { rebuilt: rebuilt.length, failed };
}
