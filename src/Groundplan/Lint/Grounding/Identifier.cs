namespace Groundplan.Lint.Grounding;

/// <summary>Whole-identifier search in source text: <c>save</c> is not found in <c>autosave</c> or <c>saved</c>.</summary>
internal static class Identifier
{
    public static bool Occurs(string text, string name) => IndexOf(text, name, 0) >= 0;

    public static int IndexOf(string text, string name, int from)
    {
        for (var i = text.IndexOf(name, from, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + name.Length >= text.Length ? ' ' : text[i + name.Length];
            if (!IsPart(before) && !IsPart(after))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
