import { describe, expect, it } from "vitest";
import { parseTagList, postInputSchema, postListQuerySchema } from "@/lib/validation/post";

const validPost = {
  title: "  Writing in public  ",
  excerpt: "",
  content: "First paragraph.",
  tags: "writing, Craft, writing",
  status: "PUBLISHED",
};

describe("parseTagList", () => {
  it("trims, drops empties and removes case-insensitive duplicates", () => {
    expect(parseTagList(" react, Next.js ,, REACT ")).toEqual(["react", "Next.js"]);
  });
});

describe("postInputSchema", () => {
  it("normalises a valid submission", () => {
    const result = postInputSchema.parse(validPost);

    expect(result).toEqual({
      title: "Writing in public",
      excerpt: null,
      content: "First paragraph.",
      tags: ["writing", "Craft"],
      status: "PUBLISHED",
    });
  });

  it("defaults the status to DRAFT", () => {
    const { status: _status, ...withoutStatus } = validPost;

    expect(postInputSchema.parse(withoutStatus).status).toBe("DRAFT");
  });

  it("rejects a short title with a field error", () => {
    const result = postInputSchema.safeParse({ ...validPost, title: "Hi" });

    expect(result.success).toBe(false);
    expect(result.error?.flatten().fieldErrors.title).toEqual([
      "Title must be at least 3 characters",
    ]);
  });

  it("rejects more than five tags", () => {
    const result = postInputSchema.safeParse({ ...validPost, tags: "a, b, c, d, e, f" });

    expect(result.error?.flatten().fieldErrors.tags).toEqual(["Use at most 5 tags"]);
  });

  it("rejects an unknown status", () => {
    expect(postInputSchema.safeParse({ ...validPost, status: "ARCHIVED" }).success).toBe(false);
  });
});

describe("postListQuerySchema", () => {
  it("falls back to page 1 and no tag for missing or bad values", () => {
    expect(postListQuerySchema.parse({ page: "abc", tag: "not a slug!" })).toEqual({
      page: 1,
      tag: undefined,
    });
  });

  it("coerces the page number and lowercases the tag", () => {
    expect(postListQuerySchema.parse({ page: "3", tag: "Web-Dev" })).toEqual({
      page: 3,
      tag: "web-dev",
    });
  });
});
