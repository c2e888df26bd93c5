import { PrismaClient, type PostStatus, type Role } from "@prisma/client";
import { hashPassword } from "../src/lib/password";
import { slugify } from "../src/lib/slug";
import { toTagRecords } from "../src/lib/tags";

const prisma = new PrismaClient();

// Demo accounts only. Set SEED_USER_PASSWORD in .env; the e2e tests read the same variable.
const DEMO_PASSWORD = process.env.SEED_USER_PASSWORD ?? "inkwell-demo-password";

const users: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Morgan Admin", role: "ADMIN" },
  { email: "ada@example.com", name: "Ada Writer", role: "AUTHOR" },
  { email: "reader@example.com", name: "Riley Reader", role: "READER" },
];

const posts: {
  title: string;
  excerpt: string;
  content: string;
  status: PostStatus;
  publishedAt: Date | null;
  tags: string[];
}[] = [
  {
    title: "Why I write in public",
    excerpt: "Notes on shipping half-finished thoughts.",
    content:
      "Writing in public keeps me honest.\n\nEvery post is a small commitment: the idea has to survive contact with readers.",
    status: "PUBLISHED",
    publishedAt: new Date("2025-02-10T09:00:00.000Z"),
    tags: ["Writing", "Craft"],
  },
  {
    title: "A tour of the App Router",
    excerpt: "Layouts, loading states and server actions in one small app.",
    content:
      "The App Router nests layouts by folder.\n\nServer actions replace most of the API routes we used to write.",
    status: "PUBLISHED",
    publishedAt: new Date("2025-02-20T09:00:00.000Z"),
    tags: ["Next.js", "Web Dev"],
  },
  {
    title: "Drafting a newsletter",
    excerpt: "Still thinking about the cadence.",
    content: "Weekly or monthly? Both have costs.",
    status: "DRAFT",
    publishedAt: null,
    tags: ["Writing"],
  },
];

async function main() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const created = await Promise.all(
    users.map((user) =>
      prisma.user.upsert({
        where: { email: user.email },
        update: { name: user.name, role: user.role },
        create: { ...user, passwordHash },
      }),
    ),
  );
  const author = created.find((user) => user.role === "AUTHOR")!;
  const reader = created.find((user) => user.role === "READER")!;

  for (const post of posts) {
    const slug = slugify(post.title);
    const tags = toTagRecords(post.tags).map(({ name, slug: tagSlug }) => ({
      where: { slug: tagSlug },
      create: { name, slug: tagSlug },
    }));
    await prisma.post.upsert({
      where: { slug },
      update: {},
      create: {
        title: post.title,
        slug,
        excerpt: post.excerpt,
        content: post.content,
        status: post.status,
        publishedAt: post.publishedAt,
        authorId: author.id,
        tags: { connectOrCreate: tags },
      },
    });
  }

  const firstPost = await prisma.post.findUniqueOrThrow({
    where: { slug: slugify(posts[0]!.title) },
  });
  await prisma.comment.deleteMany({ where: { authorId: reader.id } });
  await prisma.comment.create({
    data: { body: "This made me want to start a blog.", postId: firstPost.id, authorId: reader.id },
  });

  console.log(`Seeded ${created.length} users and ${posts.length} posts.`);
}

main()
  .then(() => prisma.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await prisma.$disconnect();
    process.exit(1);
  });
