/*
 * Do not write:
 *   for (const order of orders) {
 *     await prisma.customer.findUnique({ where: { id: order.customerId } });
 *   }
 */
const BAD = `
for (const id of ids) {
  const row = await knex("balances").where({ account_id: id }).first();
  await axios.get(\`/users/\${id}\`);
}
`;

// orders.forEach((o) => fetch(`/api/orders/${o.id}`));
const GOOD = "await prisma.order.findMany({ include: { customer: true }, take: 50 })";

module.exports = { BAD, GOOD };
