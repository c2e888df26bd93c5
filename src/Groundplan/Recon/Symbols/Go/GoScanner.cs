using System.Text;

namespace Groundplan.Recon.Symbols.Go;

/// <summary>Splits Go source into tokens, skipping comments and inserting semicolons at line ends as the Go spec does.</summary>
internal static class GoScanner
{
    private static readonly HashSet<string> EndsStatement = ["break", "continue", "fallthrough", "return", "++", "--", ")", "]", "}"];

    public static List<GoToken> Scan(string text)
    {
        var tokens = new List<GoToken>();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                InsertSemicolon(tokens, line);
                line++;
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && At(text, i + 1) == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && At(text, i + 1) == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                var newlines = text.AsSpan(i, end - i).Count('\n');
                if (newlines > 0)
                {
                    // A comment spanning lines acts like a newline.
                    InsertSemicolon(tokens, line);
                }

                line += newlines;
                i = end;
            }
            else if (c is '"' or '\'' or '`')
            {
                i = Quoted(text, i, ref line, tokens);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new GoToken(GoTokenKind.Identifier, text[start..i], line, line));
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(At(text, i + 1))))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_' || (text[i] is '+' or '-' && text[i - 1] is 'e' or 'E' or 'p' or 'P')))
                {
                    i++;
                }

                tokens.Add(new GoToken(GoTokenKind.Number, text[start..i], line, line));
            }
            else
            {
                var length = c is '+' or '-' && At(text, i + 1) == c ? 2 : 1;
                tokens.Add(new GoToken(c == ';' ? GoTokenKind.Semicolon : GoTokenKind.Punctuation, text.Substring(i, length), line, line));
                i += length;
            }
        }

        InsertSemicolon(tokens, line);
        return tokens;
    }

    private static int Quoted(string text, int i, ref int line, List<GoToken> tokens)
    {
        var quote = text[i];
        var startLine = line;
        var value = new StringBuilder();
        var j = i + 1;
        while (j < text.Length && text[j] != quote)
        {
            // Raw strings span lines and take no escapes; interpreted strings and runes end at a newline (malformed).
            if (quote != '`' && text[j] == '\n')
            {
                break;
            }

            if (quote != '`' && text[j] == '\\' && j + 1 < text.Length)
            {
                value.Append(text, j, 2);
                j += 2;
                continue;
            }

            if (text[j] == '\n')
            {
                line++;
            }

            value.Append(text[j]);
            j++;
        }

        tokens.Add(new GoToken(quote == '\'' ? GoTokenKind.Rune : GoTokenKind.String, value.ToString(), startLine, line));
        return Math.Min(j + 1, text.Length);
    }

    private static void InsertSemicolon(List<GoToken> tokens, int line)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var last = tokens[^1];
        if (last.Kind is GoTokenKind.String or GoTokenKind.Rune or GoTokenKind.Number
            || (last.Kind == GoTokenKind.Identifier && !IsKeywordWithoutSemicolon(last.Text))
            || EndsStatement.Contains(last.Text))
        {
            tokens.Add(new GoToken(GoTokenKind.Semicolon, "\n", line, line));
        }
    }

    // Keywords other than break/continue/fallthrough/return never end a statement.
    private static bool IsKeywordWithoutSemicolon(string word) => word is "func" or "type" or "var" or "const" or "package" or "import"
        or "struct" or "interface" or "map" or "chan" or "if" or "else" or "for" or "switch" or "case" or "default" or "select"
        or "go" or "defer" or "range" or "goto";

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';
}
