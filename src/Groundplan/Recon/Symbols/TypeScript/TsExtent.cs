using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>Finds where declarations end in masked text: matching brackets, bodies after signatures, statement ends.</summary>
internal sealed class TsExtent
{
    private readonly string _m;
    private readonly BlockMap _blocks;

    public TsExtent(string masked, BlockMap blocks)
    {
        _m = masked;
        _blocks = blocks;
    }

    public BlockMap Blocks => _blocks;

    /// <summary>The offset of the ')' closing the '(' at <paramref name="open"/>.</summary>
    public int MatchParen(int open)
    {
        var depth = 0;
        for (var i = open; i < _m.Length; i++)
        {
            depth += _m[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return _m.Length - 1;
    }

    /// <summary>The '{' opening the body that follows <paramref name="from"/> (a class heading, a signature), or -1 when a ';' ends it first.</summary>
    public int BodyOpen(int from)
    {
        var depth = 0;
        var expectType = false;
        for (var i = from; i < _m.Length; i++)
        {
            var c = _m[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c == '{')
            {
                if (depth == 0 && !expectType)
                {
                    return i;
                }

                // An object type in a return type or type argument: skip it whole.
                i = _blocks.CloseOf(i);
                expectType = false;
                continue;
            }

            if (c == '>' && i > 0 && _m[i - 1] == '=')
            {
                expectType = true;
                continue;
            }

            depth += c switch { '(' or '<' or '[' => 1, ')' or '>' or ']' => -1, _ => 0 };
            depth = Math.Max(depth, 0);
            if (c == ';' && depth == 0)
            {
                return -1;
            }

            expectType = c is ':' or '|' or '&' or ',' or '(' or '<' or '?';
        }

        return -1;
    }

    /// <summary>The offset of the last character of the statement starting at <paramref name="from"/>.</summary>
    public int StatementEnd(int from)
    {
        var depth = 0;
        var last = from;
        for (var i = from; i < _m.Length; i++)
        {
            var c = _m[i];
            if (c == '{' && depth == 0)
            {
                i = _blocks.CloseOf(i);
                last = i;
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (--depth < 0)
                {
                    return last;
                }
            }
            else if (c == ';' && depth == 0)
            {
                return i;
            }
            else if (c == '\n' && depth == 0 && !Continues(last, i))
            {
                return last;
            }

            if (!char.IsWhiteSpace(c))
            {
                last = i;
            }
        }

        return last;
    }

    // A statement without ';' goes on past a line break when its line ends with an operator or the next line starts with one.
    private bool Continues(int lastSignificant, int newline)
    {
        if ("=,([{.+-*/%&|?:<>!".Contains(_m[lastSignificant]))
        {
            return true;
        }

        var next = newline + 1;
        while (next < _m.Length && char.IsWhiteSpace(_m[next]))
        {
            next++;
        }

        return next < _m.Length && ".?:&|+-*/=,>".Contains(_m[next]);
    }
}
