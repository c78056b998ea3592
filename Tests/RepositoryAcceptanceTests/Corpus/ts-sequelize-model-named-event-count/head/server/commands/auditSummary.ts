import { Event } from "../models";

export default async function auditSummary(actorIds: string[]) {
  const rows: { actorId: string; total: number }[] = [];
  for (const actorId of actorIds) {
    const total = await Event.count({ where: { actorId } });
    rows.push({ actorId, total });
  }
  return rows;
}
