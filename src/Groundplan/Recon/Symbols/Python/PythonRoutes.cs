using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.Python;

/// <summary>
/// HTTP routes written the simple ways: Flask/FastAPI decorators (<c>@app.get("/x")</c>, <c>@bp.route("/x", methods=[...])</c>,
/// with an <c>APIRouter(prefix=...)</c> or <c>Blueprint(url_prefix=...)</c> made in the same file) and Django <c>path("x/", view)</c> in urls.py.
/// </summary>
internal static partial class PythonRoutes
{
    public static IEnumerable<CodeSymbol> Find(string path, ScannedText text, IReadOnlyList<PythonLogicalLine> lines, IReadOnlyList<CodeSymbol> symbols)
    {
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (RouterMade().Match(line.Text.TrimStart()) is { Success: true } made &&
                PrefixArgument().Match(Original(text, line)) is { Success: true } prefix)
            {
                prefixes[made.Groups["var"].Value] = prefix.Groups["value"].Value.TrimEnd('/');
            }
        }

        var routes = new List<CodeSymbol>();
        var functions = symbols.Where(s => s.Kind is SymbolKind.Function or SymbolKind.Method).ToDictionary(s => s.StartLine);
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var head = line.Text.TrimStart();
            if (Decorator().Match(head) is not { Success: true } decorator)
            {
                continue;
            }

            // The decorated function is the first definition after the decorator lines.
            var target = lines.Skip(k + 1).FirstOrDefault(l => !l.Text.TrimStart().StartsWith('@'));
            if (target is null || !functions.TryGetValue(target.StartLine, out var function))
            {
                continue;
            }

            var quote = text.LineStart(line.StartLine) + (line.Text.Length - head.Length) + decorator.Groups["quote"].Index;
            var route = prefixes.GetValueOrDefault(decorator.Groups["receiver"].Value, string.Empty) + text.LiteralAt(quote);
            foreach (var method in Methods(decorator.Groups["verb"].Value, Original(text, line)))
            {
                routes.Add(new CodeSymbol($"{method} {route}", SymbolKind.Route, path, function.StartLine, function.EndLine, function.Container, true, function.Signature));
            }
        }

        if (path == "urls.py" || path.EndsWith("/urls.py", StringComparison.Ordinal))
        {
            routes.AddRange(DjangoRoutes(path, text, lines));
        }

        return routes;
    }

    private static IEnumerable<CodeSymbol> DjangoRoutes(string path, ScannedText text, IReadOnlyList<PythonLogicalLine> lines)
    {
        foreach (var line in lines)
        {
            foreach (Match call in DjangoPath().Matches(line.Text))
            {
                // The statement's text joins physical lines with '\n', so a call's line and column come from the newlines before it.
                var lineOfCall = line.StartLine + line.Text.AsSpan(0, call.Index).Count('\n');
                var original = text.LineText(lineOfCall);
                if (original.Contains("include(", StringComparison.Ordinal))
                {
                    continue;
                }

                var quoteOnLine = call.Groups["quote"].Index - (line.Text.LastIndexOf('\n', call.Groups["quote"].Index) + 1);
                var route = text.LiteralAt(text.LineStart(lineOfCall) + quoteOnLine).TrimStart('^').TrimEnd('$');
                yield return new CodeSymbol($"ANY /{route}", SymbolKind.Route, path, lineOfCall, lineOfCall, null, true, original.Trim());
            }
        }
    }

    private static IEnumerable<string> Methods(string verb, string original)
    {
        if (verb is not ("route" or "api_route"))
        {
            return [verb == "websocket" ? "WS" : verb.ToUpperInvariant()];
        }

        var list = MethodsArgument().Match(original);
        if (!list.Success)
        {
            return ["GET"];
        }

        var methods = Quoted().Matches(list.Groups["list"].Value).Select(m => m.Groups[1].Value.ToUpperInvariant()).ToArray();
        return methods.Length > 0 ? methods : ["GET"];
    }

    private static string Original(ScannedText text, PythonLogicalLine line) =>
        string.Join('\n', Enumerable.Range(line.StartLine, line.EndLine - line.StartLine + 1).Select(text.LineText));

    [GeneratedRegex(@"^@(?<receiver>[A-Za-z_][\w.]*)\.(?<verb>get|post|put|patch|delete|head|options|route|api_route|websocket)\s*\(\s*[rRuU]?(?<quote>[""'])")]
    private static partial Regex Decorator();

    [GeneratedRegex(@"^(?<var>[A-Za-z_]\w*)\s*(?::[^=]*)?=\s*(?:[\w.]+\.)?(?:APIRouter|Blueprint)\s*\(")]
    private static partial Regex RouterMade();

    [GeneratedRegex(@"\b(?:url_)?prefix\s*=\s*[rRuU]?[""'](?<value>[^""']*)[""']")]
    private static partial Regex PrefixArgument();

    [GeneratedRegex(@"\bmethods\s*=\s*[\[(](?<list>[^\])]*)")]
    private static partial Regex MethodsArgument();

    [GeneratedRegex(@"[""']([A-Za-z]+)[""']")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<![\w.])(?:re_)?path\s*\(\s*[rRuU]?(?<quote>[""'])")]
    private static partial Regex DjangoPath();
}
