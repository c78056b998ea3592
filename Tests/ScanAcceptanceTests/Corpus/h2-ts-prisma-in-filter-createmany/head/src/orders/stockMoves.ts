import { prisma } from "../db";

export type MoveReason = "shipment" | "return" | "return_to_vendor" | "adjustment";

interface Line {
  sku: string;
  qty: number;
}

export function isOutbound(reason: MoveReason): boolean {
  return reason === "shipment" || reason === "return_to_vendor";
}

export async function recordShipment(orderId: string, lines: Line[]): Promise<number> {
  const skus = [...new Set(lines.map((l) => l.sku))];
  const items = await prisma.item.findMany({
    where: { sku: { in: skus } },
    select: { id: true, sku: true },
  });
  const idBySku = new Map(items.map((i) => [i.sku, i.id]));
  const moves = lines
    .filter((line) => idBySku.has(line.sku))
    .map((line) => ({ itemId: idBySku.get(line.sku)!, orderId, delta: -line.qty, reason: "shipment" }));
  await prisma.stockMove.createMany({ data: moves });
  return moves.length;
}
