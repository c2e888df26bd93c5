using Groundplan.Ingest.Packs;

namespace Groundplan.Packing;

/// <summary>How a pack is written.</summary>
public sealed class PackOptions
{
    /// <summary>The output style. <value>The default value is <see cref="PackStyle.Xml"/>.</value></summary>
    public PackStyle Style { get; init; } = PackStyle.Xml;

    /// <summary>Whether secrets found by the scan are replaced by <c>[REDACTED:kind]</c>. <value>The default value is false.</value></summary>
    public bool Redact { get; init; }

    /// <summary>Whether the pack opens with the file summary. <value>The default value is true.</value></summary>
    public bool FileSummary { get; init; } = true;

    /// <summary>Whether the pack carries the directory structure. <value>The default value is true.</value></summary>
    public bool DirectoryStructure { get; init; } = true;

    /// <summary>Whether the codebase was narrowed by include or ignore patterns (the header then says it is a subset).</summary>
    public bool IsSubset { get; init; }

    /// <summary>The file name extension repomix users expect for a style.</summary>
    public static string ExtensionOf(PackStyle style) => style switch
    {
        PackStyle.Markdown => ".md",
        PackStyle.Plain => ".txt",
        PackStyle.Json => ".json",
        _ => ".xml",
    };
}
