using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Authentication (auth libraries, Next.js middleware, session cookies and helpers) and how permission checks are written.</summary>
internal sealed partial class NodeAuthDetector : NodeDetector
{
    // Package, how people call it, and a line that shows it in use.
    private static readonly (string Package, string Display, string Usage)[] Libraries =
    [
        ("next-auth", "Auth.js (next-auth)", @"\bNextAuth\(|\bgetServerSession\(|\bauth\(\)"), ("better-auth", "Better Auth", @"\bbetterAuth\("),
        ("lucia", "Lucia", @"\bnew\s+Lucia\("), ("@clerk/nextjs", "Clerk", @"\bclerkMiddleware\(|\bcurrentUser\(|\bauth\(\)"),
        ("passport", "Passport", @"\bpassport\.(?:use|authenticate)\(|\bPassportStrategy\("), ("@nestjs/passport", "NestJS Passport", @"\bPassportStrategy\(|\bAuthGuard\("),
        ("@nestjs/jwt", "NestJS JWT", @"\bJwtModule\.register|\bjwtService\.(?:sign|verify)"), ("jsonwebtoken", "JSON Web Tokens (jsonwebtoken)", @"\bjwt\.(?:sign|verify)\("),
        ("express-session", "express-session", @"\bsession\(\s*\{"), ("iron-session", "iron-session", @"\bgetIronSession\("),
    ];

    public override string Id => "node.auth";

    protected override IEnumerable<ReconFact> Detect(NodeProject project)
    {
        var code = project.Sources.Where(f => !NodeTestFiles.IsTest(f.Path)).ToArray();
        return [.. LibraryFacts(project, code), .. Middleware(project), .. SessionFacts(project, code), .. NodeAuthorization.Facts(project, Id, code)];
    }

    private IEnumerable<ReconFact> LibraryFacts(NodeProject project, SourceFile[] code)
    {
        foreach (var (package, display, usage) in Libraries)
        {
            if (project.Dependency(package) is { } dependency)
            {
                var site = project.Matches(new Regex(usage), code).Select(m => project.At(m.File, m.Line)).FirstOrDefault();
                yield return NodeFacts.Found(Id, ReconTopic.Authentication, package, $"{display} {dependency.Version}", [dependency.Evidence, site]);
            }
        }
    }

    private IEnumerable<ReconFact> Middleware(NodeProject project)
    {
        foreach (var next in NextApp.Find(project))
        {
            var candidates = new[] { "src/middleware.ts", "middleware.ts", "src/middleware.js", "middleware.js" }.Select(p => next.Manifest.Directory + p);
            if (candidates.Select(project.Codebase.Find).FirstOrDefault(f => f is not null) is not { } file)
            {
                continue;
            }

            var matcher = project.Context.FirstLine(file, l => l.Contains("matcher", StringComparison.Ordinal));
            var entry = project.Context.FirstLine(file, l => l.StartsWith("export", StringComparison.Ordinal) && !l.Contains("config", StringComparison.Ordinal));
            var paths = matcher is null ? "every route" : string.Join(", ", Quoted().Matches(matcher.Excerpt).Select(m => m.Groups[1].Value));
            yield return NodeFacts.Found(Id, ReconTopic.Authentication, file.Path, $"Next.js middleware (matcher: {paths})", [entry, matcher]);
        }
    }

    private IEnumerable<ReconFact> SessionFacts(NodeProject project, SourceFile[] code)
    {
        var cookies = project.Matches(SessionCookie(), code, ".set(", ".cookie(").ToArray();
        if (cookies.Length > 0)
        {
            yield return NodeFacts.Found(Id, ReconTopic.Authentication, "session cookie", "custom session cookie",
                cookies.Take(NodeFacts.MaxEvidence).Select(c => project.At(c.File, c.Line)));
        }

        foreach (var (file, line, match) in project.Matches(ExportedFunction(), code, "export"))
        {
            var name = match.Groups[1].Value;
            var kind = SessionHelper().IsMatch(name) ? "session helper" : NodeAuthorization.IsAuthenticationCheck(name) ? "authentication check" : null;
            if (kind is null || !ReadsCredentials(project.Context.Lines(file), line - 1, name))
            {
                continue;
            }

            var sites = NodeAuthorization.CallSites(project, code, name, file, line);
            yield return NodeFacts.Found(Id, ReconTopic.Authentication, name, $"{kind} {name}() in {file.Path} ({NodeFacts.Plural(sites.Length, "call site")})",
                [project.At(file, line), .. sites.Take(1)]);
        }
    }

    // A getUser that looks a user up by id is a query; a session helper reads the request's cookies, headers or session.
    private static bool ReadsCredentials(IReadOnlyList<string> lines, int index, string name) =>
        Credentials().IsMatch(lines[index].Replace(name, string.Empty, StringComparison.Ordinal))
        || FunctionBody.After(lines, index).Any(l => !NodeProject.IsComment(l) && Credentials().IsMatch(l));

    [GeneratedRegex(@"['""]([^'""]+)['""]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?:[cC]ookie[sS]tore|cookies\(\)|\bres)\.(?:set|cookie)\(\s*[\w'""]*(?i:session)")]
    private static partial Regex SessionCookie();

    [GeneratedRegex(@"^export\s+(?:(?:async\s+)?function\s+|const\s+)(\w+)\b")]
    private static partial Regex ExportedFunction();

    [GeneratedRegex(@"^(?:getCurrentUser|getSession|getCurrentSession|getUser|currentUser|validateRequest|getAuth)$")]
    private static partial Regex SessionHelper();

    [GeneratedRegex(@"(?i)cookie|header|session|token|\bauth\(\)|currentUser|passport|jwt")]
    private static partial Regex Credentials();
}
