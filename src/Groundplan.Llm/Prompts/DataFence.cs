namespace Groundplan.Llm.Prompts;

/// <summary>Wraps codebase content so the model reads it as data, and so no file can close the fence early.</summary>
internal static class DataFence
{
    public const string Tag = "codebase_data";

    public static string Wrap(string source, string content) =>
        $"<{Tag} source=\"{source}\">\n{Neutralize(content).TrimEnd('\n')}\n</{Tag}>";

    // A file that contains the closing tag would otherwise end the data block and have its remainder read as instructions.
    public static string Neutralize(string content) =>
        content.Replace("</" + Tag, "<\\/" + Tag, StringComparison.OrdinalIgnoreCase)
               .Replace("<" + Tag, "<\\" + Tag, StringComparison.OrdinalIgnoreCase);
}
