using System.Runtime.CompilerServices;
using Groundplan.Lint.Grounding;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;
using Groundplan.Model;
using Groundplan.Recon;
using Groundplan.Render;

namespace Groundplan.Lint;

/// <summary>
/// Checks plans against a codebase with a fixed set of rules and options. Build it once and share it: it is
/// immutable, and what it learns about a codebase is kept for the next plan linted against the same instance.
/// </summary>
public sealed class PlanLinter
{
    private readonly IReadOnlyList<ILintRule> _rules;
    private readonly LintOptions _options;
    private readonly ConditionalWeakTable<Codebase, CodebaseIndex> _indexes = new();

    /// <summary>Creates a linter with the given rules (every built-in rule when null) and options.</summary>
    /// <exception cref="ArgumentException">Two rules share an id, or the options name a rule that does not exist (all problems listed).</exception>
    public PlanLinter(LintOptions? options = null, IEnumerable<ILintRule>? rules = null)
    {
        _rules = (rules ?? BuiltInRules()).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        _options = options ?? new LintOptions();
        var ids = _rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var problems = _rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"two rules have the id {g.Key}")
            .Concat(_options.Severities.Keys.Concat(_options.Disabled).Where(id => !ids.Contains(id)).Distinct().Order(StringComparer.Ordinal).Select(id => $"no rule has the id {id}"))
            .ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }
    }

    /// <summary>The rules that run, ordered by id.</summary>
    public IReadOnlyList<LintRuleDescriptor> Rules => _rules.Where(r => !_options.Disabled.Contains(r.Id)).Select(LintRule.Describe).ToArray();

    /// <summary>A new instance of every built-in rule.</summary>
    public static IReadOnlyList<ILintRule> BuiltInRules() => [.. BuiltIns.Rules()];

    /// <summary>Lints <paramref name="planText"/> (Markdown) against <paramref name="codebase"/>.</summary>
    /// <param name="planText">The plan's Markdown.</param>
    /// <param name="codebase">The codebase the plan is for.</param>
    /// <param name="format">The plan's format, or null to recognise it.</param>
    /// <param name="file">The plan's file name, carried into the result.</param>
    /// <exception cref="GroundplanException">The format is <see cref="PlanFormat.Json"/>: lint reads Markdown plans.</exception>
    public LintResult Lint(string planText, Codebase codebase, PlanFormat? format = null, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(planText);
        if (format == PlanFormat.Json)
        {
            throw new GroundplanException("lint reads Markdown plans (checklist, spec or blueprint), not JSON", file);
        }

        return Lint(PlanParser.Parse(planText, format, file), codebase, planText);
    }

    /// <summary>Lints a plan the parser already read against <paramref name="codebase"/>.</summary>
    public LintResult Lint(ParsedPlan plan, Codebase codebase) =>
        Lint(plan, codebase, string.Join('\n', (plan ?? throw new ArgumentNullException(nameof(plan))).Lines));

    private LintResult Lint(ParsedPlan plan, Codebase codebase, string planText)
    {
        ArgumentNullException.ThrowIfNull(codebase);
        var document = LintDocument.Parse(planText);
        var layout = plan.Format switch
        {
            PlanFormat.Spec => PlanLayout.Spec,
            PlanFormat.Blueprint => PlanLayout.Blueprint,
            _ => PlanLayout.Checklist,
        };
        var index = _indexes.GetValue(codebase, c => new CodebaseIndex(c, Detectors()));
        var context = new LintContext(index, document, layout);
        var findings = new List<LintFinding>();
        foreach (var rule in _rules.Where(r => !_options.Disabled.Contains(r.Id)))
        {
            var severity = _options.Severities.TryGetValue(rule.Id, out var configured) ? configured : rule.DefaultSeverity;
            try
            {
                findings.AddRange(rule.Check(plan, context).Select(f => f with { Severity = severity }));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad rule must not sink the run: its failure is a finding that names it.
                findings.Add(new LintFinding("GP000", LintSeverity.Error, $"rule {rule.Id} failed: {e.GetType().Name}: {e.Message}", 1, null, rule.Id));
            }
        }

        return new LintResult
        {
            File = plan.File ?? "",
            Format = context.Format,
            Findings = findings.Distinct()
                .OrderBy(f => f.Line).ThenBy(f => f.Column ?? 0).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToArray(),
        };
    }

    // NodeAuthDetector took 7.5 of lint's 9.6 s on a 3,000-file Next.js tree (bench/lint/timing.sh); lint only used its
    // helper names as extra evidence of an authorization step, which the step's wording already gives.
    private static readonly HashSet<string> SkippedDetectors = new(StringComparer.Ordinal) { "NodeAuthDetector" };

    private static IReadOnlyList<IDetector> Detectors() =>
        ReconEngine.BuiltInDetectors()
            .Where(d => !SkippedDetectors.Contains(d.GetType().Name) && (d.Topics is null || d.Topics.Overlaps(CodebaseIndex.TopicsRead)))
            .ToArray();
}
