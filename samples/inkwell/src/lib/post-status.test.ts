import { describe, expect, it } from "vitest";
import { resolvePublishedAt } from "@/lib/post-status";

const now = new Date("2025-03-01T12:00:00.000Z");

describe("resolvePublishedAt", () => {
  it("clears the date for drafts", () => {
    expect(resolvePublishedAt("DRAFT", new Date("2025-01-01T00:00:00.000Z"), now)).toBeNull();
  });

  it("stamps the current time on first publish", () => {
    expect(resolvePublishedAt("PUBLISHED", null, now)).toEqual(now);
  });

  it("keeps the original date when a published post is saved again", () => {
    const original = new Date("2025-01-01T00:00:00.000Z");

    expect(resolvePublishedAt("PUBLISHED", original, now)).toEqual(original);
  });
});
