namespace Groundplan.Tests.Recon.Detectors.Node;

public sealed class NodeTestCommandTests
{
    [Fact]
    public void Detect_NestedPnpmPackageWithoutRootWorkspace_RunsTheScriptFromItsFolder()
    {
        // Given memos' layout: web/package.json with its own pnpm lockfile and workspace file, and no root package.json
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module github.com/usememos/memos\n\ngo 1.25\n");
        dir.Write("web/package.json",
            "{\n  \"name\": \"memos\",\n  \"private\": true,\n  \"packageManager\": \"pnpm@11.0.1\",\n  \"scripts\": {\n    \"test\": \"vitest run\",\n"
            + "    \"test:coverage\": \"vitest run --coverage\"\n  },\n  \"devDependencies\": {\n    \"vitest\": \"^4.1.5\"\n  }\n}\n");
        dir.Write("web/pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
        dir.Write("web/pnpm-workspace.yaml", "onlyBuiltDependencies:\n  - esbuild\n");
        dir.Write("web/vitest.config.mts", "import { defineConfig } from \"vitest/config\";\n\nexport default defineConfig({});\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then the commands change into web/ instead of filtering a workspace that does not exist
        Assert.Contains("test-command | test | cd web && pnpm test (vitest run) | Found | web/package.json:6\n", lines, StringComparison.Ordinal);
        Assert.Contains("test-command | test:coverage | cd web && pnpm run test:coverage (vitest run --coverage) | Found | web/package.json:7\n", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_NestedNpmPackageWithPlaywrightDeclaredOnly_RunsFromItsFolderAndReportsNoE2e()
    {
        // Given Kavita's UI/Web: an npm package with jest scripts and @playwright/test declared, but no playwright config or tests
        using var dir = new TempDirectory();
        dir.Write("UI/Web/package.json",
            "{\n  \"name\": \"kavita-webui\",\n  \"scripts\": {\n    \"test\": \"jest\",\n    \"test:coverage\": \"jest --coverage\"\n  },\n"
            + "  \"devDependencies\": {\n    \"@playwright/test\": \"^1.30.0\",\n    \"jest\": \"^27.5.1\"\n  }\n}\n");
        dir.Write("UI/Web/package-lock.json", "{\n  \"lockfileVersion\": 2\n}\n");
        dir.Write("UI/Web/src/app/pipe/relationship.pipe.spec.ts", "describe('RelationshipPipe', () => {\n  it('works', () => {});\n});\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then jest runs from UI/Web, and playwright gives neither a framework fact nor a default command
        Assert.Contains("test-command | test | cd UI/Web && npm test (jest) | Found | UI/Web/package.json:4\n", lines, StringComparison.Ordinal);
        Assert.Contains("test-command | test:coverage | cd UI/Web && npm run test:coverage (jest --coverage) | Found | UI/Web/package.json:5\n", lines, StringComparison.Ordinal);
        Assert.DoesNotContain("playwright", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_PlaywrightWithoutConfigButWithTests_IsReported()
    {
        // Given @playwright/test declared with tests that import it, and no config file
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\n  \"devDependencies\": {\n    \"@playwright/test\": \"^1.52.0\"\n  }\n}\n");
        dir.Write("e2e/home.spec.ts", "import { test, expect } from \"@playwright/test\";\n\ntest(\"home\", async ({ page }) => {\n  await page.goto(\"/\");\n});\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then the framework and its standard command are reported
        Assert.Contains("test-framework | e2e | playwright ^1.52.0 | Found | package.json:3\n", lines, StringComparison.Ordinal);
        Assert.Contains("test-command | playwright | npx playwright test | FrameworkDefault | package.json:3\n", lines, StringComparison.Ordinal);
    }
}
