namespace Groundplan.Recon.Symbols.Scanning;

/// <summary>The JSX part of the masker: elements, attributes with strings or <c>{}</c> code, and text children.</summary>
internal sealed partial class JsMasker
{
    private bool LooksLikeJsx()
    {
        var next = At(_i + 1);
        if (next == '>')
        {
            return true;
        }

        if (!char.IsLetter(next))
        {
            return false;
        }

        // A generic arrow in a .tsx file, <T,>() => or <T extends U>(), is not an element.
        var j = _i + 1;
        while (j < _s.Length && (IsIdentPart(_s[j]) || _s[j] is '.' or ':' or '-'))
        {
            j++;
        }

        while (j < _s.Length && _s[j] is ' ' or '\t')
        {
            j++;
        }

        return At(j) != ',' && !_s.AsSpan(j).StartsWith("extends ", StringComparison.Ordinal);
    }

    // At '<' of an element or fragment; returns past its end. False when the text ends first.
    private bool ScanJsxElement()
    {
        _markers.Add(_i);
        _i++;
        while (_i < _s.Length && (IsIdentPart(_s[_i]) || _s[_i] is '.' or ':' or '-'))
        {
            _i++;
        }

        if (!ScanJsxAttributes(out var selfClosing))
        {
            return false;
        }

        return selfClosing || ScanJsxChildren();
    }

    private bool ScanJsxAttributes(out bool selfClosing)
    {
        selfClosing = false;
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == '/' && At(_i + 1) == '>')
            {
                _i += 2;
                selfClosing = true;
                return true;
            }

            if (c == '>')
            {
                _i++;
                return true;
            }

            if (c == '{')
            {
                _i++;
                Significant('{');
                if (!ScanCode(untilBrace: true))
                {
                    return false;
                }
            }
            else if (c is '"' or '\'')
            {
                // JSX attribute strings have no escapes and may span lines.
                var end = _s.IndexOf(c, _i + 1);
                if (end < 0)
                {
                    return false;
                }

                Fill(_i + 1, end);
                _i = end + 1;
            }
            else
            {
                _i++;
            }
        }

        return false;
    }

    private bool ScanJsxChildren()
    {
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == '{')
            {
                _i++;
                Significant('{');
                if (!ScanCode(untilBrace: true))
                {
                    return false;
                }
            }
            else if (c == '<' && At(_i + 1) == '/')
            {
                var end = _s.IndexOf('>', _i);
                if (end < 0)
                {
                    return false;
                }

                _i = end + 1;
                return true;
            }
            else if (c == '<')
            {
                if (!ScanJsxElement())
                {
                    return false;
                }
            }
            else
            {
                Fill(_i, _i + 1);
                _i++;
            }
        }

        return false;
    }
}
