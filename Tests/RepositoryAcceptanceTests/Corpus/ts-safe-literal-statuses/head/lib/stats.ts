import { prisma } from "./prisma";

export function countDocuments(status: string) {
  return prisma.document.count({ where: { status } });
}
