using Groundplan.Model;
using Markdig.Syntax;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>
/// Walks a parsed context document in reading order, keeping track of the section it is in (tech stack, directory structure,
/// snippets) and of the last label that named a file, and collects what each part says.
/// </summary>
/// <remarks>
/// Sections are a running state rather than a tree: people indent pasted context loosely, so a fence that drifts out of the
/// "Relevant Code Snippets" bullet still belongs to it. Headings and top-level bold labels ("**[USER REQUEST]**") end a section.
/// </remarks>
internal sealed partial class ContextDocumentWalker
{
    // A section opened by a bold label ends at any heading.
    private const int LabelLevel = 7;

    private readonly string _document;
    private readonly string[] _lines;
    private readonly int[] _lineStarts;
    private readonly CancellationToken _cancellationToken;
    private readonly SnippetCollector _snippets = new();
    private readonly List<string> _stack = [];
    private readonly List<string> _listed = [];
    private readonly List<IngestNote> _notes = [];
    private ContextSection _section;
    private int _sectionLevel;
    private bool _stackProseAllowed;
    private bool _sawStructure;
    private SnippetLabel? _headingLabel;
    private SnippetLabel? _paragraphLabel;

    public ContextDocumentWalker(string document, string text, CancellationToken cancellationToken)
    {
        _document = document;
        _lines = text.Split('\n');
        _lineStarts = new int[_lines.Length];
        for (var i = 1; i < _lines.Length; i++)
        {
            _lineStarts[i] = _lineStarts[i - 1] + _lines[i - 1].Length + 1;
        }

        _cancellationToken = cancellationToken;
    }

    /// <summary>The tech stack as written, one item each.</summary>
    public IReadOnlyList<string> Stack => _stack;

    /// <summary>Repo-relative paths the document names as existing, in document order (repeats included).</summary>
    public IReadOnlyList<string> Listed => _listed;

    /// <summary>Whether a tree or the directory-structure section named at least one path.</summary>
    public bool SawStructure => _sawStructure;

    public IReadOnlyList<IngestNote> Notes => _notes;

    public IReadOnlyList<FileEntry> Entries() => _snippets.Entries();

    public void Walk(MarkdownDocument document) => WalkContainer(document, string.Empty);

    private void WalkContainer(ContainerBlock container, string prefix)
    {
        var inListItem = container is ListItemBlock;
        for (var i = 0; i < container.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var block = container[i];
            var nextIsCode = i + 1 < container.Count && container[i + 1] is CodeBlock;

            // Prose under a stack label counts only right after it ("## Tech Stack" then "Next.js, Prisma").
            var proseAllowed = _stackProseAllowed;
            _stackProseAllowed = false;
            switch (block)
            {
                case HeadingBlock heading:
                    OnHeading(heading);
                    break;
                case ParagraphBlock paragraph:
                    var lead = OnParagraph(paragraph, nextIsCode, inListItem ? prefix : string.Empty, inListItem, proseAllowed);

                    // "- `src/`" whose nested items say "`app/`": the nested names sit inside the lead folder.
                    if (inListItem && i == 0 && lead is not null && lead.EndsWith('/'))
                    {
                        prefix = lead;
                    }

                    break;
                case CodeBlock code:
                    OnCode(code);
                    break;
                case ContainerBlock inner:
                    WalkContainer(inner, prefix);
                    break;
            }
        }
    }

    private void OnHeading(HeadingBlock heading)
    {
        var line = heading.Line + 1;
        var text = InlineText.Plain(heading.Inline).Trim();
        _paragraphLabel = null;
        _headingLabel = LabelFrom(heading.Inline, text, line, isHeading: true, nextIsCode: false);
        if (SectionLabels.TryMatch(text, standalone: true, out var section, out var remainder))
        {
            Enter(section, heading.Level);
            AddStackItems(section, remainder);
        }
        else if (heading.Level <= _sectionLevel || _section is ContextSection.None or ContextSection.Other)
        {
            // A deeper heading inside a section ("### Frontend" under "## Directory Structure") stays in it.
            Enter(ContextSection.Other, heading.Level);
        }
    }

    private void Enter(ContextSection section, int level)
    {
        _section = section;
        _sectionLevel = level;
    }

    private void AddStackItems(ContextSection section, string remainder)
    {
        if (section != ContextSection.Stack)
        {
            return;
        }

        _stack.AddRange(StackItems.Split(remainder));
        _stackProseAllowed = remainder.Length == 0;
    }

    /// <summary>A path named in prose: a leading '/' there is far more often a URL route (`/api/posts`) than a file.</summary>
    private string? AddListedFromProse(string raw, int line)
    {
        if (raw.TrimStart().StartsWith('/'))
        {
            Note(line, $"'{raw.Trim()}' starts with '/', so it is taken as a route, not a repository path");
            return null;
        }

        return AddListed(raw, line, fromStructure: true);
    }

    private string? AddListed(string raw, int line, bool fromStructure)
    {
        var path = PathCandidates.Normalize(raw, _document, line);
        if (path is not null)
        {
            _listed.Add(path);
            _sawStructure |= fromStructure;
        }

        return path;
    }

    private void Note(int line, string message) => _notes.Add(new IngestNote(_document, IngestNoteKind.Other, $"line {line}: {message}"));
}
