import { expect, test } from "@playwright/test";
import { SEED_AUTHOR, SEED_PASSWORD, uniqueSuffix } from "./helpers";

test("a visitor can sign up and log out", async ({ page }) => {
  const email = `reader-${uniqueSuffix()}@example.com`;

  await page.goto("/signup");
  await page.getByLabel("Name").fill("Test Reader");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-test-password");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Test Reader");

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
});

test("signing up with a taken email shows a field error", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Copycat");
  await page.getByLabel("Email").fill(SEED_AUTHOR.email);
  await page.getByLabel("Password").fill("a-long-test-password");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
});

test("a wrong password is rejected without saying which field was wrong", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(SEED_AUTHOR.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(
    page.getByRole("alert").filter({ hasText: "Invalid email or password." }),
  ).toBeVisible();
});

test("the dashboard sends visitors to log in and back again", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/);

  // Fill the form on this page (not via logIn) so the ?next= parameter is kept.
  await page.getByLabel("Email").fill(SEED_AUTHOR.email);
  await page.getByLabel("Password").fill(SEED_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByRole("heading", { name: "Your posts" })).toBeVisible();
});
