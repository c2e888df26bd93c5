using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Rails;

/// <summary>Ruby and Rails versions, routing, the entry point, directory roles, frontend gems, lint and dev commands.</summary>
internal sealed partial class RailsStackDetector : IDetector
{
    private static readonly (string Dir, string Role)[] Roles =
    [
        ("app/components/", "view components"), ("app/controllers/", "controllers"), ("app/jobs/", "jobs"),
        ("app/models/", "models"), ("app/policies/", "authorization policies"), ("app/services/", "services"),
        ("app/views/", "views"), ("config/", "configuration"), ("db/migrate/", "migrations"), ("spec/", "tests"), ("test/", "tests"),
    ];

    private static readonly (string Gem, string Topic, string Name, string Value)[] FrontendGems =
    [
        ("turbo-rails", ReconTopic.Frontend, "turbo", "Hotwire Turbo"),
        ("stimulus-rails", ReconTopic.Frontend, "stimulus", "Hotwire Stimulus"),
        ("importmap-rails", ReconTopic.Frontend, "importmap", "importmap-rails"),
        ("jsbundling-rails", ReconTopic.Frontend, "jsbundling", "jsbundling-rails"),
        ("view_component", ReconTopic.ComponentLibrary, "view_component", "ViewComponent"),
        ("tailwindcss-rails", ReconTopic.Css, "tailwindcss", "tailwindcss-rails"),
        ("cssbundling-rails", ReconTopic.Css, "cssbundling", "cssbundling-rails"),
    ];

    public string Id => "rails.stack";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (RailsApp.Find(context) is not { } app)
        {
            return [];
        }

        var facts = new List<ReconFact>();
        facts.AddRange(Versions(app));
        facts.AddRange(Routing(app));
        foreach (var (dir, role) in Roles)
        {
            if (app.Files(dir).FirstOrDefault() is { } first)
            {
                facts.Add(app.Fact(ReconTopic.DirectoryRole, dir, role, Id, context.At(first, 1)));
            }
        }

        foreach (var (gem, topic, name, value) in FrontendGems)
        {
            if (app.Gem(gem) is { } evidence)
            {
                facts.Add(app.Fact(topic, name, value, Id, evidence));
            }
        }

        if (app.Files("app/views/", ".erb").FirstOrDefault() is { } view)
        {
            facts.Add(app.Fact(ReconTopic.Frontend, "erb", "ERB views", Id, context.At(view, 1)));
        }

        facts.AddRange(Tools(app));
        return facts;
    }

    private IEnumerable<ReconFact> Versions(RailsApp app)
    {
        var ruby = app.Context.Codebase.Find(".ruby-version") is { } rubyVersion && app.Context.Lines(rubyVersion)[0].Trim() is { Length: > 0 } v
            ? (Version: v.StartsWith("ruby-", StringComparison.Ordinal) ? v[5..] : v, Evidence: app.Context.At(rubyVersion, 1))
            : app.Grep([app.Gemfile], RubyDirective()).Select(h => (Version: h.Match.Groups[1].Value, h.Evidence)).FirstOrDefault();
        yield return ruby.Evidence is null
            ? app.Fact(ReconTopic.Language, "ruby", "version not stated", Id, app.RailsGem)
            : app.Fact(ReconTopic.Language, "ruby", ruby.Version, Id, ruby.Evidence);

        var locked = app.Locked("rails");
        var constraint = VersionConstraint().Match(app.RailsGem.Excerpt);
        var railsVersion = locked?.Version ?? (constraint.Success ? constraint.Groups[1].Value.Trim() : "version not pinned");
        yield return app.Fact(ReconTopic.Framework, "rails", railsVersion, Id, app.RailsGem, locked?.Evidence);
    }

    private IEnumerable<ReconFact> Routing(RailsApp app)
    {
        if (app.Context.Codebase.Find("config/routes.rb") is { } routes)
        {
            var hits = app.Grep([routes], RouteStyle()).ToArray();
            var styles = hits.Select(h => h.Match.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var evidence = hits.GroupBy(h => h.Match.Groups[1].Value).Select(g => g.First().Evidence).OrderBy(e => e.Line);
            var draw = app.Context.FirstLine(routes, l => l.Contains(".routes.draw", StringComparison.Ordinal));
            yield return app.Fact(ReconTopic.Routing, "rails", "config/routes.rb: " + (hits.Length == 0 ? "routes" : string.Join(", ", styles)), Id,
                [draw, .. evidence]);
        }

        if (app.Context.Codebase.Find("config/application.rb") is { } application
            && app.Context.FirstLine(application, l => l.Contains("< Rails::Application", StringComparison.Ordinal)) is { } appClass)
        {
            yield return app.Fact(ReconTopic.EntryPoint, "config/application.rb", "Rails application", Id, appClass);
        }
    }

    private IEnumerable<ReconFact> Tools(RailsApp app)
    {
        if (app.Context.Codebase.Find(".rubocop.yml") is { } rubocop)
        {
            yield return app.Fact(ReconTopic.Lint, "rubocop", ".rubocop.yml", Id, app.Context.At(rubocop, 1));
        }
        else if ((app.Gem("rubocop") ?? app.Gem("rubocop-rails-omakase")) is { } gem)
        {
            yield return app.Fact(ReconTopic.Lint, "rubocop", "Gemfile", Id, gem);
        }

        foreach (var script in new[] { "bin/dev", "bin/setup", "bin/rubocop" })
        {
            if (app.Context.Codebase.Find(script) is { } file)
            {
                // The first command line, not the shebang, is what shows what the script does.
                var body = app.Context.FirstLine(file, l => l.Trim() is { Length: > 0 } t && !t.StartsWith('#')) ?? app.Context.At(file, 1);
                yield return app.Fact(ReconTopic.Command, script, script, Id, body);
            }
        }
    }

    [GeneratedRegex("""^\s*ruby\s+["']([\d.]+)["']""")]
    private static partial Regex RubyDirective();

    [GeneratedRegex("""["']\s*,\s*["']([~>=<\s]*[\d.]+)["']""")]
    private static partial Regex VersionConstraint();

    [GeneratedRegex("""^\s*(resources|resource|namespace|scope|concern|mount)\b""")]
    private static partial Regex RouteStyle();
}
