using Groundplan.Ingest.ContextDocs;

namespace Groundplan.Tests.Ingest.ContextDocs;

public sealed class ContextDocumentSnifferTests
{
    [Theory]
    [InlineData("nextjs-prisma.md")]
    [InlineData("rails-tree.md")]
    [InlineData("minimal.md")]
    [InlineData("tricky.md")]
    public void LooksLikeContextDocument_Fixture_IsTrue(string name)
    {
        // Given a context document
        var text = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "context-docs", name));

        // When / Then
        Assert.True(ContextDocumentReader.LooksLikeContextDocument(text));
    }

    [Theory]
    [InlineData("pack.md")]
    [InlineData("pack-no-summary.md")]
    [InlineData("pack.txt")]
    [InlineData("pack.xml")]
    public void LooksLikeContextDocument_RepomixPack_IsFalse(string name)
    {
        // Given a real repomix 1.14.0 pack of a project whose README has a "## Tech Stack" section
        var text = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "context-docs", "repomix", name));
        Assert.Contains("## Tech Stack", text, StringComparison.Ordinal);

        // When / Then
        Assert.False(ContextDocumentReader.LooksLikeContextDocument(text));
    }

    [Theory]
    [InlineData("```ts title=\"src/lib/db.ts\"\nexport const db = 1;\n```\n")]
    [InlineData("Some code:\n\n  ```ts\n  // src/lib/db.ts\n  export const db = 1;\n  ```\n")]
    [InlineData("**[CODEBASE CONTEXT]**\nWe use Rails.\n")]
    [InlineData("## Directory Structure\n\n- `app/`\n")]
    [InlineData("- **Relevant Code Snippets:** none yet\n")]
    [InlineData("Tech Stack: Go, chi\n")]
    public void LooksLikeContextDocument_SectionOrNamedSnippet_IsTrue(string text)
    {
        Assert.True(ContextDocumentReader.LooksLikeContextDocument(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# Tally\n\nA tiny app for counting things.\n\n## Install\n\n```bash\nnpm install\n```\n")]
    [InlineData("{ \"files\": {} }")]
    [InlineData("<files>\n<file path=\"a.ts\">x</file>\n</files>")]
    [InlineData("Code review notes\n\nThe stack trace was long.\n")]
    [InlineData("```\n## Tech Stack\n```\n")]
    public void LooksLikeContextDocument_OtherText_IsFalse(string text)
    {
        Assert.False(ContextDocumentReader.LooksLikeContextDocument(text));
    }
}
