import { countDocuments } from "../../../lib/stats";

const STATUSES = ["draft", "published"] as const;

export async function GET() {
  const counts: Record<string, number> = {};
  for (const status of STATUSES) {
    counts[status] = await countDocuments(status);
  }
  return Response.json(counts);
}
