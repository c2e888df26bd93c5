namespace Groundplan.Recon.Detectors.Common;

/// <summary>
/// Walks shell text line by line, keeping the quotes, <c>$( )</c>, <c>${ }</c> and backticks that are still open,
/// so a string or substitution that runs over several lines is read as one command.
/// </summary>
internal sealed class ShellScanner
{
    // What is open, innermost last: ' " a ($'…') ` ( {
    private readonly Stack<char> _open = new();

    /// <summary>True while a quote or substitution opened on an earlier line is not closed yet.</summary>
    public bool IsOpen => _open.Count > 0;

    /// <summary>True when the last scanned line ended in a backslash outside single quotes (a line continuation).</summary>
    public bool EndsEscaped { get; private set; }

    /// <summary>Scans one line; returns it without a trailing <c># comment</c> and adds the indices of characters outside any quoting.</summary>
    public string Scan(string line, List<int>? topLevel = null)
    {
        EndsEscaped = false;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            var top = _open.Count > 0 ? _open.Peek() : '\0';
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            if (top == '\'')
            {
                Close(c == '\'');
            }
            else if (c == '\\')
            {
                // An escaped character is never syntax; a backslash at the very end joins the next line.
                EndsEscaped = i == line.Length - 1;
                i += 2;
                continue;
            }
            else if (top == 'a')
            {
                Close(c == '\'');
            }
            else if (top is '"' or '`')
            {
                if (c == top)
                {
                    _open.Pop();
                }
                else if (c == '$' && next is '(' or '{')
                {
                    _open.Push(next);
                    i++;
                }
            }
            else if (c == '#' && top != '{' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i].TrimEnd();
            }
            else if (!Opens(c, next, i > 0 && line[i - 1] == '$', top, ref i) && top == '\0')
            {
                topLevel?.Add(i);
            }

            i++;
        }

        return line;
    }

    private void Close(bool closes)
    {
        if (closes)
        {
            _open.Pop();
        }
    }

    // Outside quotes (or inside a substitution): opens or closes quoting; false for an ordinary character.
    private bool Opens(char c, char next, bool afterDollar, char top, ref int i)
    {
        switch (c)
        {
            case '\'':
                _open.Push(afterDollar ? 'a' : '\'');
                return true;
            case '"' or '`':
                _open.Push(c);
                return true;
            case '$' when next is '(' or '{':
                _open.Push(next);
                i++;
                return true;
            case '(' when top is '\0' or '(':
            case '{' when top == '{':
                _open.Push(c);
                return true;
            case ')' when top == '(':
            case '}' when top == '{':
                _open.Pop();
                return true;
            default:
                return false;
        }
    }
}
