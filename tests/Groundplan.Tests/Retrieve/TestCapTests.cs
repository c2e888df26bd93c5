namespace Groundplan.Tests.Retrieve;

public sealed class TestCapTests
{
    [Fact]
    public void Rank_VerboseTestMatchingMoreWords_TrailsItsSubject()
    {
        // Given a source and its test, the test repeating the request's words far more often than the source
        using var dir = new TempDirectory();
        dir.Write("billing/refund.py", "def refund(invoice):\n    return invoice\n");
        dir.Write("billing/tests/test_refund.py",
            "from billing.refund import refund\n\n" + string.Concat(Enumerable.Range(0, 12).Select(i => $"def test_partial_refund_invoice_{i}():\n    assert refund('partial invoice refund') == 'partial invoice refund'\n\n")));
        dir.Write("billing/mailer.py", "def send():\n    pass\n");

        // When a request names the feature
        var result = RetrieveFixture.Rank(dir.Path, "partial refund of an invoice");

        // Then the source leads and its test follows, scaled below it
        Assert.Equal("billing/refund.py", result.RankedFiles[0].Path);
        Assert.Equal("billing/tests/test_refund.py", result.RankedFiles[1].Path);
        Assert.True(result.RankedFiles[1].Score < result.RankedFiles[0].Score);
    }
}
