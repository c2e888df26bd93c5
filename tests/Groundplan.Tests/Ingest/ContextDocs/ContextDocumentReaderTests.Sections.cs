namespace Groundplan.Tests.Ingest.ContextDocs;

/// <summary>The tech-stack and directory-structure sections in the shapes people write them.</summary>
public sealed partial class ContextDocumentReaderTests
{
    [Theory]
    [InlineData("**Tech Stack:** Go 1.22, chi, sqlc and PostgreSQL.", new[] { "Go 1.22", "chi", "sqlc and PostgreSQL" })]
    [InlineData("Technologies: Go 1.22; chi; sqlc", new[] { "Go 1.22", "chi", "sqlc" })]
    [InlineData("**Tech Stack**: Next.js 14 (App Router, RSC), Prisma, and Tailwind CSS", new[] { "Next.js 14 (App Router, RSC)", "Prisma", "Tailwind CSS" })]
    [InlineData("## Tech Stack\n\nNext.js, Prisma, etc.\n\nWe deploy on Vercel, mostly.", new[] { "Next.js", "Prisma" })]
    [InlineData("## 1. Stack\n- **Framework:** Next.js 14\n- Prisma 5.\n\nNotes, with commas.", new[] { "Framework: Next.js 14", "Prisma 5" })]
    [InlineData("- **Tech Stack:**\n  - Laravel 11\n  - MySQL 8\n- **Directory Structure:** `app/`", new[] { "Laravel 11", "MySQL 8" })]
    [InlineData("**Stack**\nDjango 5\nHTMX", new[] { "Django 5", "HTMX" })]
    [InlineData("**Tech Stack:**\r\nFastAPI,\r\nSQLModel\r\n", new[] { "FastAPI", "SQLModel" })]
    public void Read_TechStackShapes_ReadsItemsVerbatim(string markdown, string[] expected)
    {
        // Given a stack written as a labelled line, a heading with prose or a list, or a nested list
        var raw = ReadText(markdown);

        // Then
        Assert.Equal(expected, raw.DeclaredStack);
        Assert.DoesNotContain(NoStack, raw.Unknowns);
    }

    [Fact]
    public void Read_BulletedStructure_ListsCodePathsAndNestedFolders()
    {
        // Given nested bullets whose names sit inside the folder above them, and prose that mentions other things
        var raw = ReadText("""
            ## Directory Structure

            - `src/`
              - `app/` – routes; `(marketing)/` is a route group
                - `api/`
              - `lib/db.ts` – Prisma client
              - `src/hooks/` – already a full path
            - lib/jobs/ – background jobs (bare path)
            - The `@/` alias maps to `src/`; run `npm run dev` to start; see `Next.js` docs.
            - Config in `next.config.mjs` and `.env.example`

            ### Frontend

            - `web/src/components/`
            """);

        // Then
        Assert.Equal(
            [
                "(marketing)/", ".env.example", "lib/jobs/", "next.config.mjs", "src/", "src/app/", "src/app/api/", "src/hooks/", "src/lib/db.ts",
                "web/src/components/",
            ],
            raw.ListedPaths);
        Assert.DoesNotContain(NoStructure, raw.Unknowns);
    }

    [Fact]
    public void Read_SectionEndedByAnotherLabel_StopsListing()
    {
        // Given seed 001's layout: the request after the context mentions a path that does not exist yet
        var raw = ReadText("""
            **[CODEBASE CONTEXT]**
            *   **Directory Structure:** pages in `src/app/`.

            **[USER REQUEST]**
            Add a settings page at `src/app/settings/page.tsx`.

            ## Tech Stack
            - Remix
            ## Other
            - `not/a/listing/`
            """);

        // Then
        Assert.Equal(["src/app/"], raw.ListedPaths);
        Assert.Equal(["Remix"], raw.DeclaredStack);
    }

    [Theory]
    [InlineData("```\n.\n|-- app\n|   |-- main.py\n|   `-- routers\n|       `-- items.py\n`-- pyproject.toml\n\n3 directories, 3 files\n```",
        new[] { "app/", "app/main.py", "app/routers/", "app/routers/items.py", "pyproject.toml" })]
    [InlineData("```text\napp/\n  models/\n    user.py\n  views.py\ntests/\n```",
        new[] { "app/", "app/models/", "app/models/user.py", "app/views.py", "tests/" })]
    [InlineData("Our layout:\n\nmy-shop/\n├── package.json\n└── src/\n    ├── index.ts\n    └── ...\n",
        new[] { "package.json", "src/", "src/index.ts" })]
    [InlineData("```\n/home/dev/my-shop/\n├── Gemfile\n└── app/\n```", new[] { "Gemfile", "app/" })]
    [InlineData("Layout:\r\n\r\nsrc/\r\n├── main.rs\r\n└── db/\r\n    └── mod.rs\r\n", new[] { "src/", "src/db/", "src/db/mod.rs", "src/main.rs" })]
    [InlineData("```bash\napp/\n├── models/\n│   └── user.rb\n└── …\nconfig/\n└── routes.rb\n```",
        new[] { "app/", "app/models/", "app/models/user.rb", "config/", "config/routes.rb" })]
    [InlineData("```\nsrc\n+---components\n|   \\---Button.tsx\n\\---pages\n```",
        new[] { "src/", "src/components/", "src/components/Button.tsx", "src/pages" })]
    [InlineData("**Directory Structure:**\n```\nsrc/routes/+page.svelte\nsrc/lib/\n```", new[] { "src/lib/", "src/routes/+page.svelte" })]
    public void Read_TreeShapes_ListsEveryEntryWithFoldersEndingInSlash(string markdown, string[] expected)
    {
        // Given `tree` output, ASCII trees, indented trees, a tree pasted without a fence, and a flat listing
        var raw = ReadText(markdown);

        // Then a top line that is the repository itself (".", or a folder holding package.json, Gemfile...) is not a path
        Assert.Equal(expected, raw.ListedPaths);
        Assert.Empty(raw.Notes);
        Assert.DoesNotContain(NoStructure, raw.Unknowns);
    }

    [Fact]
    public void Read_IndentedNamesInACodeFence_AreCodeNotATree()
    {
        // Given a ```python block outside the structure section: plain names there could be anything
        var raw = ReadText("```python\napp/\n  models.py\n```\n");

        // Then it is a fence without a path
        Assert.Empty(raw.ListedPaths);
        Assert.Equal(["line 1: skipped a ```python code block"], raw.Notes.Select(n => n.Message[..n.Message.IndexOf(" that", StringComparison.Ordinal)]));
    }
}
