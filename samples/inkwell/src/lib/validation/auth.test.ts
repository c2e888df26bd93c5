import { describe, expect, it } from "vitest";
import { loginSchema, safeNextPath, signupSchema } from "@/lib/validation/auth";

describe("signupSchema", () => {
  it("lowercases and trims the email", () => {
    const result = signupSchema.parse({
      name: "Ada",
      email: "  Ada@Example.COM ",
      password: "long-enough",
    });

    expect(result.email).toBe("ada@example.com");
  });

  it("rejects short passwords", () => {
    const result = signupSchema.safeParse({ name: "Ada", email: "ada@example.com", password: "short" });

    expect(result.error?.flatten().fieldErrors.password).toEqual([
      "Password must be at least 8 characters",
    ]);
  });
});

describe("loginSchema", () => {
  it("rejects a malformed email", () => {
    const result = loginSchema.safeParse({ email: "not-an-email", password: "x" });

    expect(result.error?.flatten().fieldErrors.email).toEqual(["Enter a valid email address"]);
  });
});

describe("safeNextPath", () => {
  it("keeps same-site paths", () => {
    expect(safeNextPath("/dashboard/posts/new")).toBe("/dashboard/posts/new");
  });

  it.each([undefined, "", "https://evil.example", "//evil.example", "/\\evil.example"])(
    "falls back for %j",
    (next) => {
      expect(safeNextPath(next)).toBe("/");
    },
  );
});
