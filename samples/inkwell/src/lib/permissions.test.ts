import { describe, expect, it } from "vitest";
import { canDeleteComment, canEditPost, canWritePosts, type Actor } from "@/lib/permissions";

const reader: Actor = { id: "reader-1", role: "READER" };
const author: Actor = { id: "author-1", role: "AUTHOR" };
const otherAuthor: Actor = { id: "author-2", role: "AUTHOR" };
const admin: Actor = { id: "admin-1", role: "ADMIN" };

describe("canWritePosts", () => {
  it("allows authors and admins but not readers", () => {
    expect(canWritePosts(author)).toBe(true);
    expect(canWritePosts(admin)).toBe(true);
    expect(canWritePosts(reader)).toBe(false);
  });
});

describe("canEditPost", () => {
  const post = { authorId: author.id };

  it("allows the post's author", () => {
    expect(canEditPost(author, post)).toBe(true);
  });

  it("rejects another author", () => {
    expect(canEditPost(otherAuthor, post)).toBe(false);
  });

  it("allows admins", () => {
    expect(canEditPost(admin, post)).toBe(true);
  });

  it("rejects a reader even if the ids match", () => {
    expect(canEditPost({ id: author.id, role: "READER" }, post)).toBe(false);
  });
});

describe("canDeleteComment", () => {
  const comment = { authorId: reader.id, post: { authorId: author.id } };

  it("allows the commenter, the post author and admins", () => {
    expect(canDeleteComment(reader, comment)).toBe(true);
    expect(canDeleteComment(author, comment)).toBe(true);
    expect(canDeleteComment(admin, comment)).toBe(true);
  });

  it("rejects anyone else", () => {
    expect(canDeleteComment(otherAuthor, comment)).toBe(false);
  });
});
