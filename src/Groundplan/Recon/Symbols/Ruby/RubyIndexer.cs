using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols.Ruby;

/// <summary>
/// Ruby definitions, Rails routes from config/routes.rb, <c>require</c>/<c>require_relative</c>/<c>autoload</c> edges
/// resolved to repo files, and in Rails applications the constants each file uses, resolved by autoload naming.
/// </summary>
internal sealed class RubyIndexer : ILanguageIndexer
{
    private readonly Lazy<HashSet<string>> _paths;
    private readonly Lazy<ILookup<string, string>> _byLibTail;
    private readonly Lazy<RailsAutoload?> _autoload;

    public RubyIndexer(Codebase codebase)
    {
        _paths = new(() => codebase.Files.Select(f => f.Path).Where(IsRuby).ToHashSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

        // `require "spree/core"` in a repo of gems or engines loads some */lib/spree/core.rb.
        _byLibTail = new(
            () => _paths.Value.Where(p => p.Contains("/lib/", StringComparison.Ordinal))
                .ToLookup(p => p[(p.LastIndexOf("/lib/", StringComparison.Ordinal) + 5)..], StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _autoload = new(() => RailsAutoload.From(codebase), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool Handles(SourceFile file) => IsRuby(file.Path) || file.Language == "ruby";

    public IReadOnlyList<CodeSymbol> Symbols(SourceFile file)
    {
        var lines = file.Text.Split('\n');
        var tokens = RubyLexer.Lex(file.Text);
        var symbols = new RubySymbolReader(file.Path, lines, tokens).Read();
        if (RailsRouteReader.IsRoutesFile(file.Path))
        {
            symbols.AddRange(new RailsRouteReader(file.Path, lines, tokens).Read());
        }

        return symbols;
    }

    public IReadOnlyList<ImportEdge> Imports(SourceFile file)
    {
        var tokens = RubyLexer.Lex(file.Text);
        var edges = new List<ImportEdge>();
        for (var k = 0; k < tokens.Count - 1; k++)
        {
            var t = tokens[k];
            if (t.Kind != RubyTokenKind.Identifier || t.AfterDot || t.Text is not ("require" or "require_relative" or "autoload"))
            {
                continue;
            }

            var i = k + 1;
            if (t.Text == "autoload")
            {
                i = k + 1 + (tokens[i].IsPunctuation("(") ? 1 : 0) + 2; // autoload :Name, "path"
            }
            else if (tokens[i].IsPunctuation("("))
            {
                i++;
            }

            if (i < tokens.Count && tokens[i].Kind == RubyTokenKind.String && tokens[i].Text.Length > 0)
            {
                var spec = tokens[i].Text;
                edges.Add(new ImportEdge(file.Path, spec, t.Line, t.Text == "require_relative" ? Relative(file.Path, spec) : Load(spec)));
            }
        }

        if (_autoload.Value is { } autoload && autoload.Covers(file.Path))
        {
            // Rails code rarely requires its own files: it names constants and Rails loads them by file name.
            var symbols = new RubySymbolReader(file.Path, file.Text.Split('\n'), tokens).Read();
            edges.AddRange(RailsConstantReferences.Read(file.Path, tokens, symbols, autoload));
        }

        return edges;
    }

    private string[] Relative(string from, string spec)
    {
        var parts = new List<string>(from.Split('/')[..^1]);
        foreach (var part in spec.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return [];
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        var target = string.Join('/', parts);
        target = target.EndsWith(".rb", StringComparison.Ordinal) ? target : target + ".rb";
        return _paths.Value.Contains(target) ? [target] : [];
    }

    private string[] Load(string spec)
    {
        var file = spec.EndsWith(".rb", StringComparison.Ordinal) ? spec : spec + ".rb";
        foreach (var candidate in new[] { file, "lib/" + file })
        {
            if (_paths.Value.Contains(candidate))
            {
                return [candidate];
            }
        }

        return _byLibTail.Value[file].Order(StringComparer.Ordinal).ToArray();
    }

    private static bool IsRuby(string path) => path.EndsWith(".rb", StringComparison.Ordinal) || path.EndsWith(".rake", StringComparison.Ordinal)
        || path.EndsWith("/Gemfile", StringComparison.Ordinal) || path == "Gemfile" || path == "Rakefile" || path.EndsWith("/Rakefile", StringComparison.Ordinal);
}
