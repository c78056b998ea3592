import { fetchUser } from "../clients/users";

interface Team {
  id: string;
  memberIds: string[];
}

export async function resolveMembers(team: Team) {
  const members = await Promise.all(team.memberIds.map((id) => fetchUser(id)));
  return members.filter(Boolean).sort((a, b) => a.name.localeCompare(b.name));
}
