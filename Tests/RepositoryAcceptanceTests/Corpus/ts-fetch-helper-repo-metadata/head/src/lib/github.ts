export type Repo = { full_name: string; stargazers_count: number; archived: boolean };

export async function fetchRepo(fullName: string): Promise<Repo> {
  const res = await fetch(`https://api.github.com/repos/${fullName}`, {
    headers: { Accept: "application/vnd.github+json" },
  });
  if (!res.ok) throw new Error(`GitHub ${res.status} for ${fullName}`);
  return (await res.json()) as Repo;
}
