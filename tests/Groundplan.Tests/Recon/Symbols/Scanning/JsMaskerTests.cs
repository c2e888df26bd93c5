using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Tests.Recon.Symbols.Scanning;

public sealed class JsMaskerTests
{
    [Fact]
    public void Mask_CommentsAndStringsHoldingCode_HidesThemKeepsOffsets()
    {
        // Given code whose comments and strings contain braces and keywords
        const string text = "const a = \"function f() {\"; // class X {\n/* export function g() { */ const b = 'it\\'s {';\n";

        // When it is masked
        var masked = JsMasker.Mask(text, jsx: false);

        // Then the masked copy has the same length and only the real code's words and braces
        Assert.Equal(text.Length, masked.Masked.Length);
        Assert.DoesNotContain("function", masked.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain("class", masked.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain('{', masked.Masked);
        Assert.Equal(2, masked.Masked.Split("const").Length - 1);
        Assert.Equal("function f() {", masked.LiteralAt(text.IndexOf('"', StringComparison.Ordinal)));
    }

    [Fact]
    public void Mask_TemplateWithNestedTemplateInPlaceholder_EndsAtTheOuterBacktick()
    {
        // Given a template literal whose ${} holds another template with a brace and a backtick
        const string text = "const t = `a ${cond ? `}${x}` : '`'} b { c`;\nfunction after() {}\n";

        // When it is masked
        var masked = JsMasker.Mask(text, jsx: false);

        // Then the code after the template is intact and nothing inside it shows
        Assert.Contains("function after() {}", masked.Masked, StringComparison.Ordinal);
        Assert.Equal(1, masked.Masked.Count(c => c == '{'));
    }

    [Fact]
    public void Mask_RegexLiteralWithQuoteAndSlashInClass_IsNotTakenForAString()
    {
        // Given a regex literal holding a quote and a slash in a character class, next to a division
        const string text = "const r = /[\"/]+'/g; const half = total / 2; const s = \"{\";\n";

        // When it is masked
        var masked = JsMasker.Mask(text, jsx: false);

        // Then the division survives and the string after it is still recognised
        Assert.Contains("total / 2", masked.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain('{', masked.Masked);
        Assert.Contains("const s", masked.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_JsxTextWithApostrophe_DoesNotOpenAString()
    {
        // Given JSX text with an apostrophe and braces in an attribute string
        const string text = "function A() {\n  return <p className=\"x{\">Don't {count} stop</p>;\n}\nfunction B() {}\n";

        // When it is masked as JSX
        var masked = JsMasker.Mask(text, jsx: true);

        // Then the JSX is marked, its text hidden, its {} code and the following function kept
        Assert.Single(masked.Markers);
        Assert.DoesNotContain("Don", masked.Masked, StringComparison.Ordinal);
        Assert.Contains("{count}", masked.Masked, StringComparison.Ordinal);
        Assert.Contains("function B() {}", masked.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_GenericArrowInTsx_IsNotJsx()
    {
        // Given a generic arrow function in a .tsx file
        const string text = "const id = <T,>(x: T) => x;\nconst y = \"}\";\n";

        // When it is masked as JSX
        var masked = JsMasker.Mask(text, jsx: true);

        // Then no JSX is seen and the later string is masked
        Assert.Empty(masked.Markers);
        Assert.DoesNotContain('}', masked.Masked);
    }

    [Fact]
    public void Mask_PrivateFieldNames_AreReadAsWords()
    {
        // Given a class with #private members (once an endless loop: '#' starts a name but cannot continue one)
        const string text = "class T {\n  #file\n  #go () { return '}' }\n}\n";

        // When it is masked
        var masked = JsMasker.Mask(text, jsx: false);

        // Then the names stay and the string's brace is hidden
        Assert.Contains("#go () {", masked.Masked, StringComparison.Ordinal);
        Assert.Equal(2, masked.Masked.Count(c => c == '}'));
    }
}
