using Groundplan.Model;
using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Plan.Conventions;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan;

/// <summary>The plan while the writers fill it: the shared facts they read and the lists they add to, deduplicated in order.</summary>
internal sealed class PlanDraft(PlanningInput input, Feature feature, StackProfile stack)
{
    private readonly List<ImpactedFile> _impacted = [];
    private readonly List<string> _assumptions = [];
    private readonly List<OpenQuestion> _questions = [];
    private readonly List<KeyDiscovery> _discoveries = [];
    private readonly List<PlanContract> _contracts = [];
    private readonly List<PlanTest> _tests = [];

    public PlanningInput Input { get; } = input;

    public Codebase Codebase => Input.Codebase;

    public ReconReport Recon => Input.Recon;

    public Feature Feature { get; } = feature;

    public StackProfile Stack { get; } = stack;

    public IReadOnlyList<ImpactedFile> Impacted => _impacted;

    public IReadOnlyList<string> Assumptions => _assumptions;

    public IReadOnlyList<OpenQuestion> Questions => _questions;

    public IReadOnlyList<KeyDiscovery> Discoveries => _discoveries;

    public IReadOnlyList<PlanContract> Contracts => _contracts;

    public IReadOnlyList<PlanTest> Tests => _tests;

    public bool Exists(string path) => Codebase.Find(path) is not null || Codebase.ListedPaths.Contains(path, StringComparer.Ordinal);

    /// <summary>Records a file in the impact map; an "edit" of a file that does not exist becomes "new", a "new" file that exists becomes "edit".</summary>
    public void Touch(string path, ChangeType change, string why)
    {
        var actual = change switch
        {
            ChangeType.Edit when !Exists(path) => ChangeType.New,
            ChangeType.New when Exists(path) => ChangeType.Edit,
            _ => change,
        };
        if (_impacted.All(f => f.Path != path))
        {
            _impacted.Add(new ImpactedFile(path, actual, why));
        }
    }

    /// <summary>"`path` (new)" for a file the plan creates, "`path`" for an existing one.</summary>
    public string Name(string path) => Exists(path) ? $"`{path}`" : $"`{path}` (new)";

    public string Assume(string text)
    {
        // Stored without the "ASSUMPTION:" prefix: renderers add it.
        if (!_assumptions.Contains(text))
        {
            _assumptions.Add(text);
        }

        return text;
    }

    public void Ask(string question, string context)
    {
        if (_questions.All(q => q.Question != question))
        {
            _questions.Add(new OpenQuestion(question, context));
        }
    }

    public void Discover(string text, string path, int startLine, int endLine)
    {
        if (Exists(path) && _discoveries.All(d => d.Text != text))
        {
            _discoveries.Add(new KeyDiscovery(text, path, startLine, Math.Max(startLine, endLine)));
        }
    }

    public void Discover(string text, ReconFact? fact)
    {
        if (fact is { Evidence.Count: > 0 })
        {
            var where = fact.Evidence.Count > 1 && fact.Topic is ReconTopic.Authorization or ReconTopic.CacheInvalidation or ReconTopic.Authentication ? fact.Evidence[1] : fact.Evidence[0];
            Discover(text, where.Path, where.Line, where.Line);
        }
    }

    public void Contract(PlanContract contract) => _contracts.Add(contract);

    public void Test(PlanTest test)
    {
        if (_tests.All(t => t.Path != test.Path))
        {
            _tests.Add(test);
        }
    }
}
