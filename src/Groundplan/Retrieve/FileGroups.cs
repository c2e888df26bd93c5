namespace Groundplan.Retrieve;

/// <summary>Files grouped by what ties them: same folder and base name, the same subject in a test, the same resource across folders.</summary>
internal sealed class FileGroups
{
    private readonly Dictionary<string, List<int>> _siblings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _tests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _resources = new(StringComparer.Ordinal);
    private readonly string[] _siblingKey;
    private readonly string[] _subject;
    private readonly string[] _resource;

    private FileGroups(int count)
    {
        _siblingKey = new string[count];
        _subject = new string[count];
        _resource = new string[count];
    }

    public static FileGroups Build(IReadOnlyList<Model.SourceFile> files)
    {
        var groups = new FileGroups(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i].Path;
            groups._siblingKey[i] = PathKinds.Directory(path) + "/" + PathKinds.BaseStem(path).ToLowerInvariant();
            Add(groups._siblings, groups._siblingKey[i], i);
            groups._subject[i] = PathKinds.Subject(path);
            groups._resource[i] = ResourceKey(path, groups._subject[i]);
            if (PathKinds.IsTest(path))
            {
                Add(groups._tests, groups._subject[i], i);
            }
            else if (groups._resource[i].Length >= 3)
            {
                Add(groups._resources, groups._resource[i], i);
            }
        }

        return groups;
    }

    public IReadOnlyList<int> Siblings(int file) => _siblings.GetValueOrDefault(_siblingKey[file]) ?? [];

    public IReadOnlyList<int> Tests(int file) => _subject[file].Length >= 3 ? _tests.GetValueOrDefault(_subject[file]) ?? [] : [];

    public IReadOnlyList<int> Resource(int file) => _resources.GetValueOrDefault(_resource[file]) ?? [];

    /// <summary>
    /// The resource a file serves: a template under a views/templates folder belongs to its folder's resource
    /// (app/views/accounts/show.html.erb → account), everything else to its subject (accounts_controller.rb → account).
    /// </summary>
    private static string ResourceKey(string path, string subject)
    {
        var parts = path.Split('/');
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            if (parts[i] is "views" or "templates" or "Views" or "Pages" && i + 1 < parts.Length - 1)
            {
                return Terms.Stemmer.Stem(parts[^2].Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal));
            }
        }

        return subject;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int file)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(file);
    }
}
