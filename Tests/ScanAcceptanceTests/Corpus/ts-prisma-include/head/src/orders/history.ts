import { prisma } from "../db";

export async function orderHistory(storeId: string) {
  const orders = await prisma.order.findMany({
    where: { storeId },
    include: { customer: true, lines: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return orders.map((order) => ({
    id: order.id,
    total: order.lines.reduce((sum, line) => sum + line.price * line.quantity, 0),
    customer: order.customer.name,
  }));
}
