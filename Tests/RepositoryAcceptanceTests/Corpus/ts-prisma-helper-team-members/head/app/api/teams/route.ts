import { prisma } from "../../../lib/prisma";
import { getTeamMembers } from "../../../lib/teams";

export async function GET() {
  const teams = await prisma.team.findMany({ take: 50, orderBy: { name: "asc" } });
  const body = [];
  for (const team of teams) {
    const members = await getTeamMembers(team.id);
    body.push({ id: team.id, name: team.name, members: members.length });
  }
  return Response.json(body);
}
