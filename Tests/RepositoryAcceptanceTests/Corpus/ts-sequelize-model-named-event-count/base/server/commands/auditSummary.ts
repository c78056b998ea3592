import { Event } from "../models";

export default async function auditSummary(actorIds: string[]) {
  return actorIds.map((actorId) => ({ actorId, total: 0 }));
}
