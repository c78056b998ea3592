import { prisma } from "../db";
import type { OrderRow } from "./types";

export async function orderHistory(storeId: string): Promise<OrderRow[]> {
  const orders = await prisma.order.findMany({
    where: { storeId },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  const rows: OrderRow[] = [];
  for (const order of orders) {
    const customer = await prisma.customer.findUnique({ where: { id: order.customerId } });
    rows.push({ id: order.id, total: order.total, customer: customer?.name ?? "unknown" });
  }
  return rows;
}
