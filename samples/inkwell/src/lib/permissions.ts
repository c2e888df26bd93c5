import type { Role } from "@prisma/client";

/** The parts of the signed-in user that authorization decisions need. */
export type Actor = { id: string; role: Role };

export function canWritePosts(actor: Actor): boolean {
  return actor.role === "AUTHOR" || actor.role === "ADMIN";
}

/** Authors edit and delete their own posts; admins can edit anyone's. */
export function canEditPost(actor: Actor, post: { authorId: string }): boolean {
  if (actor.role === "ADMIN") return true;
  return actor.role === "AUTHOR" && post.authorId === actor.id;
}

/** A comment can be removed by the person who wrote it, the post's author, or an admin. */
export function canDeleteComment(
  actor: Actor,
  comment: { authorId: string; post: { authorId: string } },
): boolean {
  return (
    actor.role === "ADMIN" || comment.authorId === actor.id || comment.post.authorId === actor.id
  );
}
