using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Django;

/// <summary>Python and Django versions, manage.py, the URLconf, INSTALLED_APPS and their roles, templates and frontend, lint tools.</summary>
internal sealed partial class DjangoStackDetector : IDetector
{
    private static readonly string[] AppModules = ["models", "views", "urls", "api", "serializers", "forms", "admin", "tasks"];

    public string Id => "django.stack";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (DjangoProject.Find(context) is not { } project)
        {
            return [];
        }

        var facts = new List<ReconFact>();
        facts.Add(Python(project));
        facts.Add(project.Fact(ReconTopic.Framework, "django", project.Version ?? "version not pinned", Id, project.DjangoDependency));
        if (project.Dependency("djangorestframework") is { } drf)
        {
            facts.Add(project.Fact(ReconTopic.Framework, "djangorestframework", "Django REST framework", Id, drf));
        }

        if (context.Codebase.Find("manage.py") is { } manage && context.FirstLine(manage, l => l.Contains("execute_from_command_line(", StringComparison.Ordinal)) is { } run)
        {
            facts.Add(project.Fact(ReconTopic.EntryPoint, "manage.py", "Django management commands", Id, run));
        }

        facts.AddRange(Routing(project));
        facts.AddRange(Apps(project));
        facts.AddRange(Frontend(project));
        facts.AddRange(Lint(project));
        return facts;
    }

    private ReconFact Python(DjangoProject project)
    {
        if (project.Context.Codebase.Find(".python-version") is { } pin && project.Context.Lines(pin)[0].Trim() is { Length: > 0 } version)
        {
            return project.Fact(ReconTopic.Language, "python", version, Id, project.Context.At(pin, 1));
        }

        var requires = project.Context.Codebase.Find("pyproject.toml") is { } pyproject
            ? project.Grep([pyproject], RequiresPython()).FirstOrDefault()
            : default;
        return requires.Evidence is null
            ? project.Fact(ReconTopic.Language, "python", "version not stated", Id, project.DjangoDependency)
            : project.Fact(ReconTopic.Language, "python", requires.Match.Groups[1].Value, Id, requires.Evidence);
    }

    private IEnumerable<ReconFact> Routing(DjangoProject project)
    {
        var rootConf = project.Settings is null ? default : project.Grep([project.Settings], RootUrlConf()).FirstOrDefault();
        var urlFiles = project.PythonFiles().Where(f => f.Path.EndsWith("urls.py", StringComparison.Ordinal)).ToArray();
        // One line can hold several styles: path("api/", include(router.urls)).
        var hits = project.Grep(urlFiles, UrlCall())
            .SelectMany(h => UrlCall().Matches(h.Evidence.Excerpt).Select(m => (Style: m.Groups[1].Value, h.Evidence))).ToArray();
        if (hits.Length == 0)
        {
            yield break;
        }

        var styles = hits.Select(h => h.Style).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var evidence = hits.GroupBy(h => h.Style).Select(g => g.First().Evidence).Distinct();
        var file = rootConf.Evidence is null ? "urls.py" : rootConf.Match.Groups[1].Value.Replace('.', '/') + ".py";
        yield return project.Fact(ReconTopic.Routing, "django", $"URLconf {file}: {string.Join(", ", styles)}", Id, [rootConf.Evidence, .. evidence]);
    }

    private IEnumerable<ReconFact> Apps(DjangoProject project)
    {
        foreach (var (app, evidence) in project.InstalledApps)
        {
            var dir = app.Split('.')[0] == app ? app + "/" : app.Replace('.', '/') + "/";
            var modules = AppModules.Where(m => project.Context.Codebase.Find(dir + m + ".py") is not null).ToArray();
            if (modules.Length > 0 || project.Context.Codebase.Files.Any(f => f.Path.StartsWith(dir, StringComparison.Ordinal)))
            {
                var role = modules.Length == 0 ? "Django app" : "Django app: " + string.Join(", ", modules);
                yield return project.Fact(ReconTopic.DirectoryRole, dir, role, Id, evidence);
            }
        }

        if (project.Context.Codebase.Files.FirstOrDefault(f => f.Path.StartsWith("templates/", StringComparison.Ordinal)) is { } template)
        {
            yield return project.Fact(ReconTopic.DirectoryRole, "templates/", "Django templates", Id, project.Context.At(template, 1));
        }
    }

    private IEnumerable<ReconFact> Frontend(DjangoProject project)
    {
        var templates = project.Context.Codebase.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Path.Contains("templates/", StringComparison.Ordinal)).ToArray();
        if (project.Grep(templates, TemplateTag()).FirstOrDefault() is { Evidence: { } tag })
        {
            yield return project.Fact(ReconTopic.Frontend, "django-templates", "Django templates", Id, tag);
        }

        var htmx = project.Dependency("django-htmx") ?? project.Grep(templates, HtmxScript()).Select(h => h.Evidence).FirstOrDefault();
        if (htmx is not null)
        {
            yield return project.Fact(ReconTopic.Frontend, "htmx", "HTMX", Id, htmx, project.First(templates, HxAttribute()));
        }

        if ((project.Dependency("django-tailwind") ?? Tailwind(project.Context)) is { } tailwind)
        {
            yield return project.Fact(ReconTopic.Css, "tailwindcss", "Tailwind CSS", Id, tailwind);
        }
    }

    private static Evidence? Tailwind(ReconContext context) =>
        context.Codebase.Files.FirstOrDefault(f => f.Path is "tailwind.config.js" or "tailwind.config.ts" or "theme/static_src/tailwind.config.js") is { } config
            ? context.At(config, 1)
            : null;

    private IEnumerable<ReconFact> Lint(DjangoProject project)
    {
        foreach (var (tool, section) in new[] { ("ruff", "[tool.ruff"), ("flake8", "[flake8]"), ("black", "[tool.black]"), ("mypy", "[tool.mypy]") })
        {
            var config = new[] { "pyproject.toml", "ruff.toml", ".ruff.toml", "setup.cfg", ".flake8", "tox.ini" }
                .Select(project.Context.Codebase.Find).OfType<SourceFile>()
                .Select(f => f.Path is "ruff.toml" or ".ruff.toml" && tool == "ruff" || f.Path == ".flake8" && tool == "flake8"
                    ? project.Context.At(f, 1)
                    : project.Context.FirstLine(f, l => l.StartsWith(section, StringComparison.Ordinal)))
                .FirstOrDefault(e => e is not null);
            if (config is not null)
            {
                yield return project.Fact(ReconTopic.Lint, tool, config.Path, Id, config);
            }
        }
    }

    [GeneratedRegex("""^\s*requires-python\s*=\s*["']([^"']+)["']""")]
    private static partial Regex RequiresPython();

    [GeneratedRegex("""^\s*ROOT_URLCONF\s*=\s*["']([\w.]+)["']""")]
    private static partial Regex RootUrlConf();

    [GeneratedRegex(@"\b(re_path|path|include|DefaultRouter|SimpleRouter)\(")]
    private static partial Regex UrlCall();

    [GeneratedRegex(@"\{%\s*(?:extends|block|load|include)\b")]
    private static partial Regex TemplateTag();

    [GeneratedRegex(@"<script[^>]+htmx")]
    private static partial Regex HtmxScript();

    [GeneratedRegex(@"\bhx-(?:get|post|put|patch|delete|target|swap)=")]
    private static partial Regex HxAttribute();
}
