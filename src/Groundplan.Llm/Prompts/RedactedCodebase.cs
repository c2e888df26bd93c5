using Groundplan.Model;
using Groundplan.Security;

namespace Groundplan.Llm.Prompts;

/// <summary>A copy of a codebase whose files have their secrets redacted, for building anything that will leave the machine.</summary>
/// <remarks>Redacting per file, before packing, lets the scanner use each file's path (an <c>.env</c> assignment reads differently from code).</remarks>
internal static class RedactedCodebase
{
    public static Codebase Of(Codebase codebase)
    {
        var withSecrets = SecretScanner.Default.Scan(codebase.Files).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        if (withSecrets.Count == 0)
        {
            return codebase;
        }

        return new Codebase
        {
            Origin = codebase.Origin,
            Files = [.. codebase.Files.Select(f => withSecrets.Contains(f.Path) ? Redacted(f) : f)],
            ListedPaths = codebase.ListedPaths,
            Unknowns = codebase.Unknowns,
            Notes = codebase.Notes,
            DeclaredStack = codebase.DeclaredStack,
        };
    }

    private static SourceFile Redacted(SourceFile file)
    {
        var text = SecretScanner.Default.Redact(file.Text, file.Path);
        return new SourceFile
        {
            Path = file.Path,
            Language = file.Language,
            Size = file.Size,
            LineCount = file.LineCount,
            Text = text,
            Origin = file.Origin,
            Completeness = file.Completeness,
        };
    }
}
