import { prisma } from "./prisma";

export async function getTeamMembers(teamId: string) {
  return prisma.membership.findMany({ where: { teamId }, take: 100, include: { user: true } });
}
