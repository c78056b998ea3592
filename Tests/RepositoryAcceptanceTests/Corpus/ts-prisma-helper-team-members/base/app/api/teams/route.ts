import { prisma } from "../../../lib/prisma";

export async function GET() {
  const teams = await prisma.team.findMany({ take: 50, orderBy: { name: "asc" } });
  return Response.json(teams.map((team) => ({ id: team.id, name: team.name })));
}
