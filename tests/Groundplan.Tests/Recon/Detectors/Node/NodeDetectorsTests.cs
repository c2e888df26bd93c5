namespace Groundplan.Tests.Recon.Detectors.Node;

public sealed class NodeDetectorsTests
{
    [Theory]
    [InlineData("samples", "inkwell")]
    [InlineData("fixtures", "nextjs-drizzle")]
    [InlineData("fixtures", "express-typeorm")]
    [InlineData("fixtures", "nestjs-prisma")]
    public void Detect_StackFixture_GivesTheExpectedFacts(string root, string name)
    {
        // Given a small realistic codebase of one JavaScript/TypeScript stack
        var path = root == "samples" ? Path.Combine(TestPaths.Samples, name) : Path.Combine(TestPaths.Fixtures, "recon", name);

        // When recon runs every detector over it
        var facts = NodeFactLines.Facts(path);

        // Then the Node detectors' facts, with their evidence, are exactly the reviewed ones
        Snapshot.Match(NodeFactLines.Render(facts), "Recon", "Detectors", "Node", "Expected", name + ".txt");
    }
}
