using Groundplan.Model;
using Groundplan.Security;

namespace Groundplan.Packing;

/// <summary>Writes a codebase as a repomix-style pack: scan for secrets, compose, render.</summary>
public sealed class Packer
{
    /// <summary>Scans <paramref name="codebase"/> for secrets and writes it to <paramref name="output"/> as <paramref name="options"/> say.</summary>
    public PackResult Pack(Codebase codebase, PackOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(codebase);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);

        var scanner = SecretScanner.Default;
        var findings = scanner.Scan(codebase.Files);

        // Only the few files with findings are searched again, for the exact spans to replace.
        var withSecrets = findings.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        string ContentOf(SourceFile file) =>
            options.Redact && withSecrets.Contains(file.Path) ? scanner.Redact(file.Text, file.Path) : file.Text;

        var document = PackComposer.Compose(codebase, options, ContentOf);
        PackRenderers.For(options.Style).Write(document, output);
        return new PackResult(codebase, findings, options.Redact);
    }
}
