import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValues, validationError } from "@/lib/action-state";

describe("validationError", () => {
  it("maps zod issues to field errors", () => {
    const result = z.object({ title: z.string().min(3, "Too short") }).safeParse({ title: "a" });
    if (result.success) throw new Error("expected the parse to fail");

    const state = validationError(result.error, { title: "a" });

    expect(state.status).toBe("error");
    expect(state.fieldErrors?.title).toEqual(["Too short"]);
    expect(state.values).toEqual({ title: "a" });
  });
});

describe("formValues", () => {
  it("returns only the requested string fields", () => {
    const formData = new FormData();
    formData.set("email", "ada@example.com");
    formData.set("password", "secret-value");

    expect(formValues(formData, ["email", "name"])).toEqual({ email: "ada@example.com" });
  });
});
