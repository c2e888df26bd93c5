using System.Text.RegularExpressions;

namespace Groundplan.Security.Rules;

/// <summary>What follows a secret-looking key: an operator and a value, in the syntaxes of code and config files.</summary>
internal static partial class AssignmentPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // At the end of the key: an optional closing quote or bracket (JSON, config["key"]), an operator
    // (=, :, :=, =>), then a quoted value <v> (with an optional r/b/f/@/$ string prefix) or a bare value <u>.
    // Also a call's first two arguments, define('KEY', 'value') or getenv("KEY", "fallback") (group <comma>),
    // and .NET's <add key="KEY" value="value" />.
    [GeneratedRegex(
        @"\G(?:[""'`]?\]?[ \t]{0,16}(?<op>:=|=>|=(?!=)|:(?!:))[ \t]{0,16}(?:[rRbBuUfF@$]{1,2}(?=[""']))?" +
        @"(?:""(?<v>[^""\r\n]{1,256})""|'(?<v>[^'\r\n]{1,256})'|`(?<v>[^`\r\n]{1,256})`|(?<u>[^\s""'`;,|<>(){}\[\]]{1,256}))" +
        @"|[""'][ \t]*(?<comma>,)[ \t]*(?:""(?<v>[^""\r\n]{1,256})""|'(?<v>[^'\r\n]{1,256})')" +
        @"|[""'][ \t]+value[ \t]*=[ \t]*(?:""(?<v>[^""\r\n]{1,256})""|'(?<v>[^'\r\n]{1,256})'))",
        Options, TokenPatterns.TimeoutMs)]
    public static partial Regex Value();

    // <password>value</password> in XML (Maven settings.xml, web.config sections).
    [GeneratedRegex(@"\G>(?<v>[^<\r\n]{1,256})</", Options, TokenPatterns.TimeoutMs)]
    public static partial Regex Element();
}
