namespace Groundplan.Model.Recon;

/// <summary>A definition in the code: where it is and what it is.</summary>
/// <param name="Name">The symbol's name as written (for routes, "GET /api/posts").</param>
/// <param name="Kind">What it defines.</param>
/// <param name="Path">The repo-relative file.</param>
/// <param name="StartLine">The 1-based first line of the definition.</param>
/// <param name="EndLine">The 1-based last line of the definition (equal to <paramref name="StartLine"/> when unknown).</param>
/// <param name="Container">The enclosing class, module or namespace, or null at top level.</param>
/// <param name="Exported">Whether other files can use it (export, public, capitalised Go name, ...).</param>
/// <param name="Signature">The declaration's first line, trimmed, for people and plans; empty when not useful.</param>
public sealed record CodeSymbol(string Name, SymbolKind Kind, string Path, int StartLine, int EndLine, string? Container, bool Exported, string Signature = "");
