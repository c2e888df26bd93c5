using Groundplan.Model.Recon;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Conventions;

/// <summary>Where the feature's tests go and what they are named, after the repository's own test files.</summary>
internal static class TestLayout
{
    public static (string? Unit, string? E2e, (string, int)? Pattern) Place(PlanDraft draft, string? backend, string? sibling)
    {
        var stack = draft.Stack;
        string? unit = null;
        (string, int)? pattern = null;
        if (backend is not null && TestNaming(draft, backend) is { } naming)
        {
            var examples = naming.Evidence.Select(e => e.Path).Where(p => SameExtension(p, backend)).Distinct().ToList();
            var siblingWords = sibling is null ? [] : Words.Split(PathRewriter.Stem(sibling));
            var example = examples.OrderByDescending(e => Words.Split(TestSubject(e)).Count(siblingWords.Contains)).First();
            // The test location recon reports belongs to the unit naming; another language's tests stay in their own folder.
            var beside = naming == stack.UnitNaming
                && (stack.UnitLocation?.Value.Contains("next to", StringComparison.Ordinal) == true || stack.UnitLocation?.Value.Contains("beside", StringComparison.Ordinal) == true);
            var model = LayoutPlanner.ModelNamedIn(draft, example);
            var name = PathRewriter.FileName(example);
            string newName;
            if (model is not null && draft.Feature.NewEntity is { } entity)
            {
                newName = PathRewriter.Replace(name, model, string.Join(' ', Words.Split(entity.Name)))!;
            }
            else if (model is not null && backend == sibling && Words.Split(TestSubject(example)).Any(siblingWords.Contains))
            {
                // The example tests the sibling the operation joins: its tests go in the same file. An example about
                // another file (notes_handler_test.go for middleware.go) only lends its naming.
                newName = name;
            }
            else
            {
                newName = name.Replace(TestSubject(example), PathRewriter.Stem(backend), StringComparison.Ordinal);
            }

            unit = (beside ? PathRewriter.Folder(backend) : PathRewriter.Folder(example)) + newName;
            pattern = (example, naming.Evidence.First(e => e.Path == example).Line);
        }

        string? e2e = null;
        var e2eExample = stack.E2eNaming?.Evidence.FirstOrDefault()?.Path ?? stack.E2eFramework?.Evidence.Select(e => e.Path).FirstOrDefault(LayoutPlanner.IsTest);
        if (e2eExample is not null)
        {
            var subject = TestSubject(e2eExample);
            // "publishing_spec.rb" is snake_case even though its subject is one word.
            var style = PathRewriter.Stem(e2eExample).Contains('_', StringComparison.Ordinal) ? "a_b" : "a-b";
            e2e = PathRewriter.Folder(e2eExample) + PathRewriter.FileName(e2eExample).Replace(subject, Words.InStyleOf(style, draft.Feature.NameWords), StringComparison.Ordinal);
        }

        return (unit, e2e, pattern);
    }

    /// <summary>
    /// The test naming for the backend's language: recon's unit naming when its examples share the backend's extension,
    /// else the test files of that extension (in a polyglot repo the unit naming can be the other language's).
    /// </summary>
    public static ReconFact? TestNaming(PlanDraft draft, string backend)
    {
        bool Fits(ReconFact fact) => fact.Evidence.Any(e => SameExtension(e.Path, backend));
        return draft.Stack.UnitNaming is { } unit && Fits(unit)
            ? unit
            : draft.Recon.About(ReconTopic.Naming).FirstOrDefault(f => f.Name == "test files" && f.Status == FactStatus.Found && Fits(f));
    }

    private static bool SameExtension(string path, string other) => string.Equals(Family(path), Family(other), StringComparison.Ordinal);

    private static string Family(string path) => Path.GetExtension(path) switch
    {
        ".tsx" => ".ts",
        ".jsx" => ".js",
        var ext => ext,
    };

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
}
