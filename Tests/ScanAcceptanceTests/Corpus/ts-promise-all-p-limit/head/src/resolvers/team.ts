import pLimit from "p-limit";

import { fetchUser } from "../clients/users";

const limit = pLimit(8);

interface Team {
  id: string;
  memberIds: string[];
}

export async function resolveMembers(team: Team) {
  const members = await Promise.all(team.memberIds.map((id) => limit(() => fetchUser(id))));
  return members.filter(Boolean).sort((a, b) => a.name.localeCompare(b.name));
}
