using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Tests.Recon.Symbols.Scanning;

public sealed class PythonMaskerTests
{
    [Fact]
    public void Mask_TripleQuotedAndFStrings_HidesTheirContents()
    {
        // Given a docstring holding a def, an f-string whose field holds a string with the same quote, and a comment
        const string text = "\"\"\"\ndef fake():\n    pass\n\"\"\"\nx = f\"{d[\"k\"]} def y\"  # class Z:\nrb'\\'def'\ndef real():\n    pass\n";

        // When it is masked
        var masked = PythonMasker.Mask(text);

        // Then only the real definition shows, and the docstring's lines stay non-blank
        Assert.Equal(text.Length, masked.Masked.Length);
        Assert.Equal(1, masked.Masked.Split("def").Length - 1);
        Assert.DoesNotContain("class", masked.Masked, StringComparison.Ordinal);
        Assert.Contains("def real():", masked.Masked, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(masked.MaskedLine(2)));
        Assert.Equal([0, 25], masked.Markers);
    }
}
