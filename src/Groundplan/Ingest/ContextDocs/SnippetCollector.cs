using System.Text;
using Groundplan.Model;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>Gathers snippets by path, joining several snippets of one file in document order with a blank line between.</summary>
internal sealed class SnippetCollector
{
    private readonly Dictionary<string, List<string>> _byPath = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public IReadOnlyList<string> Paths => _order;

    /// <summary>Adds one snippet; <paramref name="text"/> ends with a line break.</summary>
    public void Add(string path, string text)
    {
        if (!_byPath.TryGetValue(path, out var parts))
        {
            parts = [];
            _byPath.Add(path, parts);
            _order.Add(path);
        }

        parts.Add(text);
    }

    public IReadOnlyList<FileEntry> Entries() => _order
        .Select(path =>
        {
            var text = string.Join('\n', _byPath[path]);
            return new FileEntry(path, text, Encoding.UTF8.GetByteCount(text), ContentCompleteness.Snippet);
        })
        .ToList();
}
