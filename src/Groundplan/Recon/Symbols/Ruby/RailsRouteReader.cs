using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols.Ruby;

/// <summary>
/// Rails routes written plainly in config/routes.rb: <c>resources</c>/<c>resource</c> (with only/except, nesting, member and
/// collection blocks), <c>namespace</c>, <c>scope "/path"</c>, verb helpers and <c>root</c>. Each route becomes a Route symbol
/// "GET /posts/:id" whose container is the "controller#action" it reaches when the file says so.
/// </summary>
internal sealed class RailsRouteReader(string path, IReadOnlyList<string> lines, List<RubyToken> tokens)
{
    private static readonly (string Action, string Verb, string Suffix, bool Member)[] PluralActions =
    [
        ("index", "GET", "", false), ("create", "POST", "", false), ("new", "GET", "/new", false), ("edit", "GET", "/edit", true),
        ("show", "GET", "", true), ("update", "PATCH", "", true), ("update", "PUT", "", true), ("destroy", "DELETE", "", true),
    ];

    private static readonly HashSet<string> Verbs = ["get", "post", "put", "patch", "delete"];

    private readonly List<CodeSymbol> _routes = [];

    // Each open `do` block: the path prefix inside it, the controller module, and the resource it belongs to (for member routes).
    private readonly List<(string Prefix, string Module, string? Controller, string MemberPath, bool IsMember)> _scopes = [("", "", null, "", false)];

    public static bool IsRoutesFile(string path) => path == "config/routes.rb" || path.EndsWith("/config/routes.rb", StringComparison.Ordinal)
        || path.StartsWith("config/routes/", StringComparison.Ordinal);

    public List<CodeSymbol> Read()
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind != RubyTokenKind.Identifier || t.AfterDot)
            {
                continue;
            }

            var scope = _scopes[^1];
            if (t.Text == "do" || (t.Text is "if" or "unless" or "case" or "begin" or "while" or "until" && At(k - 1).Kind == RubyTokenKind.Newline))
            {
                _scopes.Add(scope); // a block the DSL does not name (`routes.draw do`, `constraints ... do`, `if ...`) keeps the scope
                continue;
            }

            var opensBlock = LineEndsWithDo(k, out var doIndex);
            var pushed = t.Text switch
            {
                "resources" or "resource" when Arg(k + 1) is { } name => Resources(k, name, t.Text == "resources", scope),
                "namespace" when Arg(k + 1) is { } name => (scope.Prefix + "/" + name, scope.Module + name + "/", null, scope.Prefix + "/" + name, false),
                "scope" => (scope.Prefix + "/" + (Option(k, "path") ?? (At(k + 1).Kind == RubyTokenKind.String ? At(k + 1).Text : string.Empty)).Trim('/'),
                    scope.Module + (Option(k, "module") is { } module ? module + "/" : string.Empty), scope.Controller, scope.MemberPath, scope.IsMember),
                "member" when opensBlock => (scope.MemberPath, scope.Module, scope.Controller, scope.MemberPath, true),
                "collection" when opensBlock => (scope.Prefix, scope.Module, scope.Controller, scope.MemberPath, false),
                "root" => Route(k, "GET", "/", Option(k, "to") ?? (At(k + 1).Kind == RubyTokenKind.String ? At(k + 1).Text : null)),
                var verb when Verbs.Contains(verb) && Arg(k + 1) is { } target => Verb(k, verb.ToUpperInvariant(), target, scope),
                "end" when !t.AfterDot => Pop(),
                _ => ((string, string, string?, string, bool)?)null,
            };

            if (opensBlock && t.Text != "end")
            {
                _scopes.Add(pushed ?? scope);
                k = doIndex;
            }
        }

        return _routes;
    }

    private (string, string, string?, string, bool)? Resources(int k, string name, bool plural, (string Prefix, string Module, string? Controller, string MemberPath, bool IsMember) scope)
    {
        var basePath = scope.Prefix + "/" + (Option(k, "path") ?? name);
        var controller = scope.Module + (Option(k, "controller") ?? (plural ? name : name + "s"));
        var only = List(k, "only");
        var except = List(k, "except") ?? [];
        foreach (var (action, verb, suffix, member) in PluralActions)
        {
            if ((!plural && action == "index") || (only is not null && !only.Contains(action)) || except.Contains(action))
            {
                continue;
            }

            var route = basePath + (plural && member ? "/:id" : string.Empty) + suffix;
            Add(k, verb, route, controller + "#" + action);
        }

        var param = plural ? Singular(name) : name;
        var nested = plural ? basePath + "/:" + param + "_id" : basePath;
        return (nested, scope.Module, controller, plural ? basePath + "/:id" : basePath, false);
    }

    private (string, string, string?, string, bool)? Verb(int k, string verb, string target, (string Prefix, string Module, string? Controller, string MemberPath, bool IsMember) scope)
    {
        var to = Option(k, "to") ?? (At(k + 1).Kind == RubyTokenKind.String && At(k + 2).IsPunctuation("=>") && At(k + 3).Kind == RubyTokenKind.String ? At(k + 3).Text : null);
        var prefix = Option(k, "on") switch { "member" => scope.MemberPath, "collection" => TrimParam(scope.MemberPath), _ => scope.Prefix };
        var action = to is null && scope.Controller is not null && At(k + 1).Kind == RubyTokenKind.Symbol ? scope.Controller + "#" + target : to is null ? null : scope.Module + to;
        return Route(k, verb, prefix + "/" + target.TrimStart('/'), action);
    }

    private (string, string, string?, string, bool)? Route(int k, string verb, string route, string? action)
    {
        Add(k, verb, route.Length == 0 ? "/" : route, action);
        return null;
    }

    private (string, string, string?, string, bool)? Pop()
    {
        if (_scopes.Count > 1)
        {
            _scopes.RemoveAt(_scopes.Count - 1);
        }

        return null;
    }

    private void Add(int k, string verb, string route, string? action)
    {
        var normal = "/" + string.Join('/', route.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var line = tokens[k].Line;
        _routes.Add(new CodeSymbol(verb + " " + normal, SymbolKind.Route, path, line, line, action, true, lines[line - 1].Trim()));
    }

    // A block opened on this statement's line: `resources :posts do` or `namespace :admin do |x|`.
    private bool LineEndsWithDo(int k, out int doIndex)
    {
        doIndex = k;
        for (var i = k + 1; i < tokens.Count && tokens[i].Kind != RubyTokenKind.Newline; i++)
        {
            if (tokens[i].IsKeyword("do"))
            {
                doIndex = i;
                return true;
            }
        }

        return false;
    }

    private string? Arg(int i) => At(i).Kind is RubyTokenKind.Symbol or RubyTokenKind.String && At(i).Text.Length > 0 ? At(i).Text : null;

    private string? Option(int k, string label)
    {
        for (var i = k + 1; i < tokens.Count && tokens[i].Kind != RubyTokenKind.Newline && !tokens[i].IsKeyword("do"); i++)
        {
            if ((tokens[i].Kind == RubyTokenKind.Label && tokens[i].Text == label) || (tokens[i].Kind == RubyTokenKind.Symbol && tokens[i].Text == label && At(i + 1).IsPunctuation("=>")))
            {
                var value = At(i + (tokens[i].Kind == RubyTokenKind.Label ? 1 : 2));
                return value.Kind is RubyTokenKind.String or RubyTokenKind.Symbol ? value.Text : null;
            }
        }

        return null;
    }

    private HashSet<string>? List(int k, string label)
    {
        for (var i = k + 1; i < tokens.Count && tokens[i].Kind != RubyTokenKind.Newline && !tokens[i].IsKeyword("do"); i++)
        {
            if (tokens[i].Kind == RubyTokenKind.Label && tokens[i].Text == label)
            {
                var values = new HashSet<string>(StringComparer.Ordinal);
                for (var j = i + 1; j < tokens.Count && (At(j).Kind is RubyTokenKind.Symbol or RubyTokenKind.String || At(j).IsPunctuation("[") || At(j).IsPunctuation(",")); j++)
                {
                    if (At(j).Kind is RubyTokenKind.Symbol or RubyTokenKind.String)
                    {
                        values.UnionWith(At(j).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)); // %w[index show] reads as one string
                    }
                }

                return values;
            }
        }

        return null;
    }

    private static string TrimParam(string memberPath) => memberPath.EndsWith("/:id", StringComparison.Ordinal) ? memberPath[..^4] : memberPath;

    private static string Singular(string name) =>
        name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y" : name.EndsWith('s') ? name[..^1] : name;

    private RubyToken At(int i) => i >= 0 && i < tokens.Count ? tokens[i] : new RubyToken(RubyTokenKind.Newline, "\n", 0);
}
