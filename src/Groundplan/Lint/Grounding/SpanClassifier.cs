using System.Text.RegularExpressions;

namespace Groundplan.Lint.Grounding;

/// <summary>Decides whether a code span names a path, a file:line reference, a command or a symbol.</summary>
internal static partial class SpanClassifier
{
    private static readonly HashSet<string> Extensions = new(StringComparer.Ordinal)
    {
        "ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts", "json", "prisma", "py", "rb", "go", "cs", "csproj", "sln", "slnx", "sql", "md",
        "yml", "yaml", "toml", "css", "scss", "html", "erb", "haml", "mod", "sum", "rs", "java", "kt", "sh", "lock", "txt", "cfg", "ini",
        "xml", "svelte", "vue", "razor", "cshtml", "props", "rake", "gemspec", "env", "graphql", "proto", "tf", "conf", "example", "cjsx",
    };

    private static readonly HashSet<string> BareNames = new(StringComparer.Ordinal)
    {
        "Makefile", "Dockerfile", "justfile", "Justfile", "Gemfile", "Procfile", "Rakefile", "Gemfile.lock", ".env", ".gitignore",
    };

    private static readonly HashSet<string> Runners = new(StringComparer.Ordinal)
    {
        "npm", "npx", "pnpm", "yarn", "bun", "bunx", "make", "just", "task", "go", "dotnet", "bundle", "rails", "rake", "bin/rails",
        "bin/rake", "python", "python3", "pytest", "pip", "poetry", "uv", "cargo", "mix", "gradle", "./gradlew", "mvn", "rspec",
        "./manage.py", "django-admin", "alembic", "goose", "migrate", "tsc", "eslint", "vitest", "jest", "playwright", "prisma",
        "drizzle-kit", "golangci-lint", "ruff", "mypy", "rubocop",
    };

    public static SpanReading Read(string text, Func<string, bool> isTopLevelDirectory)
    {
        if (text.Length == 0 || Placeholder().IsMatch(text))
        {
            return new SpanReading(SpanKind.Other, text);
        }

        var firstWord = text.Split(' ', 2)[0];
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            return Runners.Contains(firstWord) ? new SpanReading(SpanKind.Command, text) : new SpanReading(SpanKind.Other, text);
        }

        var lineRef = LineRef().Match(text);
        if (lineRef.Success)
        {
            var start = int.Parse(lineRef.Groups["start"].Value);
            var end = lineRef.Groups["end"].Success ? int.Parse(lineRef.Groups["end"].Value) : start;
            return new SpanReading(SpanKind.LineReference, Clean(lineRef.Groups["path"].Value), start, end);
        }

        if (LooksLikePath(text, isTopLevelDirectory))
        {
            return new SpanReading(SpanKind.Path, Clean(text));
        }

        if (Runners.Contains(text) && text is "make" or "just")
        {
            return new SpanReading(SpanKind.Command, text);
        }

        var symbol = Symbol().Match(text);
        return symbol.Success ? new SpanReading(SpanKind.Symbol, symbol.Groups["name"].Value) : new SpanReading(SpanKind.Other, text);
    }

    private static bool LooksLikePath(string text, Func<string, bool> isTopLevelDirectory)
    {
        if (text.StartsWith('/') || text.StartsWith('@') || text.Contains("://", StringComparison.Ordinal) || text.Contains('(', StringComparison.Ordinal))
        {
            return false;
        }

        var clean = Clean(text);
        var name = clean[(clean.TrimEnd('/').LastIndexOf('/') + 1)..];
        if (BareNames.Contains(name))
        {
            return true;
        }

        var dot = name.LastIndexOf('.');
        if (dot > 0 && Extensions.Contains(name[(dot + 1)..]) && (clean.Contains('/', StringComparison.Ordinal) || !name[..dot].Contains('.', StringComparison.Ordinal) || FileLike().IsMatch(name)))
        {
            return true;
        }

        var slash = clean.IndexOf('/');
        return slash > 0 && isTopLevelDirectory(clean[..slash]) && PathChars().IsMatch(clean);
    }

    private static string Clean(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;

    [GeneratedRegex(@"[\[\]<>{}*?$|]|\.\.\.|…")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?<path>[\w./\-\[\]()@+]+\.[A-Za-z0-9]+):L?(?<start>\d+)(?:-L?(?<end>\d+))?$")]
    private static partial Regex LineRef();

    [GeneratedRegex(@"^(?<name>[A-Za-z_$][\w$]*(?:(?:\.|::|#)[A-Za-z_$][\w$]*)*)(?:\([^()]*\))?$")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"^[\w.\-]+\.(test|spec|config|d|stories|module)\.[a-z]+$")]
    private static partial Regex FileLike();

    [GeneratedRegex(@"^[\w./\-]+$")]
    private static partial Regex PathChars();
}
