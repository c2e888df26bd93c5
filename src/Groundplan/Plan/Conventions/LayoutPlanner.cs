using Groundplan.Model.Recon;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Conventions;

/// <summary>Places the feature's parts next to their existing siblings, by the repository's own layout and names.</summary>
internal static class LayoutPlanner
{
    private static readonly string[] BackendMarks =
    [
        "/actions/", "/api/", "/routes/", ".controller.", ".service.", "/services/", "Service.", "handler", "/http/", "/Endpoints/", "/Controllers/",
        "views.py", "api.py", "services.py", "/views/", "app/controllers/", "/handlers/", "/server/", "service.go", "router",
    ];

    private static readonly string[] UiDirs = ["/components/", "app/views/", "templates/", "/pages/", "/app/"];

    public static Layout Plan(PlanDraft draft)
    {
        var feature = draft.Feature;
        var ranked = draft.Input.Retrieval.RankedFiles.Select(r => r.Path).ToList();
        var (sibling, pattern) = BackendSibling(draft, ranked);
        var backend = sibling;
        if (sibling is not null && feature.NewEntity is { } entity)
        {
            var from = ModelNamedIn(draft, sibling);
            var rewritten = from is null ? null : PathRewriter.Replace(sibling, from, string.Join(' ', Words.Split(entity.Name)));
            if (rewritten is not null && PathRewriter.Stem(rewritten) != PathRewriter.Stem(sibling))
            {
                backend = rewritten;
            }
        }

        var top = backend is null ? "" : backend.Split('/')[0];
        var registrations = draft.Recon.About(ReconTopic.Routing).SelectMany(f => f.Evidence).Select(e => e.Path)
            .Where(p => p != backend && p != sibling && IsRegistry(p) && draft.Exists(p))
            .Distinct().OrderBy(p => p.StartsWith(top + "/", StringComparison.Ordinal) ? 0 : 1).ThenBy(p => p, StringComparer.Ordinal).Take(1).ToList();
        var (component, host, uiPattern) = Ui(draft, ranked);
        var (unit, e2e, testPattern) = TestLayout.Place(draft, backend, sibling);
        return new Layout
        {
            Backend = backend,
            BackendSibling = sibling,
            Pattern = pattern,
            Registrations = registrations,
            ModelFiles = ModelPlacement.Files(draft),
            Component = component,
            Host = host,
            UiPattern = uiPattern,
            UnitTest = unit,
            E2eTest = e2e,
            TestPattern = testPattern,
        };
    }

    /// <summary>The model whose name the path carries, e.g. "notes" in "internal/http/notes_handler.go".</summary>
    public static string? ModelNamedIn(PlanDraft draft, string path)
    {
        var candidates = draft.Feature.Targets.Select(t => t.Name).Concat(draft.Recon.About(ReconTopic.Model).Select(f => f.Name));
        return candidates.FirstOrDefault(name => PathRewriter.Replace(PathRewriter.FileName(path), name, "x") is not null);
    }

    private static (string? Path, CodeSymbol? Pattern) BackendSibling(PlanDraft draft, List<string> ranked)
    {
        var feature = draft.Feature;
        var files = draft.Codebase.Files.Select(f => f.Path).Where(p => IsBackend(p, draft.Stack.Extension)).ToList();
        if (files.Count == 0)
        {
            return (null, null);
        }

        string? chosen = null;
        if (feature.Operations[0] == Operation.RateLimit)
        {
            var login = draft.Recon.Symbols.FirstOrDefault(s => s.Kind is SymbolKind.Function or SymbolKind.Method or SymbolKind.Route && IsLogin(s.Name) && !IsTest(s.Path));
            if (login is not null)
            {
                return (login.Path, login);
            }
        }

        var keys = feature.Targets.Select(t => Words.Key(t.Name)).ToList();
        var withCode = new HashSet<string>(draft.Recon.Symbols.Where(s => s.Kind is SymbolKind.Function or SymbolKind.Method or SymbolKind.Route).Select(s => s.Path), StringComparer.Ordinal);
        chosen = files.Where(p => keys.Count > 0 && Words.Split(p).Select(Words.Singular).Any(keys.Contains))
            .OrderBy(p => withCode.Contains(p) ? 0 : 1).ThenBy(p => p.Contains("service", StringComparison.OrdinalIgnoreCase) ? 1 : 0).ThenBy(p => Rank(ranked, p)).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault()
            ?? files.OrderBy(p => Rank(ranked, p)).ThenBy(p => p, StringComparer.Ordinal).First();
        return (chosen, PatternIn(draft, chosen));
    }

    private static CodeSymbol? PatternIn(PlanDraft draft, string path)
    {
        var symbols = draft.Recon.Symbols.Where(s => s.Path == path && s.Kind is SymbolKind.Function or SymbolKind.Method or SymbolKind.Route).ToList();
        string[] verbs = draft.Feature.Writes ? ["create", "add", "toggle", "update", "delete", "destroy"] : ["list", "get", "index", "show", "export"];
        return verbs.Select(v => symbols.FirstOrDefault(s => s.Exported && Words.Split(s.Name).Contains(v))).FirstOrDefault(s => s is not null)
            ?? symbols.FirstOrDefault(s => s.Exported) ?? symbols.FirstOrDefault();
    }

    private static (string? Component, string? Host, CodeSymbol? Pattern) Ui(PlanDraft draft, List<string> ranked)
    {
        if (!draft.Stack.HasUi && !draft.Recon.About(ReconTopic.DirectoryRole).Any(f => f.Value.Contains("UI components", StringComparison.Ordinal)))
        {
            return (null, null, null);
        }

        var feature = draft.Feature;
        var keys = feature.Targets.Select(t => Words.Key(t.Name)).ToList();
        var uiFiles = draft.Codebase.Files.Select(f => f.Path).Where(p => UiDirs.Any(d => ("/" + p).Contains(d, StringComparison.Ordinal)) && IsView(p) && !IsTest(p)).ToList();
        var componentDir = draft.Recon.About(ReconTopic.DirectoryRole).FirstOrDefault(f => f.Value.Contains("UI components", StringComparison.Ordinal) || f.Value.Contains("view components", StringComparison.Ordinal))?.Name;
        var host = uiFiles.OrderBy(p => HostScore(p, keys, componentDir)).ThenBy(p => Rank(ranked, p)).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        var suffix = feature.Operations[0] switch
        {
            Operation.Toggle or Operation.Export or Operation.Flag or Operation.Delete => " button",
            Operation.List or Operation.Filter => " list",
            _ => " form",
        };
        var words = feature.NameWords + suffix;
        string? component = null;
        var components = draft.Recon.Symbols.Where(s => s.Kind == SymbolKind.Component && componentDir is not null && s.Path.StartsWith(componentDir, StringComparison.Ordinal)).ToList();
        var pattern = components.FirstOrDefault(s => s.Name.EndsWith(Words.Pascal(suffix), StringComparison.Ordinal)) ?? components.FirstOrDefault();
        if (componentDir is not null && draft.Stack.Extension == ".ts")
        {
            component = componentDir + Words.Pascal(words) + ".tsx";
        }
        else if (host is not null && draft.Stack.Language is "ruby" or "python")
        {
            var ext = host.EndsWith(".html.erb", StringComparison.Ordinal) ? ".html.erb" : ".html";
            component = PathRewriter.Folder(host) + "_" + Words.Snake(words) + ext;
        }

        return (component, host, pattern);
    }

    /// <summary>A file where routes are registered: a router, URLconf, routes file or app setup, never a page or handler.</summary>
    private static bool IsRegistry(string path)
    {
        var name = PathRewriter.FileName(path).ToLowerInvariant();
        return !path.Contains("/api/", StringComparison.Ordinal) && !name.StartsWith("page.", StringComparison.Ordinal) && !name.StartsWith("layout.", StringComparison.Ordinal)
            && (name.Contains("route", StringComparison.Ordinal) || name.StartsWith("urls.", StringComparison.Ordinal) || name.StartsWith("app.", StringComparison.Ordinal) || name.StartsWith("server.", StringComparison.Ordinal));
    }

    public static bool IsTest(string path) =>
        path.Contains("test", StringComparison.OrdinalIgnoreCase) || path.Contains("spec", StringComparison.OrdinalIgnoreCase) || path.Contains("/e2e/", StringComparison.Ordinal);

    private static bool IsBackend(string path, string extension) =>
        path.EndsWith(extension, StringComparison.Ordinal) && !IsTest(path) && BackendMarks.Any(m => ("/" + path).Contains(m, StringComparison.Ordinal))
        && !path.EndsWith(".tsx", StringComparison.Ordinal) && !path.Contains("/components/", StringComparison.Ordinal) && !path.Contains("/migrations/", StringComparison.OrdinalIgnoreCase);

    private static bool IsView(string path) =>
        path.EndsWith(".tsx", StringComparison.Ordinal) || path.EndsWith(".jsx", StringComparison.Ordinal) || path.EndsWith(".vue", StringComparison.Ordinal)
        || path.EndsWith(".svelte", StringComparison.Ordinal) || path.EndsWith(".erb", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal)
        || path.EndsWith(".cshtml", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal);

    /// <summary>Lower is better: a component named after the target, then a page about it; never an edit, new or sign-in screen.</summary>
    private static int HostScore(string path, List<string> keys, string? componentDir)
    {
        var score = Words.Split(PathRewriter.Stem(path)).Select(Words.Singular).Any(keys.Contains) ? 0 : Words.Split(path).Select(Words.Singular).Any(keys.Contains) ? 2 : 4;
        score += componentDir is not null && path.StartsWith(componentDir, StringComparison.Ordinal) ? 0 : 1;
        string[] avoid = ["/edit", "/new", "login", "signup", "admin", "error", "loading", "not-found", "layout"];
        return score + (avoid.Any(a => path.Contains(a, StringComparison.Ordinal)) ? 8 : 0);
    }

    private static bool IsLogin(string name)
    {
        var key = string.Concat(Words.Split(name));
        return key is "login" or "signin" or "authenticate" || key.EndsWith("login", StringComparison.Ordinal) || key.StartsWith("login", StringComparison.Ordinal) || key.StartsWith("signin", StringComparison.Ordinal);
    }

    private static int Rank(List<string> ranked, string path)
    {
        var index = ranked.IndexOf(path);
        return index < 0 ? int.MaxValue : index;
    }
}
