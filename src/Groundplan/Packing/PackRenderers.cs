using Groundplan.Ingest.Packs;

namespace Groundplan.Packing;

/// <summary>The renderer for each pack style.</summary>
internal static class PackRenderers
{
    public static IPackRenderer For(PackStyle style) => style switch
    {
        PackStyle.Xml => new XmlPackRenderer(),
        PackStyle.XmlParsable => new ParsableXmlPackRenderer(),
        PackStyle.Markdown => new MarkdownPackRenderer(),
        PackStyle.Plain => new PlainPackRenderer(),
        PackStyle.Json => new JsonPackRenderer(),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "unknown pack style"),
    };
}
