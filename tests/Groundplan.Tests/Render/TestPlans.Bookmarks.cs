using Groundplan.Model.Plans;

namespace Groundplan.Tests.Render;

internal static partial class TestPlans
{
    private static PlanPhase[] BookmarkPhases() =>
    [
        new()
        {
            Kind = PhaseKind.DataLayer, Title = "Data Layer & Schema", Overview = "The `Bookmark` table exists and migrates cleanly.",
            ValidationCommands = ["npx prisma validate", "npx prisma migrate dev --name add_bookmarks"],
            Tasks =
            [
                new PlanTask
                {
                    Title = "Add the Bookmark model",
                    Files = ["prisma/schema.prisma"],
                    Steps =
                    [
                        new("Open `prisma/schema.prisma`."),
                        new("Add the `Bookmark` model with `userId`, `postId`, `createdAt` and `@@unique([userId, postId])`."),
                        new("Add `bookmarks Bookmark[]` to `User` and to `Post`."),
                        new("Run `npx prisma migrate dev --name add_bookmarks`."),
                    ],
                    Signatures = [new CodeBlock("prisma", "model Bookmark {\n  userId String\n  postId String\n}")],
                    Responsibilities = ["Cascade deletes from `User` and `Post`."],
                    Context = ["Follow the `Like` model at `prisma/schema.prisma:40-48`."],
                },
            ],
        },
        new()
        {
            Kind = PhaseKind.Backend, Title = "Backend Logic", Overview = "The toggle action works behind auth.",
            ValidationCommands = ["npm test -- bookmarks"],
            Tasks =
            [
                new PlanTask
                {
                    Title = "Create the toggleBookmark action",
                    Files = ["src/app/actions/bookmarks.ts"],
                    Steps =
                    [
                        new("Create `src/app/actions/bookmarks.ts` with `'use server'`."),
                        new("Write `toggleBookmark(formData: FormData)` that parses `postId` with a Zod schema."),
                        new("Call `auth()` first and return `{ error: 'unauthorized' }` when there is no session."),
                        new("After the write, call `revalidatePath('/bookmarks')` and `` revalidatePath(`/posts/${postId}`) ``."),
                        new("The session helper returns `null` for expired sessions.", IsAssumption: true),
                    ],
                    Signatures = [new CodeBlock("typescript", "export async function toggleBookmark(formData: FormData): Promise<{ bookmarked: boolean } | { error: string }>")],
                    Responsibilities = ["Validate input with Zod as in `src/app/actions/posts.ts:20`.", "Return the new state."],
                    TestSignatures = [new CodeBlock("typescript", "describe('toggleBookmark', () => {})\nit('creates then removes a bookmark')")],
                    TestObjectives = ["Toggling twice leaves no row.", "A signed-out call changes nothing."],
                    Context = ["`src/lib/auth.ts` exports `auth()`."],
                    Notes = ["Keep the unique index: a double submit must not create two rows."],
                },
            ],
        },
        new()
        {
            Kind = PhaseKind.Frontend, Title = "Frontend Implementation", Overview = "Readers toggle and list bookmarks.",
            ValidationCommands = ["npm run build"],
            Tasks =
            [
                new PlanTask
                {
                    Title = "Add the BookmarkButton component",
                    Files = ["src/components/BookmarkButton.tsx", "src/app/posts/[id]/page.tsx"],
                    Steps =
                    [
                        new("Create `src/components/BookmarkButton.tsx` as a client component."),
                        new("Use `useOptimistic` to flip the state before the action returns; roll back on `{ error }`."),
                        new("Render a `<button aria-pressed={bookmarked}>` that is reachable by keyboard."),
                        new("Disable the button while pending and show the error with `role=\"alert\"`."),
                    ],
                },
                new PlanTask
                {
                    Title = "List bookmarks on /bookmarks",
                    Files = ["src/app/bookmarks/page.tsx"],
                    Steps = [new("Create `src/app/bookmarks/page.tsx` listing bookmarks newest first, with an empty state \"No bookmarks yet\".")],
                },
            ],
        },
        new()
        {
            Kind = PhaseKind.Testing, Title = "Testing and Validation", Overview = "Unit and end-to-end tests pass.",
            ValidationCommands = ["npm test", "npx playwright test"],
            Tasks =
            [
                new PlanTask
                {
                    Title = "Unit Tests (Vitest)",
                    Files = ["src/app/actions/bookmarks.test.ts"],
                    Steps = [new("Test `toggleBookmark` to verify a second toggle deletes the row.")],
                },
                new PlanTask
                {
                    Title = "End-to-End Test (Playwright)",
                    Files = ["tests/e2e/bookmarks.spec.ts"],
                    Steps = [new("Create `tests/e2e/bookmarks.spec.ts`."), new("Script a test that signs in, bookmarks a post and finds it on `/bookmarks`.")],
                },
            ],
        },
    ];
}
