using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>
/// HTTP routes: Next.js App Router handlers (<c>export async function GET</c> in app/**/route.ts), Pages Router API files,
/// Express-style <c>router.get('/x', handler)</c> calls and NestJS <c>@Get('x')</c> methods inside <c>@Controller('y')</c>.
/// Dynamic segments keep the framework's spelling ([id], :id).
/// </summary>
internal static partial class TsRoutes
{
    private static readonly HashSet<string> HttpMethods = new(StringComparer.Ordinal) { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" };

    public static IEnumerable<CodeSymbol> Find(string path, ScannedText text, IReadOnlyList<CodeSymbol> symbols)
    {
        var routes = new List<CodeSymbol>();
        var top = symbols.Where(s => s.Container is null && s.Kind != SymbolKind.Method).ToArray();
        if (AppRoute().Match(path) is { Success: true } app)
        {
            var route = UrlOf(app.Groups["dir"].Value);
            routes.AddRange(top.Where(s => s.Exported && HttpMethods.Contains(s.Name)).Select(s => s with { Name = $"{s.Name} {route}", Kind = SymbolKind.Route }));
        }
        else if (PagesApi().Match(path) is { Success: true } pages)
        {
            var route = UrlOf(pages.Groups["file"].Value.EndsWith("/index", StringComparison.Ordinal) ? pages.Groups["file"].Value[..^6] : pages.Groups["file"].Value);
            var handler = top.FirstOrDefault(s => s.Signature.StartsWith("export default", StringComparison.Ordinal));
            if (handler is not null)
            {
                routes.Add(handler with { Name = $"ANY {route}", Kind = SymbolKind.Route });
            }
        }

        routes.AddRange(ExpressRoutes(path, text));
        routes.AddRange(NestRoutes(text, symbols));
        return routes;
    }

    private static string UrlOf(string dir) =>
        "/" + string.Join('/', dir.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !(s.StartsWith('(') && s.EndsWith(')')) && !s.StartsWith('@')));

    private static IEnumerable<CodeSymbol> ExpressRoutes(string path, ScannedText text)
    {
        TsExtent? extent = null;
        foreach (Match call in ExpressCall().Matches(text.Masked))
        {
            var quote = call.Groups["quote"].Index;
            var route = text.LiteralAt(quote);
            var afterLiteral = text.Masked.AsSpan(quote + route.Length + 2).TrimStart();
            if (!route.StartsWith('/') || !afterLiteral.StartsWith(","))
            {
                continue;
            }

            var paren = text.Masked.IndexOf('(', call.Index);
            var start = text.LineOf(call.Index);
            var end = text.LineOf((extent ??= new TsExtent(text.Masked, new BlockMap(text.Masked))).MatchParen(paren));
            yield return new CodeSymbol($"{call.Groups["verb"].Value.ToUpperInvariant()} {route}", SymbolKind.Route, path, start, end, null, false, text.LineText(start).Trim());
        }
    }

    private static IEnumerable<CodeSymbol> NestRoutes(ScannedText text, IReadOnlyList<CodeSymbol> symbols)
    {
        foreach (var controller in symbols.Where(s => s.Kind == SymbolKind.Class))
        {
            if (DecoratorsAbove(text, controller.StartLine).Select(l => NestController().Match(l)).FirstOrDefault(m => m.Success) is not { } prefix)
            {
                continue;
            }

            foreach (var method in symbols.Where(s => s.Kind == SymbolKind.Method && s.Container == controller.Name && s.StartLine > controller.StartLine && s.EndLine <= controller.EndLine))
            {
                foreach (var decorator in DecoratorsAbove(text, method.StartLine).Append(text.LineText(method.StartLine)).Select(l => NestVerb().Match(l)).Where(m => m.Success))
                {
                    var parts = new[] { prefix.Groups["path"].Value, decorator.Groups["path"].Value }.Select(p => p.Trim('/')).Where(p => p.Length > 0);
                    var verb = decorator.Groups["verb"].Value.ToUpperInvariant();
                    yield return method with { Name = $"{(verb == "ALL" ? "ANY" : verb)} /{string.Join('/', parts)}", Kind = SymbolKind.Route };
                }
            }
        }
    }

    private static IEnumerable<string> DecoratorsAbove(ScannedText text, int line)
    {
        for (var l = line - 1; l >= 1 && text.LineText(l).TrimStart().StartsWith('@'); l--)
        {
            yield return text.LineText(l);
        }
    }

    [GeneratedRegex(@"(?:^|/)app/(?<dir>(?:.+/)?)route\.(?:ts|js|tsx|jsx|mts|mjs)$")]
    private static partial Regex AppRoute();

    [GeneratedRegex(@"(?:^|/)pages/(?<file>api/.+?)\.(?:ts|js|tsx|jsx|mts|mjs)$")]
    private static partial Regex PagesApi();

    // The receiver is matched behind the dot: led by an identifier class, the search started at every identifier of
    // the file (a sixth of Kavita's TypeScript indexing); led by the dot, it starts only at member accesses.
    [GeneratedRegex(@"(?<=(?<![\w$.])[A-Za-z_$][\w$]*)\.(?<verb>get|post|put|patch|delete|all|options|head)\s*\(\s*(?<quote>['""`])")]
    private static partial Regex ExpressCall();

    [GeneratedRegex(@"@Controller\(\s*(?:['""`](?<path>[^'""`]*)['""`]|\{[^}]*path\s*:\s*['""`](?<path>[^'""`]*)['""`])?")]
    private static partial Regex NestController();

    [GeneratedRegex(@"@(?<verb>Get|Post|Put|Patch|Delete|Options|Head|All)\(\s*(?:['""`](?<path>[^'""`]*)['""`])?\s*\)")]
    private static partial Regex NestVerb();
}
