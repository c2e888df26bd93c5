using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>The methods of one class: lines directly in its body that start a method, an accessor or an arrow-function field.</summary>
internal sealed partial class TsClassMembers
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal) { "if", "for", "while", "switch", "return", "catch", "function", "static" };

    private readonly string _path;
    private readonly ScannedText _text;
    private readonly TsExtent _extent;

    public TsClassMembers(string path, ScannedText text, TsExtent extent)
    {
        _path = path;
        _text = text;
        _extent = extent;
    }

    public IReadOnlyList<CodeSymbol> Scan(CodeSymbol owner, int open)
    {
        var members = new List<CodeSymbol>();
        var overloads = new TsOverloads(members);
        var close = _extent.Blocks.CloseOf(open);
        var first = _text.LineOf(open);
        var last = _text.LineOf(close);
        for (var line = first; line <= last; line++)
        {
            var start = _text.LineStart(line);
            var masked = _text.MaskedLine(line);
            var member = line == first ? null : Member().Match(masked);
            if (member is not { Success: true } || _extent.Blocks.Enclosing(start + member.Groups["name"].Index) != open)
            {
                continue;
            }

            var name = member.Groups["name"].Value;
            if (NotNames.Contains(name))
            {
                continue;
            }

            var after = start + member.Groups["name"].Index + name.Length;
            int end;
            var hasBody = true;
            if (member.Groups["arrow"].Success)
            {
                end = _extent.StatementEnd(after);
            }
            else
            {
                var paren = _text.Masked.IndexOf('(', after);
                var parenClose = _extent.MatchParen(paren);
                var body = _extent.BodyOpen(parenClose + 1);
                end = body >= 0 ? _extent.Blocks.CloseOf(body) : parenClose;
                hasBody = body >= 0;
            }

            var exported = owner.Exported && !name.StartsWith('#') && !member.Groups["private"].Success;
            overloads.Add(new CodeSymbol(name, SymbolKind.Method, _path, line, _text.LineOf(end), owner.Name, exported, _text.LineText(line).Trim()), hasBody);
            line = Math.Max(line, _text.LineOf(end) - 1);
        }

        return members;
    }

    [GeneratedRegex(@"^[ \t]*(?:@[\w.]+(?![\w.])(?:\([^)]*\))?[ \t]*)*(?:(?:public|protected|(?<private>private)|static|readonly|abstract|override|declare|accessor|async)[ \t]+)*(?:(?:get|set)[ \t]+)?(?:\*[ \t]*)?(?<name>#?[A-Za-z_$][\w$]*)[ \t]*[?!]?[ \t]*(?:<[^>()]*>[ \t]*)?(?:\(|(?<arrow>(?::[^=]*)?=[ \t]*(?:async[ \t]*)?(?:\(|[A-Za-z_$][\w$]*[ \t]*=>)))")]
    private static partial Regex Member();
}
