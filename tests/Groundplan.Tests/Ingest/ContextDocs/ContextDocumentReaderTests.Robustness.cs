namespace Groundplan.Tests.Ingest.ContextDocs;

/// <summary>Damaged documents: whatever people paste, the reader answers with a model or a GroundplanException.</summary>
public sealed partial class ContextDocumentReaderTests
{
    [Fact]
    public void Read_DamagedFixtures_NeverThrowsAnythingButGroundplanException()
    {
        // Given the fixtures' lines cut, shuffled, re-indented and truncated by a seeded generator
        var lines = new[] { "nextjs-prisma.md", "rails-tree.md", "tricky.md" }
            .SelectMany(name => File.ReadAllLines(Fixture(name)))
            .ToArray();
        var random = new Random(20240601);
        var unexpected = new List<string>();

        for (var round = 0; round < 150; round++)
        {
            var picked = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => lines[random.Next(lines.Length)])
                .Select(line => random.Next(4) switch
                {
                    0 => new string(' ', random.Next(0, 9)) + line.TrimStart(),
                    1 => line[..random.Next(0, line.Length + 1)],
                    _ => line,
                });
            var markdown = string.Join(random.Next(2) == 0 ? "\n" : "\r\n", picked);

            // When
            try
            {
                ReadText(markdown);
            }
            catch (GroundplanException)
            {
            }
            catch (Exception ex)
            {
                unexpected.Add($"{ex.GetType().Name}: {ex.Message}\n---\n{markdown}");
            }
        }

        // Then
        Assert.Empty(unexpected);
    }
}
