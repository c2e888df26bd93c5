using System.Text.RegularExpressions;
using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Tests.Recon.Detectors.Shared;

public sealed class LineMatchesTests
{
    [Fact]
    public void Containing_RequiredText_KeepsOnlyFilesHoldingOneInOrder()
    {
        // Given three files, two of which call a cache removal in different spellings
        using var dir = new TempDirectory();
        dir.Write("a.cs", "class A\n{\n    void M() => _cache.Remove(key);\n}\n");
        dir.Write("b.cs", "class B\n{\n}\n");
        dir.Write("c.cs", "class C\n{\n    void M() => store.EvictByTagAsync(tag);\n}\n");
        var codebase = new CodebaseLoader().Load(dir.Path);
        var context = new ReconContext(codebase, [], []);
        var pattern = new Regex(@"\.(?:Remove|EvictByTagAsync)\(");

        // When the files are narrowed to those holding either literal, and the pattern is searched in both sets
        var kept = LineMatches.Containing(codebase.Files, ".Remove", "EvictByTagAsync").Select(f => f.Path).ToArray();
        var narrowed = LineMatches.Find(context, LineMatches.Containing(codebase.Files, ".Remove", "EvictByTagAsync"), pattern).Select(m => Cite(m.Evidence));
        var all = LineMatches.Find(context, codebase.Files, pattern).Select(m => Cite(m.Evidence));

        // Then the file without either is dropped, order is kept, and the matches are the same
        Assert.Equal(["a.cs", "c.cs"], kept);
        Assert.Equal(["a.cs:3", "c.cs:3"], narrowed);
        Assert.Equal(all, narrowed);
    }

    private static string Cite(Evidence evidence) => $"{evidence.Path}:{evidence.Line}";
}
