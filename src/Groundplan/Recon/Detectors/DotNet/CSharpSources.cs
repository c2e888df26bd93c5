using Groundplan.Model;
using Groundplan.Recon.Symbols;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>The codebase's C# files outside bin/ and obj/, all and hand-written, found once per recon run.</summary>
internal sealed record CSharpSources(IReadOnlyList<SourceFile> All, IReadOnlyList<SourceFile> HandWritten)
{
    public static CSharpSources Find(ReconContext context)
    {
        var all = context.Codebase.Files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal)
            && !f.Path.Contains("/bin/", StringComparison.Ordinal) && !f.Path.Contains("/obj/", StringComparison.Ordinal)).ToArray();
        return new CSharpSources(all, all.Where(f => !GeneratedCode.IsGenerated(f)).ToArray());
    }
}
