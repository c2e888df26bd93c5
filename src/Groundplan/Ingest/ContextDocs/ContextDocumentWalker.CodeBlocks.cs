using Markdig.Syntax;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>Code blocks: snippets of named files, directory trees, or blocks that name nothing (skipped with a note).</summary>
internal sealed partial class ContextDocumentWalker
{
    // Info strings that say "this is not code", so an indented list of names in them may be a tree.
    private static readonly HashSet<string> TextInfos = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "text", "txt", "plaintext", "plain", "tree", "none", "ascii", "console", "output",
    };

    private void OnCode(CodeBlock code)
    {
        var line = code.Line + 1;
        var fenced = code as FencedCodeBlock;
        var info = fenced is null ? string.Empty : $"{fenced.Info} {fenced.Arguments}".Trim();
        var lines = CodeLines(code);
        var label = _paragraphLabel ?? _headingLabel;
        _paragraphLabel = null;

        // Precedence: the fence names the file; else a box-drawn tree (unmistakable); else the label above; else an indented
        // tree (a labelled .gitignore looks like one, so the label wins); else a first-line comment.
        if (SnippetPaths.FromInfo(info) is { } fromInfo)
        {
            AddSnippet(fromInfo, line, lines);
        }
        else if (TreeBlockParser.TryParse(lines, allowIndented: false) is { } tree)
        {
            AddTree(tree);
        }
        else if (label is not null)
        {
            AddSnippet(label.Path, label.Line, lines);
        }
        else if (TreeBlockParser.TryParse(lines, TextInfos.Contains(fenced?.Info ?? string.Empty) || _section == ContextSection.Structure) is { } indented)
        {
            AddTree(indented);
        }
        else if (lines.Count > 0 && SnippetPaths.FromFirstLine(lines[0].Text) is { } fromComment)
        {
            AddSnippet(fromComment, lines[0].Line, lines);
        }
        else
        {
            var what = fenced is null ? "an indented code block" : info.Length == 0 ? "a code block" : $"a ```{fenced.Info} code block";
            Note(line, $"skipped {what} that names no file (give its path in the fence, e.g. ```ts title=\"src/x.ts\", in a label just above it, or in a first-line comment)");
        }
    }

    private void AddSnippet(string raw, int line, List<SourceLine> lines)
    {
        var path = PathCandidates.Normalize(raw, _document, line);
        if (path is null || path.EndsWith('/'))
        {
            Note(line, $"skipped a code block whose path '{raw}' is not a file");
            return;
        }

        // A first-line comment that repeats the path is the author's caption, not part of the file.
        var body = lines.Select(l => l.Text).ToList();
        if (body.Count > 0 && SnippetPaths.FromFirstLine(body[0]) is { } caption
            && RepoPath.TryNormalize(caption, out var captionPath, out _) && captionPath == path)
        {
            body.RemoveAt(0);
        }

        while (body.Count > 0 && body[^1].Trim().Length == 0)
        {
            body.RemoveAt(body.Count - 1);
        }

        if (body.Count == 0)
        {
            Note(line, $"skipped an empty code block for '{path}'");
            return;
        }

        _snippets.Add(path, string.Join('\n', body) + "\n");
        _listed.Add(path);
    }

    private void AddTree(IReadOnlyList<ListedPath> tree)
    {
        foreach (var entry in tree)
        {
            AddListed(entry.Raw, entry.Line, fromStructure: true);
        }
    }

    private static List<SourceLine> CodeLines(CodeBlock code)
    {
        var lines = new List<SourceLine>(code.Lines.Count);
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var line = code.Lines.Lines[i];
            lines.Add(new SourceLine(line.Slice.ToString().TrimEnd('\r'), line.Line + 1));
        }

        return lines;
    }
}
