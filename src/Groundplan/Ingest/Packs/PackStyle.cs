namespace Groundplan.Ingest.Packs;

/// <summary>The output styles repomix writes.</summary>
public enum PackStyle
{
    /// <summary>The default: XML-like tags around raw, unescaped contents (not well-formed XML).</summary>
    Xml,

    /// <summary><c>--style xml --parsable-style</c>: well-formed XML with escaped contents.</summary>
    XmlParsable,

    /// <summary><c>--style markdown</c>: <c>## File: path</c> headings over fenced code blocks.</summary>
    Markdown,

    /// <summary><c>--style plain</c>: <c>================</c> separators around <c>File: path</c> lines.</summary>
    Plain,

    /// <summary><c>--style json</c>: a JSON object whose <c>files</c> maps paths to contents.</summary>
    Json,
}
