import { fetchRepo } from "../lib/github";

export async function dependencyRows(deps: { name: string; repo: string }[]) {
  const rows = [];
  for (const dep of deps) {
    const repo = await fetchRepo(dep.repo);
    rows.push({ name: dep.name, stars: repo.stargazers_count, archived: repo.archived });
  }
  return rows;
}
