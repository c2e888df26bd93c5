using System.Text;
using System.Text.Json;

namespace Groundplan.Tests.Ingest.Packs;

/// <summary>The repomix packs committed under tests/fixtures/packs (made by regen.sh from tests/fixtures/repos).</summary>
internal static class PackFixtures
{
    public static string PacksRoot => Path.Combine(TestPaths.Fixtures, "packs");

    public static string ReposRoot => Path.Combine(TestPaths.Fixtures, "repos");

    public static string Pack(string repo, string name) => Path.Combine(PacksRoot, repo, name);

    /// <summary>Every pack variant as (repo, file name), for theories.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var repo in Directory.GetDirectories(PacksRoot).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(repo).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name != "tokens.json")
                {
                    data.Add(Path.GetFileName(repo), name);
                }
            }
        }

        return data;
    }

    /// <summary>The paths repomix packed with default options: the keys of tokens.json.</summary>
    public static IReadOnlyList<string> DefaultSelection(string repo)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(PacksRoot, repo, "tokens.json")));
        return json.RootElement.GetProperty("files").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>A fixture file's text exactly as on disk (a byte order mark stays; JsText.Trim removes it as JavaScript's trim does).</summary>
    public static string DiskText(string repo, string path) =>
        Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(ReposRoot, repo, path)));

    /// <summary>The style variant a pack's file name promises, e.g. "xml-parsable" for xml-parsable-compress.xml.</summary>
    public static string ExpectedVariant(string name) =>
        name.StartsWith("xml-parsable", StringComparison.Ordinal) ? "xml-parsable"
        : name.StartsWith("xml", StringComparison.Ordinal) ? "xml"
        : name[..name.IndexOf('-')];
}
