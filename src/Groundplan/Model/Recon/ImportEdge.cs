namespace Groundplan.Model.Recon;

/// <summary>A reference from one file to another: an import, require, using or package reference.</summary>
/// <param name="FromPath">The file that imports.</param>
/// <param name="Specifier">What it wrote (<c>@/lib/db</c>, <c>./utils</c>, <c>app.models</c>, <c>github.com/x/y/pkg</c>).</param>
/// <param name="Line">The 1-based line of the import.</param>
/// <param name="ToPaths">The repo files the import resolves to (a Go package or C# namespace can be several); empty for external packages.</param>
public sealed record ImportEdge(string FromPath, string Specifier, int Line, IReadOnlyList<string> ToPaths);
