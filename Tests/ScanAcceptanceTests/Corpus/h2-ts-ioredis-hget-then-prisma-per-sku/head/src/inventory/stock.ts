import Redis from "ioredis";

import { prisma } from "../db";

export const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");

export interface StockLevel {
  sku: string;
  available: number;
}

export async function reserve(sku: string, qty: number): Promise<boolean> {
  const left = await redis.decrby(`stock:${sku}`, qty);
  if (left < 0) {
    await redis.incrby(`stock:${sku}`, qty);
    return false;
  }
  return true;
}

export async function onHand(sku: string): Promise<number> {
  const row = await prisma.inventory.findUnique({ where: { sku }, select: { available: true } });
  return row?.available ?? 0;
}

export async function stockLevels(skus: string[]): Promise<StockLevel[]> {
  const levels: StockLevel[] = [];
  for (const sku of skus) {
    const cached = await redis.hget("stock:levels", sku);
    if (cached !== null) {
      levels.push({ sku, available: Number(cached) });
      continue;
    }
    const row = await prisma.inventory.findUnique({ where: { sku }, select: { available: true } });
    levels.push({ sku, available: row?.available ?? 0 });
  }
  return levels;
}
