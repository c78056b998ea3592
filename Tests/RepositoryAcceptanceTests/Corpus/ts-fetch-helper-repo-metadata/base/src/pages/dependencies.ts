import { fetchRepo } from "../lib/github";

export async function dependencyRows(deps: { name: string; repo: string }[]) {
  return deps.map((dep) => ({ name: dep.name }));
}
