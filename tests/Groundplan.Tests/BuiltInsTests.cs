using Groundplan.Lint;
using Groundplan.Model;
using Groundplan.Recon;
using Groundplan.Recon.Symbols;

namespace Groundplan.Tests;

public sealed class BuiltInsTests
{
    private static readonly Codebase Empty = new() { Origin = new FileOrigin(OriginKind.Directory, "."), Files = [] };

    public static TheoryData<string> Kinds() => ["detectors", "indexers", "rules"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void List_EveryConcreteImplementationInTheAssembly_IsListedOnceInTypeNameOrder(string kind)
    {
        // Given every concrete class of the engine assembly that implements the kind
        var contract = kind switch
        {
            "detectors" => typeof(IDetector),
            "indexers" => typeof(ILanguageIndexer),
            _ => typeof(LintRule),
        };
        var implemented = typeof(BuiltIns).Assembly.GetTypes()
            .Where(t => contract.IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();

        // When the hand-written list is made
        var listed = (kind switch
        {
            "detectors" => BuiltIns.Detectors().Cast<object>(),
            "indexers" => BuiltIns.Indexers(Empty),
            _ => BuiltIns.Rules(),
        }).Select(o => o.GetType().FullName!).ToArray();

        // Then it names each of them once, in the order reflection used to give
        Assert.NotEmpty(implemented);
        Assert.Equal(implemented, listed);
    }
}
