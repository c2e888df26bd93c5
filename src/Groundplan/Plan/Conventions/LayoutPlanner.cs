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
        var registrations = new List<string>();
        if (sibling is not null && feature.NewEntity is { } entity)
        {
            var from = ModelNamedIn(draft, sibling);
            var rewritten = from is null ? null : PathRewriter.Replace(sibling, from, Words.Split(entity.Name) is var w ? string.Join(' ', w) : entity.Name);
            if (rewritten is not null && PathRewriter.Stem(rewritten) != PathRewriter.Stem(sibling))
            {
                backend = rewritten;
                registrations.AddRange(draft.Recon.About(ReconTopic.Routing).SelectMany(f => f.Evidence).Select(e => e.Path)
                    .Where(p => p != sibling && !p.Contains("/api/", StringComparison.Ordinal) && !p.EndsWith("page.tsx", StringComparison.Ordinal) && !p.EndsWith("layout.tsx", StringComparison.Ordinal) && draft.Exists(p))
                    .Distinct().Take(2));
            }
        }

        var (component, host, uiPattern) = Ui(draft, ranked);
        var (unit, e2e, testPattern) = Tests(draft, backend, sibling);
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
        chosen = files.Where(p => keys.Count > 0 && Words.Split(p).Select(Words.Singular).Any(keys.Contains))
            .OrderBy(p => Rank(ranked, p)).ThenBy(p => p.Contains("service", StringComparison.OrdinalIgnoreCase) ? 1 : 0).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault()
            ?? files.OrderBy(p => Rank(ranked, p)).ThenBy(p => p, StringComparer.Ordinal).First();
        return (chosen, PatternIn(draft, chosen));
    }

    private static CodeSymbol? PatternIn(PlanDraft draft, string path)
    {
        var symbols = draft.Recon.Symbols.Where(s => s.Path == path && s.Kind is SymbolKind.Function or SymbolKind.Method or SymbolKind.Route).ToList();
        string[] verbs = draft.Feature.Writes ? ["create", "add", "toggle", "update", "delete", "post", "destroy"] : ["list", "get", "index", "show", "export"];
        return symbols.FirstOrDefault(s => verbs.Any(v => s.Name.Contains(v, StringComparison.OrdinalIgnoreCase)))
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
        var host = uiFiles.Where(p => Words.Split(p).Select(Words.Singular).Any(keys.Contains))
            .OrderBy(p => Rank(ranked, p)).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault()
            ?? uiFiles.OrderBy(p => Rank(ranked, p)).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        var componentDir = draft.Recon.About(ReconTopic.DirectoryRole).FirstOrDefault(f => f.Value.Contains("UI components", StringComparison.Ordinal) || f.Value.Contains("view components", StringComparison.Ordinal))?.Name;
        var suffix = feature.Operations[0] switch
        {
            Operation.Toggle or Operation.Export or Operation.Flag or Operation.Delete => " button",
            Operation.List or Operation.Filter => " list",
            _ => " form",
        };
        var words = feature.NameWords + suffix;
        string? component = null;
        var pattern = draft.Recon.Symbols.FirstOrDefault(s => s.Kind == SymbolKind.Component && componentDir is not null && s.Path.StartsWith(componentDir, StringComparison.Ordinal));
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

    private static (string? Unit, string? E2e, (string, int)? Pattern) Tests(PlanDraft draft, string? backend, string? sibling)
    {
        var stack = draft.Stack;
        string? unit = null;
        (string, int)? pattern = null;
        if (stack.UnitNaming is { } naming && backend is not null)
        {
            var examples = naming.Evidence.Select(e => e.Path).ToList();
            var siblingStem = sibling is null ? "" : PathRewriter.Stem(sibling);
            var example = examples.FirstOrDefault(e => siblingStem.Length > 0 && TestSubject(e) == siblingStem) ?? examples[0];
            var subject = TestSubject(example);
            var beside = draft.Stack.UnitLocation?.Value.Contains("next to", StringComparison.Ordinal) == true || draft.Stack.UnitLocation?.Value.Contains("beside", StringComparison.Ordinal) == true;
            var name = PathRewriter.FileName(example);
            var newName = name.Replace(subject, PathRewriter.Stem(backend), StringComparison.Ordinal);
            unit = (beside ? PathRewriter.Folder(backend) : PathRewriter.Folder(example)) + newName;
            var line = naming.Evidence.First(e => e.Path == example).Line;
            pattern = (example, line);
        }

        string? e2e = null;
        if (stack.E2eNaming is { Evidence.Count: > 0 } e2eNaming)
        {
            var example = e2eNaming.Evidence[0].Path;
            var subject = TestSubject(example);
            e2e = PathRewriter.Folder(example) + PathRewriter.FileName(example).Replace(subject, Words.InStyleOf(subject + "-", draft.Feature.NameWords), StringComparison.Ordinal);
        }

        return (unit, e2e, pattern);
    }

    /// <summary>The subject of a test file name: "posts" of "posts.spec.ts", "notes_handler" of "notes_handler_test.go", "api" of "test_api.py".</summary>
    public static string TestSubject(string path)
    {
        var stem = PathRewriter.Stem(path);
        foreach (var affix in new[] { "_test", "_spec", "Tests", "Test", "test_" })
        {
            if (affix.EndsWith('_') && stem.StartsWith(affix, StringComparison.Ordinal))
            {
                return stem[affix.Length..];
            }

            if (!affix.EndsWith('_') && stem.EndsWith(affix, StringComparison.Ordinal) && stem.Length > affix.Length)
            {
                return stem[..^affix.Length];
            }
        }

        return stem;
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
