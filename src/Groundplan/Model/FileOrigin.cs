namespace Groundplan.Model;

/// <summary>Where a file or a codebase came from.</summary>
/// <param name="Kind">The form of the source.</param>
/// <param name="Source">The directory, repository or document path the user gave.</param>
/// <param name="Variant">The pack style (<c>xml</c>, <c>xml-parsable</c>, <c>markdown</c>, <c>plain</c>, <c>json</c>) or the resolved git commit; null for directories and context documents.</param>
public sealed record FileOrigin(OriginKind Kind, string Source, string? Variant = null);
