using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols.Ruby;

/// <summary>
/// The constants a Rails file uses (<c>Post</c>, <c>Admin::UserPolicy</c>, a superclass, an included concern) as edges
/// to the files Rails autoloads them from, one per constant as written, at its first reference.
/// </summary>
/// <remarks>
/// The first name resolves as Ruby does lexically: inside <c>module Admin</c> (nesting <c>[Admin]</c>), <c>UserPolicy</c>
/// tries <c>Admin::UserPolicy</c> and then <c>UserPolicy</c>, and a compact <c>class Admin::Foo</c> nests only
/// <c>Admin::Foo</c>. The rest of the path then resolves to the deepest file that exists (<c>Post::STATUSES</c> is in
/// post.rb). Constants the file defines itself, and those no repo file defines (Rails, gems, the core library), get no edge.
/// Ancestor lookup (constants inherited from a superclass) is not modelled.
/// </remarks>
internal static class RailsConstantReferences
{
    public static IEnumerable<ImportEdge> Read(string path, List<RubyToken> tokens, IReadOnlyList<CodeSymbol> symbols, RailsAutoload autoload)
    {
        var own = symbols.Where(s => s.Kind is SymbolKind.Module or SymbolKind.Class or SymbolKind.Constant).Select(FullName).ToHashSet(StringComparer.Ordinal);
        bool Known(string constant) => own.Contains(constant) || autoload.Exists(constant);

        var namespaces = symbols.Where(s => s.Kind is SymbolKind.Module or SymbolKind.Class).ToArray();
        var superclasses = namespaces.ToDictionary(s => s, s => Superclass(s) is { } written ? Scope(written, Nesting(namespaces, s.StartLine), Known) : null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != RubyTokenKind.Constant || !StartsPath(tokens, k, out var topLevel))
            {
                continue;
            }

            var segments = new List<string> { tokens[k].Text };
            var start = topLevel ? k - 1 : k;
            while (At(tokens, k + 1).IsPunctuation("::") && At(tokens, k + 2).Kind == RubyTokenKind.Constant)
            {
                k += 2;
                segments.Add(tokens[k].Text);
            }

            var specifier = string.Join("::", segments);
            if (IsDefinition(tokens, start, k) || !seen.Add(specifier))
            {
                continue;
            }

            var line = tokens[start].Line;
            var scope = Scope(specifier, topLevel ? [] : Nesting(namespaces, line, superclasses), Known);
            var targets = scope is null ? [] : Deepest(scope, segments.Count, own, autoload).Where(p => p != path).ToArray();
            if (targets.Length > 0)
            {
                yield return new ImportEdge(path, specifier, line, targets);
            }
        }
    }

    // Where Ruby looks a name up from `line`: the enclosing namespaces innermost first (Module.nesting), then the
    // superclass of the innermost class when this file names it (`class Provider::Synth < Provider` sees Provider's constants).
    private static List<string> Nesting(CodeSymbol[] namespaces, int line, Dictionary<CodeSymbol, string?>? superclasses = null)
    {
        var enclosing = namespaces.Where(n => n.StartLine < line && line <= n.EndLine).OrderByDescending(n => n.StartLine).ToArray();
        var scopes = enclosing.Select(FullName).ToList();
        if (enclosing.Length > 0 && superclasses?[enclosing[0]] is { } parent)
        {
            scopes.Add(parent);
        }

        return scopes;
    }

    // The full name a written constant resolves to: the first scope whose namespace knows its first name, else the top level.
    private static string? Scope(string written, List<string> nesting, Func<string, bool> known)
    {
        var first = written.Split("::")[0];
        foreach (var scope in nesting.Append(string.Empty))
        {
            var prefix = scope.Length == 0 ? string.Empty : scope + "::";
            if (known(prefix + first))
            {
                return prefix + written;
            }
        }

        return null;
    }

    // `Post::STATUSES` is defined in post.rb: the deepest part of the path that a file defines. None when this file defines it.
    private static IReadOnlyList<string> Deepest(string fullName, int written, HashSet<string> own, RailsAutoload autoload)
    {
        var parts = fullName.Split("::");
        for (var n = parts.Length; n > parts.Length - written; n--)
        {
            var name = string.Join("::", parts.Take(n));
            if (own.Contains(name))
            {
                return [];
            }

            if (autoload.FilesOf(name) is { Count: > 0 } files)
            {
                return files;
            }
        }

        return [];
    }

    private static string? Superclass(CodeSymbol s)
    {
        var at = s.Kind == SymbolKind.Class ? s.Signature.IndexOf('<', StringComparison.Ordinal) : -1;
        if (at < 0 || at + 1 >= s.Signature.Length || s.Signature[at + 1] == '<')
        {
            return null;
        }

        var name = new string(s.Signature[(at + 1)..].TrimStart().TrimStart(':').TakeWhile(c => char.IsLetterOrDigit(c) || c is '_' or ':').ToArray());
        return name.Length > 0 && char.IsUpper(name[0]) ? name.TrimEnd(':') : null;
    }

    // A path starts at a constant not written after `.` or `::`, or after a leading `::` (`::Post`, top level).
    private static bool StartsPath(List<RubyToken> tokens, int k, out bool topLevel)
    {
        topLevel = false;
        if (!tokens[k].AfterDot)
        {
            return true;
        }

        var before = At(tokens, k - 2);
        topLevel = At(tokens, k - 1).IsPunctuation("::")
            && (At(tokens, k - 1).SpaceBefore || before.Kind is RubyTokenKind.Newline or RubyTokenKind.Label or RubyTokenKind.String
                || (before.Kind == RubyTokenKind.Punctuation && before.Text is not (")" or "]" or "}")));
        return topLevel;
    }

    // `class Admin::Foo`, `module Bar`, `MAX = 10` and `Foo::BAR ||= 1` name what the file defines.
    private static bool IsDefinition(List<RubyToken> tokens, int start, int last)
    {
        var before = At(tokens, start - 1);
        var after = At(tokens, last + 1);
        return before.IsKeyword("class") || before.IsKeyword("module") || before.IsKeyword("def")
            || after.IsPunctuation("=") || after.IsPunctuation("||=");
    }

    private static string FullName(CodeSymbol s) => s.Container is null ? s.Name : s.Container + "::" + s.Name;

    private static RubyToken At(List<RubyToken> tokens, int i) => i >= 0 && i < tokens.Count ? tokens[i] : new RubyToken(RubyTokenKind.Newline, "\n", 0);
}
