namespace Groundplan.Retrieve;

/// <summary>What a path looks like it holds, from its name alone: tests, generated or vendored files, documentation.</summary>
internal static partial class PathKinds
{
    private static readonly string[] NoiseFolders =
    [
        "/locales/", "/locale/", "/i18n/", "/intl/", "/lang/", "/langs/", "/translations/", "/dist/", "/build/", "/vendor/",
        "/node_modules/", "/gen/", "/generated/", "/__snapshots__/", "/fixtures/", "/testdata/", "/migrations/", "/migrate/", "/assets/",
        "/public/", "/wwwroot/lib/", "/docs/", "/.github/",
    ];

    private static readonly string[] NoiseSuffixes =
    [
        ".min.js", ".min.css", ".map", ".snap", ".svg", ".lock", ".sum", ".designer.cs", ".pb.go", ".pb.gw.go", "_pb2.py", "_pb.ts", "_pb.js", ".g.cs",
        ".generated.ts", ".d.ts.map", ".po", ".pot", ".txt", ".csv", ".xml", ".sql",
    ];

    // Stylesheets change with a feature far less often than the component beside them (about one top-10 stylesheet in
    // ten was edited on the benchmark, against one in four of other files), so they trail their component.
    private static readonly string[] StyleSuffixes = [".css", ".scss", ".sass", ".less"];

    private const double StyleFactor = 0.5;

    private static readonly string[] NoiseNames = ["changelog", "license", "contributing", "code_of_conduct", "security"];

    /// <summary>A factor in (0, 1] that keeps files nobody edits for a feature (translations, builds, snapshots) out of the top.</summary>
    public static double NoiseFactor(string path)
    {
        var lower = "/" + path.ToLowerInvariant();
        foreach (var folder in NoiseFolders)
        {
            if (lower.Contains(folder, StringComparison.Ordinal))
            {
                return folder is "/migrations/" or "/migrate/" or "/docs/" or "/public/" or "/assets/" ? 0.35 : 0.15;
            }
        }

        foreach (var suffix in NoiseSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return 0.3;
            }
        }

        foreach (var suffix in StyleSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return StyleFactor;
            }
        }

        var name = FileName(lower);

        // A content hash in the name (app.818b5a7636cd.js, application-3f2a...e9.css) marks a build's output that was
        // committed (collectstatic, asset digests): the source it was built from is what a feature edits.
        if (HashedName().IsMatch(name))
        {
            return 0.15;
        }

        // Tool configuration (.eslintrc.json, .prettierrc.yaml, .gitignore) and API specs generated from the code
        // match a request's words without being where a feature lands; an .env example is real configuration.
        if ((name.StartsWith('.') && !name.StartsWith(".env", StringComparison.Ordinal)) || name is "openapi.json" or "swagger.json")
        {
            return 0.3;
        }

        foreach (var noise in NoiseNames)
        {
            if (name.StartsWith(noise, StringComparison.Ordinal))
            {
                return 0.2;
            }
        }

        return 1.0;
    }

    public static bool IsTest(string path)
    {
        var lower = path.ToLowerInvariant();
        var name = FileName(lower);
        return lower.StartsWith("test/", StringComparison.Ordinal) || lower.StartsWith("tests/", StringComparison.Ordinal) || lower.StartsWith("spec/", StringComparison.Ordinal)
            || lower.Contains("/test/", StringComparison.Ordinal) || lower.Contains("/tests/", StringComparison.Ordinal) || lower.Contains("/spec/", StringComparison.Ordinal)
            || lower.Contains("/__tests__/", StringComparison.Ordinal) || lower.Contains(".tests/", StringComparison.Ordinal)
            || name.StartsWith("test_", StringComparison.Ordinal) || name.Contains("_test.", StringComparison.Ordinal) || name.Contains(".test.", StringComparison.Ordinal)
            || name.Contains(".spec.", StringComparison.Ordinal) || name.Contains("_spec.", StringComparison.Ordinal)
            || name.EndsWith("tests.cs", StringComparison.Ordinal) || name.EndsWith("test.cs", StringComparison.Ordinal);
    }

    /// <summary>
    /// The subject a file is about, for pairing tests with sources and files of one feature: the file name without
    /// extensions, test affixes and role suffixes, lower-case, without separators ("accounts_controller_test.rb" → "accounts").
    /// </summary>
    public static string Subject(string path)
    {
        var name = FileName(path);
        var dot = name.IndexOf('.', 1);
        var stem = (dot > 0 ? name[..dot] : name).ToLowerInvariant().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (stem.StartsWith("test", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[4..];
        }

        foreach (var suffix in (string[])["tests", "test", "spec", "controller", "helper", "service", "repository", "dto", "component", "page", "view", "form", "serializer", "handler"])
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length > suffix.Length + 1)
            {
                stem = stem[..^suffix.Length];
            }
        }

        return Terms.Stemmer.Stem(stem);
    }

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string Directory(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : string.Empty;

    /// <summary>The part of a file name before its first dot: siblings "card.component.ts" and "card.component.html" share "card".</summary>
    public static string BaseStem(string path)
    {
        var name = FileName(path);
        var dot = name.IndexOf('.', 1);
        return dot > 0 ? name[..dot] : name;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[.-](?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8,64}\.")]
    private static partial System.Text.RegularExpressions.Regex HashedName();
}
