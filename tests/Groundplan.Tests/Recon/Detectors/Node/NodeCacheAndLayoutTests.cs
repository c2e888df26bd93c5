namespace Groundplan.Tests.Recon.Detectors.Node;

public sealed class NodeCacheAndLayoutTests
{
    private const string CollectionService =
        "@Injectable({\n  providedIn: 'root'\n})\nexport class CollectionTagService {\n  updateTag(tag: CollectionTag) {\n"
        + "    return this.httpClient.post(this.baseUrl + 'collection/update', tag, TextResonse);\n  }\n\n"
        + "  refresh(tagId: number): void {\n    updateTag(tagId);\n  }\n}\n";

    [Fact]
    public void Detect_UpdateTagWithoutNext_IsNoCacheInvalidation()
    {
        // Given an Angular app whose service calls its own updateTag, without next as a dependency
        using var dir = new TempDirectory();
        dir.Write("UI/Web/package.json", "{\n  \"name\": \"kavita-webui\",\n  \"dependencies\": {\n    \"@angular/core\": \"^15.1.2\"\n  }\n}\n");
        dir.Write("UI/Web/src/app/_services/collection-tag.service.ts", CollectionService);

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then nothing is reported as Next.js cache invalidation
        Assert.DoesNotContain("cache-invalidation |", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_UpdateTagMethodDeclarationInNextApp_CountsOnlyTheCall()
    {
        // Given a Next.js app with a class method named updateTag and one real call
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\n  \"dependencies\": {\n    \"next\": \"16.0.0\"\n  }\n}\n");
        dir.Write("src/lib/tags.ts", CollectionService);

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then the declaration on line 5 is not a call site; the call on line 10 is
        Assert.Contains("cache-invalidation | updateTag | updateTag (Next.js; 1 call site) | Found | src/lib/tags.ts:10\n", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_RailsRepoWithPackageJson_GivesNoDbRoleAndCitesTheFirstLineThatSaysSomething()
    {
        // Given a Rails repo with a package.json, db/migrate and a lib/ whose first file is an empty .keep
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\n  \"name\": \"app\",\n  \"dependencies\": {\n    \"@hotwired/stimulus\": \"^3.2.2\"\n  }\n}\n");
        dir.Write("db/migrate/20240201183314_enable_uuid.rb", "class EnableUuid < ActiveRecord::Migration[7.2]\nend\n");
        dir.Write("lib/assets/.keep", string.Empty);
        dir.Write("lib/money.rb", "\nclass Money\n  attr_reader :amount\nend\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then db/ has no Node role and lib/ is plain helpers, cited at its first non-blank line
        Assert.DoesNotContain("directory-role | db/", lines, StringComparison.Ordinal);
        Assert.Contains("directory-role | lib/ | shared helpers | Found | lib/money.rb:2\n", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_LibInViteAppAndInNextApp_SaysServerSideOnlyInNext()
    {
        // Given a Vite SPA in web/ and a Next.js app in site/, each with a lib/ folder
        using var dir = new TempDirectory();
        dir.Write("web/package.json", "{\n  \"name\": \"memos\",\n  \"dependencies\": {\n    \"react\": \"^19.2.6\",\n    \"vite\": \"^7.0.0\"\n  }\n}\n");
        dir.Write("web/src/lib/calendar-utils.ts", "import dayjs from \"dayjs\";\n\nexport const getTodayDate = () => dayjs().format(\"YYYY-MM-DD\");\n");
        dir.Write("site/package.json", "{\n  \"name\": \"site\",\n  \"dependencies\": {\n    \"next\": \"15.5.9\"\n  }\n}\n");
        dir.Write("site/src/lib/db.ts", "import { PrismaClient } from \"@prisma/client\";\n\nexport const db = new PrismaClient();\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then only the Next.js lib/ is called server-side
        Assert.Contains("directory-role | web/src/lib/ | shared helpers | Found | web/src/lib/calendar-utils.ts:3\n", lines, StringComparison.Ordinal);
        Assert.Contains("directory-role | site/src/lib/ | shared helpers and server-side modules | Found | site/src/lib/db.ts:3\n", lines, StringComparison.Ordinal);
    }
}
