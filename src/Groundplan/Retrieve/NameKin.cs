using Groundplan.Retrieve.Terms;

namespace Groundplan.Retrieve;

/// <summary>
/// Files anywhere in the tree whose names begin with the same two words: ServerSettingDto.cs, ServerSettingKey.cs and
/// server-settings.ts; add_pushover.html and test_add_pushover.py. A feature often lands in several layers under one
/// name, and nothing lexical or imported ties the layers together. A leading "test" is dropped; only rare keys make a
/// group. One shared word was measured and dropped: it ties too many unrelated files (setting.d.ts, SettingDialog.tsx).
/// </summary>
internal sealed class NameKin
{
    // A key shared by more files than this is a common phrase (get user, use query), not a feature's name.
    public const int MaxGroup = 10;

    private const int MinWordLength = 3;

    private readonly Dictionary<string, List<int>> _groups = new(StringComparer.Ordinal);
    private readonly string?[] _keys;

    private NameKin(int count) => _keys = new string?[count];

    public static NameKin Build(IReadOnlyList<Model.SourceFile> files)
    {
        var kin = new NameKin(files.Count);
        var words = new List<string>(2);
        for (var i = 0; i < files.Count; i++)
        {
            LeadingWords(PathKinds.BaseStem(files[i].Path), words);
            if (words.Count < 2 || words[0].Length < MinWordLength)
            {
                continue;
            }

            var key = kin._keys[i] = words[0] + " " + words[1];
            if (!kin._groups.TryGetValue(key, out var list))
            {
                kin._groups[key] = list = [];
            }

            list.Add(i);
        }

        return kin;
    }

    /// <summary>The kin of a file and the size of their group (the rarer, the closer); none when the name is common.</summary>
    public IEnumerable<(int File, int GroupSize)> Of(int file)
    {
        if (_keys[file] is not { } key || _groups[key] is not { Count: > 1 and <= MaxGroup } group)
        {
            yield break;
        }

        foreach (var other in group)
        {
            if (other != file)
            {
                yield return (other, group.Count);
            }
        }
    }

    private static void LeadingWords(string name, List<string> words)
    {
        words.Clear();
        Span<char> buffer = stackalloc char[CodeTokenizer.MaxTokenLength];
        var tokens = new CodeTokenizer(name, buffer);
        while (words.Count < 2 && tokens.MoveNext())
        {
            var word = new string(buffer[..Stemmer.Stem(buffer, tokens.Length)]);
            if (words.Count > 0 || word != "test")
            {
                words.Add(word);
            }
        }
    }
}
