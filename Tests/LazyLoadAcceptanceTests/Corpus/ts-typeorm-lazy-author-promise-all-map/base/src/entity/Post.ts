import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "./User";

@Entity()
export class Post {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  title!: string;

  @Column()
  authorId!: number;

  @Column({ default: false })
  published!: boolean;

  @ManyToOne(() => User, { lazy: true })
  author!: Promise<User>;
}
