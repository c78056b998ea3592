import { AppDataSource } from "../data-source";
import { Post } from "../entity/Post";

export async function authorNames(): Promise<string[]> {
  const posts = await AppDataSource.getRepository(Post).find({ where: { published: true }, take: 100 });
  return Promise.all(
    posts.map(async (post) => (await post.author).displayName),
  );
}
