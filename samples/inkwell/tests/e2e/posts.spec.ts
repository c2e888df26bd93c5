import { expect, test } from "@playwright/test";
import { logIn, SEED_AUTHOR, SEED_READER, uniqueSuffix } from "./helpers";

test("an author publishes a post and a reader comments on it", async ({ browser }) => {
  const title = `E2E post ${uniqueSuffix()}`;

  const authorPage = await (await browser.newContext()).newPage();
  await logIn(authorPage, SEED_AUTHOR.email);
  await authorPage.goto("/dashboard/posts/new");
  await authorPage.getByLabel("Title").fill(title);
  await authorPage.getByLabel("Content").fill("Hello from Playwright.\n\nSecond paragraph.");
  await authorPage.getByLabel("Tags").fill("testing, e2e");
  await authorPage.getByLabel(/Published/).check();
  await authorPage.getByRole("button", { name: "Create post" }).click();

  await expect(authorPage).toHaveURL("/dashboard");
  await expect(authorPage.getByRole("rowheader", { name: title })).toBeVisible();

  const readerPage = await (await browser.newContext()).newPage();
  await logIn(readerPage, SEED_READER.email);
  await readerPage.goto("/");
  await readerPage.getByRole("link", { name: title }).click();
  await expect(readerPage.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await readerPage.getByLabel("Add a comment").fill("Great read!");
  await readerPage.getByRole("button", { name: "Post comment" }).click();

  await expect(
    readerPage.getByRole("status").filter({ hasText: "Comment posted." }),
  ).toBeVisible();
  await expect(readerPage.getByRole("listitem").filter({ hasText: "Great read!" })).toBeVisible();
});

test("a post with a too-short title is rejected", async ({ page }) => {
  await logIn(page, SEED_AUTHOR.email);
  await page.goto("/dashboard/posts/new");
  await page.getByLabel("Title").fill("Hi");
  await page.getByLabel("Content").fill("Body");
  await page.getByRole("button", { name: "Create post" }).click();

  await expect(page.getByText("Title must be at least 3 characters")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
});

test("readers don't get the dashboard", async ({ page }) => {
  await logIn(page, SEED_READER.email);
  await page.goto("/dashboard");

  await expect(page).toHaveURL("/");
  await expect(page.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
});
