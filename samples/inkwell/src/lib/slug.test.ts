import { describe, expect, it } from "vitest";
import { nextAvailableSlug, slugify } from "@/lib/slug";

describe("slugify", () => {
  it("lowercases and joins words with dashes", () => {
    expect(slugify("Hello, World!")).toBe("hello-world");
  });

  it("strips accents", () => {
    expect(slugify("Crème Brûlée")).toBe("creme-brulee");
  });

  it("falls back to 'untitled' when nothing is left", () => {
    expect(slugify("!!!")).toBe("untitled");
  });

  it("caps the length without leaving a trailing dash", () => {
    const slug = slugify(`${"word ".repeat(40)}end`);

    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("nextAvailableSlug", () => {
  it("keeps the base when it is free", () => {
    expect(nextAvailableSlug("my-post", ["other"])).toBe("my-post");
  });

  it("adds the first free numeric suffix", () => {
    expect(nextAvailableSlug("my-post", ["my-post", "my-post-2"])).toBe("my-post-3");
  });
});
