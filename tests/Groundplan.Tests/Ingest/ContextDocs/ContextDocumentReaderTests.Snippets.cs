using Groundplan.Ingest;
using Groundplan.Model;

namespace Groundplan.Tests.Ingest.ContextDocs;

/// <summary>Every way a document can say which file a snippet comes from, and which way wins.</summary>
public sealed partial class ContextDocumentReaderTests
{
    [Theory]
    [InlineData("ts title=\"src/lib/money.ts\"")]
    [InlineData("ts filename='src/lib/money.ts'")]
    [InlineData("tsx file=src/lib/money.ts {1,3}")]
    [InlineData("ts:src/lib/money.ts")]
    [InlineData("src/lib/money.ts")]
    [InlineData("typescript src/lib/money.ts")]
    public void Read_PathInFenceInfo_NamesTheSnippet(string info)
    {
        // Given a fence whose info string carries the path
        var raw = ReadText($"## Relevant Code Snippets\n\n```{info}\nexport const cents = (n: number) => n * 100;\n```\n");

        // Then
        AssertSingleSnippet(raw, "src/lib/money.ts", "export const cents = (n: number) => n * 100;\n");
    }

    [Theory]
    [InlineData("### src/lib/money.ts")]
    [InlineData("### Money helpers (`src/lib/money.ts`)")]
    [InlineData("**File: `src/lib/money.ts`**")]
    [InlineData("**File:** `src/lib/money.ts`")]
    [InlineData("**src/lib/money.ts**")]
    [InlineData("`src/lib/money.ts`:")]
    [InlineData("The helper in `src/lib/money.ts` (uses `Math.round`):")]
    [InlineData("Path: src/lib/money.ts")]
    [InlineData("- `src/lib/money.ts`")]
    [InlineData("The helper lives in `src/lib/money.ts`.")]
    public void Read_PathInLabelAbove_NamesTheSnippet(string label)
    {
        // Given a heading or a label paragraph right above a fence that names nothing itself
        var raw = ReadText($"## Relevant Code Snippets\n\n{label}\n\n```ts\nexport const cents = (n: number) => n * 100;\n```\n");

        // Then
        AssertSingleSnippet(raw, "src/lib/money.ts", "export const cents = (n: number) => n * 100;\n");
    }

    [Theory]
    [InlineData("ts", "// src/lib/money.ts")]
    [InlineData("ts", "// File: src/lib/money.ts (excerpt)")]
    [InlineData("ts", "/* src/lib/money.ts */")]
    [InlineData("ruby", "# src/lib/money.ts")]
    [InlineData("html", "<!-- src/lib/money.ts -->")]
    [InlineData("sql", "-- src/lib/money.ts")]
    [InlineData("tsx", "{/* src/lib/money.ts */}")]
    public void Read_PathInFirstLineComment_NamesTheSnippetAndDropsTheCaption(string language, string comment)
    {
        // Given a fence whose first line is a comment naming the file
        var raw = ReadText($"Here it is:\n\n```{language}\n{comment}\nexport const cents = 1;\n```\n");

        // Then the caption is the author's, not the file's
        AssertSingleSnippet(raw, "src/lib/money.ts", "export const cents = 1;\n");
    }

    [Theory]
    [InlineData("# frozen_string_literal: true")]
    [InlineData("#!/usr/bin/env node")]
    [InlineData("// TODO: tidy this up")]
    [InlineData("// @ts-check")]
    [InlineData("-- migrate:up")]
    public void Read_FirstLineCommentThatIsNotAPath_SkipsWithNote(string comment)
    {
        // Given code whose first line is an ordinary comment
        var raw = ReadText($"Some code:\n\n```\n{comment}\nputs 1\n```\n");

        // Then nothing is invented
        Assert.Empty(raw.Entries);
        Assert.Equal([SkippedNote(raw.Origin.Source, 3, "a code block")], raw.Notes);
    }

    [Fact]
    public void Read_InfoAndLabelAndCommentDisagree_InfoWinsThenLabelThenComment()
    {
        // Given three fences: info vs label, label vs comment, comment alone
        var raw = ReadText("""
            `src/a.ts`:
            ```ts title="src/b.ts"
            b();
            ```

            `src/c.ts`:
            ```ts
            // src/d.ts
            c();
            ```

            ```ts
            // src/e.ts
            e();
            ```
            """);

        // Then a comment naming another file is content, not a caption
        Assert.Equal(["src/b.ts", "src/c.ts", "src/e.ts"], raw.Entries.Select(e => e.Path));
        Assert.Equal(["b();\n", "// src/d.ts\nc();\n", "e();\n"], raw.Entries.Select(e => e.Text));
        Assert.Equal(["src/b.ts", "src/c.ts", "src/e.ts"], raw.ListedPaths);
    }

    [Fact]
    public void Read_HeadingLabel_CoversEveryFenceUntilTheNextHeadingOrLabel()
    {
        // Given a file heading with two fences, a bold label that takes over, and a heading that names nothing
        var raw = ReadText("""
            ## Snippets

            ### app/models/user.rb

            ```ruby
            class User < ApplicationRecord
            ```

            And further down:

            ```ruby
            end
            ```

            **`app/models/post.rb`**
            ```ruby
            class Post; end
            ```

            ```ruby
            class Orphan; end
            ```

            ### Notes

            ```ruby
            class AlsoOrphan; end
            ```
            """);

        // Then the two excerpts of user.rb are joined with a blank line and the unlabelled fences are skipped
        Assert.Equal(["app/models/user.rb", "app/models/post.rb"], raw.Entries.Select(e => e.Path));
        Assert.Equal("class User < ApplicationRecord\n\nend\n", raw.Entries[0].Text);
        Assert.Equal(["line 20", "line 26"], raw.Notes.Select(n => n.Message[..n.Message.IndexOf(':', StringComparison.Ordinal)]));
        Assert.All(raw.Notes, n => Assert.Equal(IngestNoteKind.Other, n.Kind));
    }

    [Fact]
    public void Read_LabelledFenceOfNamesOnly_IsASnippetNotATree()
    {
        // Given a .gitignore, which reads like an indented list of names
        var raw = ReadText("`.gitignore`:\n\n```\nnode_modules/\n.next/\n.env\n```\n");

        // Then the label decides
        AssertSingleSnippet(raw, ".gitignore", "node_modules/\n.next/\n.env\n");
    }

    [Fact]
    public void Read_EmptyFenceWithPath_SkipsWithNote()
    {
        // Given a fence with a path and no content
        var raw = ReadText("```ts title=\"src/x.ts\"\n\n```\n");

        // Then
        Assert.Empty(raw.Entries);
        Assert.Equal(["line 1: skipped an empty code block for 'src/x.ts'"], raw.Notes.Select(n => n.Message));
    }

    private RawCodebase ReadText(string markdown)
    {
        var path = _temp.Write($"doc{++_documents}.md", markdown);
        return Read(path);
    }

    private static void AssertSingleSnippet(RawCodebase raw, string path, string text)
    {
        var entry = Assert.Single(raw.Entries);
        Assert.Equal(path, entry.Path);
        Assert.Equal(text, entry.Text);
        Assert.Equal(ContentCompleteness.Snippet, entry.Completeness);
        Assert.Empty(raw.Notes);
    }
}
