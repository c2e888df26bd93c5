using System.Text.RegularExpressions;
using Groundplan.Lint.Markdown;

namespace Groundplan.Lint.Grounding;

/// <summary>Reads every code span outside fences as a reference and decides whether the plan marks it new.</summary>
internal static partial class ReferenceReader
{
    public static IReadOnlyList<PlanReference> Read(LintDocument document, PathIndex paths)
    {
        var newRows = NewTableRows(document);
        var references = new List<PlanReference>();
        foreach (var span in document.CodeSpans)
        {
            var reading = SpanClassifier.Read(span.Text, d => paths.DirectoryExists(d));
            var line = document.Line(span.Line);
            // Only the text since the previous span speaks about this one: "Write `a`: ... beside `b`" creates `a`, not `b`.
            var before = line[Presentation.CueStart(document, span)..span.Start];
            var after = line[span.End..];
            // In a "new" row of the impact table only the path cell is new; its "why" may name the sibling it sits beside.
            var isNew = (newRows.Contains(span.Line) && InFirstCell(line, span.Start)) || NewBefore().IsMatch(before) || NewAfter().IsMatch(after);
            var isDelete = DeleteBefore().IsMatch(before) || DeleteRow(document, span.Line);
            references.Add(new PlanReference(span, reading, isNew, isDelete));
        }

        return references;
    }

    /// <summary>The paths the plan creates anywhere: once marked new, every other mention of the path is about the new file.</summary>
    public static IReadOnlySet<string> CreatedPaths(IEnumerable<PlanReference> references) =>
        references.Where(r => r.MarkedNew && r.Reading.Kind == SpanKind.Path).Select(r => r.Reading.Value.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);

    private static bool InFirstCell(string row, int position)
    {
        // The first cell ends at the second unescaped pipe of "| path | change | why |" (or the first, without a leading pipe).
        var start = row.TrimStart().StartsWith('|') ? row.IndexOf('|', StringComparison.Ordinal) + 1 : 0;
        for (var i = start; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                return position < i;
            }
        }

        return true;
    }

    private static HashSet<int> NewTableRows(LintDocument document) =>
        document.Tables.SelectMany(t => t.Rows.Where(r => r.Cells.Any(c => ChangeCell().IsMatch(c))).Select(r => r.Line)).ToHashSet();

    private static bool DeleteRow(LintDocument document, int line) =>
        document.Tables.Any(t => t.Rows.Any(r => r.Line == line && r.Cells.Any(c => DeleteCell().IsMatch(c))));

    // "Create `x`", "Create a new file: `x`", "new file `x`", "Add a test file `x`", "**File**: (new) `x`".
    [GeneratedRegex(@"(\b(create|creates|creating|scaffold|generate|add|write)\s+(a\s+|an\s+|the\s+)?(new\s+)?(([\w-]+\s+){0,2}(file|module|component|page|test|spec|migration|route|handler|directory|folder|class|controller|service|model|view|template|helper|partial|test file|route handler|server action|action|hook|function|script|job|policy|serializer|form|query|schema|package|type|interface|struct)s?\s*:?\s*)?|\bnew\s+(([\w-]+\s+){0,2}(file|module|component|page|test|spec|migration|route|handler|directory|folder|class|controller|service|model|view|template|helper|partial|test file|route handler|server action|action|hook|function|script|job|policy|serializer|form|query|schema|package|type|interface|struct)\s*:?\s*)?|\((new|new file)\)\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NewBefore();

    [GeneratedRegex(@"^\s*(\((new|new file|create|created)\b[^)]*\)|—\s*new\b|-\s*new\b|:\s*new\b|\s+\*\(new\)\*)", RegexOptions.IgnoreCase)]
    private static partial Regex NewAfter();

    [GeneratedRegex(@"\b(delete|remove)\s+(the\s+)?(file\s+)?:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeleteBefore();

    [GeneratedRegex(@"^\**(new|create|created|add)\**$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeCell();

    [GeneratedRegex(@"^\**(delete|deleted|remove)\**$", RegexOptions.IgnoreCase)]
    private static partial Regex DeleteCell();
}
