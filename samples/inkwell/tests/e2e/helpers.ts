import { expect, type Page } from "@playwright/test";

/** Accounts created by prisma/seed.ts. */
export const SEED_PASSWORD = process.env.SEED_USER_PASSWORD ?? "inkwell-demo-password";
export const SEED_AUTHOR = { email: "ada@example.com", name: "Ada Writer" };
export const SEED_READER = { email: "reader@example.com", name: "Riley Reader" };

export async function logIn(page: Page, email: string, password = SEED_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
}

/** A value that differs on every run, so tests can share one database. */
export function uniqueSuffix(): string {
  return `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
}
