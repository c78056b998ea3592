import { AppDataSource } from "../data-source";
import { Post } from "../entity/Post";

export async function feedItems(): Promise<string[]> {
  const posts = await AppDataSource.getRepository(Post).find({ where: { published: true }, take: 50 });
  const items: string[] = [];
  for (const post of posts) {
    items.push(`${post.title} by ${(await post.author).displayName}`);
  }
  return items;
}
