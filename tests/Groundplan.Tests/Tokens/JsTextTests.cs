using Groundplan.Tokens;

namespace Groundplan.Tests.Tokens;

public sealed class JsTextTests
{
    [Theory]
    [InlineData("  a b \n", "a b")]
    [InlineData("\uFEFFx\u00A0", "x")]
    [InlineData("\u200Bx", "\u200Bx")]
    [InlineData("", "")]
    public void Trim_MatchesJavaScriptTrim(string input, string expected)
    {
        Assert.Equal(expected, JsText.Trim(input).ToString());
    }
}
