using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Plan.Conventions;
using Groundplan.Plan.Inference;
using Groundplan.Plan.Signatures;
using static Groundplan.Plan.Writers.Phases;

namespace Groundplan.Plan.Writers;

/// <summary>Phase 4: unit and e2e tests in the repo's frameworks and file naming, then the repo's validation commands.</summary>
internal static class TestingWriter
{
    public static PlanPhase Write(PlanDraft draft, Layout layout, ISignatureWriter signatures)
    {
        var stack = draft.Stack;
        var feature = draft.Feature;
        var function = signatures.Function(feature.Action);
        var scenarios = Scenarios(feature);
        var tasks = new List<PlanTask>();
        // When the backend's tests follow another language's naming than recon's unit framework (a polyglot repo), that
        // framework and its test location do not apply to them.
        var foreign = stack.UnitNaming is not null && layout.Backend is { } backend && TestLayout.TestNaming(draft, backend) is { } naming && naming != stack.UnitNaming;
        var unitName = foreign ? RunnerFor(layout.UnitTest, stack.ValidationCommands) : stack.UnitFramework is { } unitFramework ? Framework(unitFramework) : "unit";
        var unitSteps = new List<PlanStep>();
        if (layout.UnitTest is { } unit)
        {
            var exists = draft.Exists(unit);
            draft.Touch(unit, exists ? ChangeType.Edit : ChangeType.New, $"tests for `{function}`");
            var pattern = layout.TestPattern is { } p ? $", following `{p.Path}:{p.Line}`" : "";
            unitSteps.Add(Step(exists ? $"Open `{unit}`{pattern}." : $"Create `{unit}`{pattern}."));
            if (layout.TestPattern is { } tp)
            {
                draft.Discover("Existing test to copy the setup from", tp.Path, tp.Line, tp.Line);
            }

            draft.Test(new PlanTest
            {
                Path = unit,
                IsNew = !exists,
                Kind = stack.IntegrationFramework is null ? "unit" : "integration",
                Framework = unitName,
                Names = scenarios,
                Objectives = [$"`{function}` does what the request asks for an authorised user and nothing for anyone else."],
                Scenarios = scenarios,
                Pattern = layout.TestPattern is { } tp2 ? $"{tp2.Path}:{tp2.Line}" : null,
            });
        }
        else
        {
            unitSteps.Add(Assumption(draft, "the codebase shows no unit test convention; put the tests beside the code in the language's usual layout."));
        }

        unitSteps.AddRange(scenarios.Select(s => Step($"Test `{function}`: {s}.")));
        foreach (var fixture in draft.Recon.About(ReconTopic.TestFixture).Where(f => !f.Name.Contains("e2e", StringComparison.Ordinal)).Take(1))
        {
            unitSteps.Add(Step($"Reuse the shared setup `{fixture.Name}` ({fixture.Value}, {StackProfile.Cite(fixture)})."));
        }

        var input = SignatureInput.Of(feature, OperationText.Goal(feature));
        tasks.Add(new PlanTask
        {
            Title = $"Unit/Integration Tests ({unitName})",
            Files = layout.UnitTest is null ? [] : [layout.UnitTest],
            Steps = unitSteps,
            TestSignatures = [signatures.Tests(input, scenarios)],
            TestObjectives = [$"`{function}` through its public entry point, against the real database where the repo's tests do.", "Permission and validation failures leave the data unchanged."],
            Context = !foreign && stack.UnitLocation is { } location ? [$"Test location: {location.Value} ({StackProfile.Cite(location)})."] : [],
        });

        if (stack.E2eFramework is { } e2eFramework && layout.E2eTest is { } e2e && (layout.Component is not null || layout.Host is not null))
        {
            draft.Touch(e2e, draft.Exists(e2e) ? ChangeType.Edit : ChangeType.New, "end-to-end test of the feature");
            var helper = draft.Recon.About(ReconTopic.TestFixture).FirstOrDefault(f => FactPicker.FirstPath(f).Contains("e2e", StringComparison.Ordinal) || f.Name.Contains("e2e", StringComparison.Ordinal));
            var steps = new List<PlanStep>
            {
                Step($"Create `{e2e}`."),
                Step(helper is null ? "Sign in as a seeded user." : $"Sign in with the helpers in `{helper.Name}` ({helper.Value})."),
                Step(layout.Host is null ? "Open the screen that shows the feature." : $"Open the screen rendered by `{layout.Host}`."),
                Step($"Use the new control with the keyboard (Tab, then Enter) and assert the page shows the result of `{function}`."),
                Step("Reload and assert the result persisted; undo it where the feature allows and assert the empty state."),
            };
            draft.Test(new PlanTest { Path = e2e, IsNew = !draft.Exists(e2e), Kind = "e2e", Framework = Framework(e2eFramework), Names = [$"{feature.NameWords} end to end"], Objectives = ["The critical path works in a real browser."], Scenarios = ["signed-in happy path", "persisted after reload"] });
            tasks.Add(new PlanTask { Title = $"End-to-End Test ({Framework(e2eFramework)})", Files = [e2e], Steps = steps });
        }

        var commands = stack.ValidationCommands;
        var run = commands.Select(c => Step($"Run `{c}`.")).ToList();
        if (!stack.CommandsFromCi)
        {
            run.Add(Assumption(draft, commands.Count > 0
                ? "no CI workflow was found; the commands above come from the repository's scripts and docs."
                : "the repository documents no test or lint command; run the language's standard test runner."));
        }

        tasks.Add(new PlanTask { Title = "Run the validation commands", Steps = run });
        return new PlanPhase
        {
            Kind = PhaseKind.Testing,
            Title = Title(PhaseKind.Testing),
            Overview = "Tests cover the happy path, the refused cases and the empty state; the repository's checks pass.",
            Tasks = tasks,
            ValidationCommands = commands,
        };
    }

    public static IReadOnlyList<string> Scenarios(Feature feature)
    {
        if (feature.Operations[0] == Operation.RateLimit)
        {
            return
            [
                "refuses sign-in after five failed attempts and allows it again after the window",
                "counts attempts per identifier and per IP separately",
                "clears the counter after a successful sign-in",
                "answers the same for unknown and known accounts",
            ];
        }

        var list = new List<string>();
        list.Add(feature.Operations[0] switch
        {
            Operation.Toggle => $"creates the {feature.NameWords} on first call and removes it on the second",
            Operation.Export => "returns a CSV with a header row and one row per visible record",
            Operation.RateLimit => "refuses sign-in after five failed attempts and allows it again after the window",
            _ => $"{feature.Action} succeeds for an authorised user",
        });
        list.Add("refuses a signed-out caller");
        list.Add("refuses a user without permission and changes nothing");
        list.Add(feature.Operations[0] == Operation.Export ? "escapes commas, quotes and formula prefixes" : "rejects invalid input with a validation error");
        if (feature.Operations.Contains(Operation.List) || feature.Operations[0] == Operation.Export)
        {
            list.Add("returns an empty result when there is nothing to show");
        }

        return list;
    }

    private static readonly (string Extension, string Runner)[] Runners =
    [
        (".py", "pytest"), (".rb", "rspec"), (".go", "go test"), (".cs", "dotnet test"), (".ts", "vitest"), (".ts", "jest"), (".js", "jest"), (".js", "mocha"),
    ];

    /// <summary>The runner of a test file's language that one of the repository's own commands calls, else "unit".</summary>
    private static string RunnerFor(string? test, IReadOnlyList<string> commands)
    {
        var extension = Path.GetExtension(test ?? "");
        return Runners.Where(r => r.Extension == extension).Select(r => r.Runner)
            .FirstOrDefault(runner => commands.Any(c => (" " + c + " ").Contains(" " + runner + " ", StringComparison.Ordinal))) ?? "unit";
    }

    private static string Framework(ReconFact fact) => StripVersion(StackProfile.Command(fact));

    private static string StripVersion(string value)
    {
        var parts = value.Split(' ');
        return parts.Length > 1 && (char.IsDigit(parts[^1][0]) || parts[^1][0] is '^' or '~' or 'v') ? string.Join(' ', parts[..^1]) : value;
    }
}
