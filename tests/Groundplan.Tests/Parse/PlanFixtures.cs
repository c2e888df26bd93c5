using Groundplan.Parse;

namespace Groundplan.Tests.Parse;

/// <summary>Reads the hand-written plans under tests/fixtures/plans.</summary>
internal static class PlanFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(TestPaths.Fixtures, "plans", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static ParsedPlan Parse(string name) => PlanParser.Parse(Text(name), null, name);

    public static IEnumerable<string> All() => Directory.GetFiles(System.IO.Path.Combine(TestPaths.Fixtures, "plans")).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
