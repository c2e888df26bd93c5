using Groundplan.Ingest.ContextDocs;

namespace Groundplan.Tests.Ingest.ContextDocs;

public sealed class PathCandidatesTests
{
    [Theory]
    [InlineData("src/app/actions/", true)]
    [InlineData("src/app/[id]/page.tsx", true)]
    [InlineData("src/app/(marketing)/about us/page.tsx", true)]
    [InlineData("prisma/", true)]
    [InlineData("schema.prisma", true)]
    [InlineData("Dockerfile", true)]
    [InlineData(".env.local", true)]
    [InlineData("src\\Api\\Program.cs", true)]
    [InlineData("C:\\work\\app.cs", true)]
    [InlineData("../shared/", true)]
    [InlineData("Next.js", false)]
    [InlineData("Node.js", false)]
    [InlineData("dockerfile", false)]
    [InlineData("useActionState", false)]
    [InlineData("prisma.user.findMany", false)]
    [InlineData("v1.2", false)]
    [InlineData("npm run db:migrate", false)]
    [InlineData("npx prisma migrate dev --name add/archive", false)]
    [InlineData("@prisma/client", false)]
    [InlineData("@/lib/utils", false)]
    [InlineData("https://example.com/a/b", false)]
    [InlineData("src/**/*.ts", false)]
    [InlineData("and/or", true)]
    [InlineData("/", false)]
    [InlineData("src/app/page.tsx:12", false)]
    [InlineData("", false)]
    public void IsPathLike_Text_TellsPathsFromCodeCommandsAndNames(string text, bool expected)
    {
        Assert.Equal(expected, PathCandidates.IsPathLike(text));
    }

    [Theory]
    [InlineData("src/app/", "src/app/")]
    [InlineData("./src/lib/db.ts", "src/lib/db.ts")]
    [InlineData("src\\Api\\", "src/Api/")]
    [InlineData("./", null)]
    [InlineData(".", null)]
    public void Normalize_RepoRelativePath_KeepsTrailingSlashForFolders(string raw, string? expected)
    {
        Assert.Equal(expected, PathCandidates.Normalize(raw, "ctx.md", 1));
    }
}
