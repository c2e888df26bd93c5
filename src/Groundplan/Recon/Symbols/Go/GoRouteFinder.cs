using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols.Go;

/// <summary>HTTP routes registered plainly in Go: net/http patterns, chi/gin/echo verb methods, with Group and chi Route prefixes.</summary>
internal static class GoRouteFinder
{
    private static readonly HashSet<string> Verbs = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

    public static void Find(string path, IReadOnlyList<string> lines, List<GoToken> tokens, GoDeclarationReader reader, List<CodeSymbol> symbols)
    {
        foreach (var (func, open, close) in reader.Bodies)
        {
            // Prefixes by variable: gin/echo `v1 := r.Group("/v1")`, chi `r.Route("/api", func(r chi.Router) {...})` (until its closing brace).
            var prefixes = new List<(string Name, string Prefix, int Until)>();
            for (var k = open; k + 8 < close; k++)
            {
                if (!(tokens[k].Kind == GoTokenKind.Identifier && tokens[k + 1].Is(".") && tokens[k + 2].Kind == GoTokenKind.Identifier
                    && tokens[k + 3].Is("(") && tokens[k + 4].Kind == GoTokenKind.String))
                {
                    continue;
                }

                var receiver = Prefix(prefixes, tokens[k].Text, k);
                var method = tokens[k + 2].Text;
                var literal = tokens[k + 4].Text;
                if (method == "Group" && Assigned(tokens, k) is { } variable)
                {
                    prefixes.Add((variable, Join(receiver, literal), close));
                }
                else if (method == "Route" && tokens[k + 5].Is(",") && tokens[k + 6].Text == "func" && tokens[k + 7].Is("(") && tokens[k + 8].Kind == GoTokenKind.Identifier)
                {
                    var paramsClose = reader.Match(k + 7);
                    var bodyOpen = Enumerable.Range(paramsClose, close - paramsClose).FirstOrDefault(i => tokens[i].Is("{"));
                    prefixes.Add((tokens[k + 8].Text, Join(receiver, literal), bodyOpen > 0 ? reader.Match(bodyOpen) : close));
                }
                else if (RouteName(method, literal, receiver) is { } name)
                {
                    var line = tokens[k].Line;
                    symbols.Add(new CodeSymbol(name, SymbolKind.Route, path, line, tokens[reader.Match(k + 3)].EndLine, func, true, lines[line - 1].Trim()));
                }
            }
        }
    }

    private static string? RouteName(string method, string literal, string prefix)
    {
        if (method is "HandleFunc" or "Handle")
        {
            // Go 1.22 patterns: "GET /x", "/x", "POST example.com/x"; a pattern without a method serves every method.
            var space = literal.IndexOf(' ', StringComparison.Ordinal);
            var verb = space > 0 && Verbs.Contains(literal[..space]) ? literal[..space] : null;
            var rest = verb is null ? literal : literal[(space + 1)..].TrimStart();
            return rest.StartsWith('/') ? (verb ?? "ANY") + " " + Join(prefix, rest) : null;
        }

        var upper = method.ToUpperInvariant();
        var isVerb = Verbs.Contains(upper) && (method == upper || method == char.ToUpperInvariant(upper[0]) + upper[1..].ToLowerInvariant());
        return isVerb && literal.StartsWith('/') ? upper + " " + Join(prefix, literal) : null;
    }

    private static string? Assigned(List<GoToken> tokens, int k) =>
        k >= 3 && tokens[k - 1].Is("=") && tokens[k - 2].Is(":") && tokens[k - 3].Kind == GoTokenKind.Identifier ? tokens[k - 3].Text
        : k >= 2 && tokens[k - 1].Is("=") && tokens[k - 2].Kind == GoTokenKind.Identifier ? tokens[k - 2].Text
        : null;

    private static string Prefix(List<(string Name, string Prefix, int Until)> prefixes, string name, int at) =>
        prefixes.LastOrDefault(p => p.Name == name && at <= p.Until).Prefix ?? string.Empty;

    private static string Join(string prefix, string path)
    {
        var joined = prefix.TrimEnd('/') + "/" + path.TrimStart('/');
        return joined.Length > 1 && joined.EndsWith('/') && !path.EndsWith('/') ? joined.TrimEnd('/') : joined;
    }
}
