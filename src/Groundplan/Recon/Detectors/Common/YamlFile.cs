using Groundplan.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>Reads a YAML file's first document, keeping the positions YamlDotNet records (1-based lines).</summary>
internal static class YamlFile
{
    /// <summary>The root mapping, or null when the file is empty, not a mapping, or not valid YAML.</summary>
    /// <remarks>A file recon cannot parse contributes no facts rather than failing the other files' facts.</remarks>
    public static YamlMappingNode? Root(SourceFile file)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    public static YamlNode? Get(this YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: var k } && k == key).Value;

    public static string? Text(this YamlMappingNode mapping, string key) => (mapping.Get(key) as YamlScalarNode)?.Value;

    /// <summary>The commands of a shell scalar with the 1-based line each starts on; echo, exit and assignments left out.</summary>
    public static IEnumerable<(string Command, int Line)> Commands(YamlScalarNode node)
    {
        var value = node.Value ?? string.Empty;
        var line = (int)node.Start.Line;
        return node.Style switch
        {
            // Block content starts on the line after the indicator.
            ScalarStyle.Literal => ShellLines.Split(value, dropTrivia: true).Select(c => (c.Command, line + 1 + c.Offset)),
            ScalarStyle.Folded => ShellLines.Split(value, dropTrivia: true).Select(c => (c.Command, line + 1)),
            _ => ShellLines.Split(value, dropTrivia: true).Select(c => (c.Command, line + c.Offset)),
        };
    }
}
