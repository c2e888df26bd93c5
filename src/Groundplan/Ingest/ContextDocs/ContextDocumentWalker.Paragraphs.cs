using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>Paragraphs: section labels, file labels for the next snippet, stack items and directory paths.</summary>
internal sealed partial class ContextDocumentWalker
{
    /// <returns>The path the paragraph leads with, when it is a directory-structure list item (for nested items).</returns>
    private string? OnParagraph(ParagraphBlock paragraph, bool nextIsCode, string prefix, bool inListItem, bool proseAllowed)
    {
        var line = paragraph.Line + 1;
        var inline = paragraph.Inline;
        var text = InlineText.Plain(inline).Trim();
        if (text.Contains('├', StringComparison.Ordinal) || text.Contains('└', StringComparison.Ordinal))
        {
            // A tree pasted without a fence: Markdown reflowed it, so read the source lines instead.
            var tree = TreeBlockParser.TryParse(SourceLines(paragraph), allowIndented: false);
            if (tree is not null)
            {
                AddTree(tree);
                return null;
            }
        }

        var label = LabelFrom(inline, text, line, isHeading: false, nextIsCode);
        if (label is not null)
        {
            // A per-snippet label replaces a heading's: the author has moved to labelling each block.
            _paragraphLabel = label;
            _headingLabel = null;
        }

        var first = InlineText.FirstMeaningful(inline);
        var bold = first is EmphasisInline { DelimiterCount: >= 2 };
        if (SectionLabels.TryMatch(text, standalone: bold, out var section, out var remainder))
        {
            Enter(section, LabelLevel);
            AddStackItems(section, remainder);
            return section == ContextSection.Structure ? CollectStructure(inline, prefix, inListItem) : null;
        }

        if (!inListItem && label is null && IsPseudoHeading(first, text))
        {
            Enter(ContextSection.Other, LabelLevel);
            return null;
        }

        switch (_section)
        {
            case ContextSection.Stack when inListItem:
                AddItem(StackItems.Clean(text.Replace('\n', ' ')));
                break;
            case ContextSection.Stack when proseAllowed:
                foreach (var item in StackItems.Split(text))
                {
                    AddItem(item);
                }

                break;
            case ContextSection.Structure:
                return CollectStructure(inline, prefix, inListItem);
        }

        return null;
    }

    private void AddItem(string item)
    {
        if (item.Length > 0)
        {
            _stack.Add(item);
        }
    }

    /// <summary>Lists the path-like code spans of a directory-structure paragraph, and a list item's leading bare path.</summary>
    private string? CollectStructure(ContainerInline? inline, string prefix, bool inListItem)
    {
        var first = InlineText.FirstMeaningful(inline);
        if (first is EmphasisInline emphasis)
        {
            first = InlineText.FirstMeaningful(emphasis);
        }

        string? lead = null;
        foreach (var code in InlineText.CodeSpans(inline))
        {
            var raw = code.Content.Trim();
            if (PathCandidates.IsPathLike(raw))
            {
                var isLead = inListItem && ReferenceEquals(code, first);
                var path = AddListedFromProse(isLead ? Prefixed(prefix, raw) : raw, code.Line + 1);
                lead = isLead ? path : lead;
            }
        }

        if (inListItem && first is LiteralInline literal)
        {
            // "- src/app/actions/ — Server Actions": a bare leading path with a folder in it.
            var word = LeadingWord().Match(literal.Content.ToString()).Value.TrimEnd(':', ',');
            if (word.Contains('/', StringComparison.Ordinal) && PathCandidates.IsPathLike(word))
            {
                lead = AddListedFromProse(Prefixed(prefix, word), literal.Line + 1);
            }
        }

        return lead;
    }

    private static string Prefixed(string prefix, string raw) =>
        prefix.Length == 0 || raw.StartsWith(prefix, StringComparison.Ordinal) ? raw : prefix + raw.TrimStart('.', '/');

    /// <summary>The file a heading or paragraph names for the code block after it, or null when it names none.</summary>
    private static SnippetLabel? LabelFrom(ContainerInline? inline, string text, int line, bool isHeading, bool nextIsCode)
    {
        var bare = SnippetPaths.StripLabelPrefix(text.TrimEnd(':', ' ')).Trim();
        var codes = InlineText.CodeSpans(inline).Select(c => c.Content.Trim()).Where(IsFilePath).ToList();

        // "### prisma/schema.prisma", "**File: `src/app/page.tsx`**", "`src/lib/db.ts`:" – the whole text is the path.
        if (IsFilePath(bare) && (!bare.Contains(' ', StringComparison.Ordinal) || codes.Contains(bare)))
        {
            return new SnippetLabel(bare, line);
        }

        // "The project card (`src/components/ProjectCard.tsx`):" – a code span in a line that introduces the block.
        return codes.Count > 0 && (isHeading || text.EndsWith(':') || (nextIsCode && codes.Count == 1)) ? new SnippetLabel(codes[0], line) : null;
    }

    private static bool IsFilePath(string text) => PathCandidates.IsPathLike(text) && !text.EndsWith('/') && !text.EndsWith('\\');

    /// <summary>A top-level line that acts as a heading: a bold first line, a bold "Label:", or "[USER REQUEST]".</summary>
    private static bool IsPseudoHeading(Inline? first, string text)
    {
        if (BracketLabel().IsMatch(text))
        {
            return true;
        }

        if (first is not EmphasisInline { DelimiterCount: >= 2 } bold)
        {
            return false;
        }

        // "**[USER REQUEST]**" with the request on the next line is still one paragraph.
        var boldText = InlineText.Plain(bold).Trim();
        var rest = text[Math.Min(boldText.Length, text.Length)..].TrimStart(' ', '\t');
        return rest.Length == 0 || rest[0] is '\n' or ':' || boldText.EndsWith(':');
    }

    private List<SourceLine> SourceLines(Block block)
    {
        // The line holding the block's last character: the last line start at or before it.
        var found = Array.BinarySearch(_lineStarts, Math.Max(block.Span.End, 0));
        var last = found >= 0 ? found : ~found - 1;
        return Enumerable.Range(block.Line, last - block.Line + 1).Select(i => new SourceLine(_lines[i].TrimEnd('\r'), i + 1)).ToList();
    }

    [GeneratedRegex(@"^\s*\S+")]
    private static partial Regex LeadingWord();

    [GeneratedRegex(@"^\[[^\]\n]+\]:?(?:\n|$)")]
    private static partial Regex BracketLabel();
}
