using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols.Go;

/// <summary>Go definitions, routes and imports; imports inside the module (go.mod) resolve to the package directory's non-test files.</summary>
internal sealed class GoIndexer : ILanguageIndexer
{
    private readonly Codebase _codebase;
    private readonly Lazy<(string Module, string Dir)[]> _modules;
    private readonly Lazy<ILookup<string, string>> _filesByDirectory;

    public GoIndexer(Codebase codebase)
    {
        _codebase = codebase;
        _modules = new(ReadModules, LazyThreadSafetyMode.ExecutionAndPublication);
        _filesByDirectory = new(
            () => codebase.Files.Select(f => f.Path).Where(p => p.EndsWith(".go", StringComparison.Ordinal) && !p.EndsWith("_test.go", StringComparison.Ordinal))
                .ToLookup(DirectoryOf, StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool Handles(SourceFile file) => file.Path.EndsWith(".go", StringComparison.Ordinal);

    public IReadOnlyList<CodeSymbol> Symbols(SourceFile file)
    {
        var lines = file.Text.Split('\n');
        var tokens = GoScanner.Scan(file.Text);
        var reader = new GoDeclarationReader(file.Path, lines, tokens);
        var symbols = reader.Read();
        GoRouteFinder.Find(file.Path, lines, tokens, reader, symbols);
        return symbols;
    }

    public IReadOnlyList<ImportEdge> Imports(SourceFile file)
    {
        var tokens = GoScanner.Scan(file.Text);
        var edges = new List<ImportEdge>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != GoTokenKind.Identifier)
            {
                continue;
            }

            if (tokens[k].Text is "func" or "type" or "var" or "const")
            {
                break; // imports come before every declaration
            }

            if (tokens[k].Text != "import")
            {
                continue;
            }

            var grouped = k + 1 < tokens.Count && tokens[k + 1].Is("(");
            for (var i = k + 1; i < tokens.Count && !(grouped ? tokens[i].Is(")") : i > k + 3); i++)
            {
                if (tokens[i].Kind == GoTokenKind.String)
                {
                    edges.Add(new ImportEdge(file.Path, tokens[i].Text, tokens[i].Line, Resolve(tokens[i].Text)));
                    if (!grouped)
                    {
                        break;
                    }
                }
            }
        }

        return edges;
    }

    private string[] Resolve(string importPath)
    {
        foreach (var (module, dir) in _modules.Value)
        {
            if (importPath == module || importPath.StartsWith(module + "/", StringComparison.Ordinal))
            {
                var rest = importPath[module.Length..].TrimStart('/');
                var target = dir.Length == 0 ? rest : rest.Length == 0 ? dir : dir + "/" + rest;
                return _filesByDirectory.Value[target].Order(StringComparer.Ordinal).ToArray();
            }
        }

        return [];
    }

    // Every go.mod's module path with its directory, longest module first so nested modules win.
    private (string Module, string Dir)[] ReadModules() =>
        _codebase.Files.Where(f => f.Path == "go.mod" || f.Path.EndsWith("/go.mod", StringComparison.Ordinal))
            .Select(f => (Module: ModulePath(f.Text), Dir: DirectoryOf(f.Path)))
            .Where(m => m.Module.Length > 0)
            .OrderByDescending(m => m.Module.Length)
            .ToArray();

    private static string ModulePath(string goMod)
    {
        foreach (var raw in goMod.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("module", StringComparison.Ordinal) && line.Length > 6 && char.IsWhiteSpace(line[6]))
            {
                var value = line[6..].Trim();
                var comment = value.IndexOf("//", StringComparison.Ordinal);
                return (comment >= 0 ? value[..comment] : value).Trim().Trim('"', '`');
            }
        }

        return string.Empty;
    }

    private static string DirectoryOf(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : string.Empty;
}
