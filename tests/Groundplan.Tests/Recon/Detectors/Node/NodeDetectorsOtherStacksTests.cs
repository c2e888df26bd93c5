using Groundplan.Ingest;
using Groundplan.Recon;

namespace Groundplan.Tests.Recon.Detectors.Node;

public sealed class NodeDetectorsOtherStacksTests
{
    [Fact]
    public void Detect_GoAndRailsCodebases_GiveNoFacts()
    {
        // Given a Go service and a Rails app, neither with a package.json
        using var go = new TempDirectory();
        go.Write("go.mod", "module example.com/shop\n\ngo 1.23\n\nrequire github.com/go-chi/chi/v5 v5.1.0\n");
        go.Write("main.go", "package main\n\nimport \"net/http\"\n\nfunc main() {\n\thttp.ListenAndServe(\":8080\", nil)\n}\n");
        go.Write("internal/cache/cache.go", "package cache\n\nvar memoCache = map[string]string{}\n");
        using var rails = new TempDirectory();
        rails.Write("Gemfile", "source \"https://rubygems.org\"\ngem \"rails\", \"~> 7.2\"\n");
        rails.Write("config/routes.rb", "Rails.application.routes.draw do\n  resources :posts\nend\n");
        rails.Write("app/controllers/posts_controller.rb", "class PostsController < ApplicationController\n  before_action :authenticate_user!\nend\n");
        rails.Write("app/javascript/application.js", "import \"@hotwired/turbo-rails\"\n");

        // When recon runs
        var goFacts = NodeFactLines.Facts(go.Path);
        var railsFacts = NodeFactLines.Facts(rails.Path);

        // Then the Node detectors say nothing about either
        Assert.Empty(goFacts);
        Assert.Empty(railsFacts);
    }

    [Fact]
    public void Detect_InvalidRootPackageJson_DiagnosticNamesTheFileAndLine()
    {
        // Given a package.json with a missing comma on line 3
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\n  \"name\": \"broken\"\n  \"version\": \"1.0.0\"\n}\n");

        // When recon runs
        var report = new ReconEngine().Run(new CodebaseLoader().Load(dir.Path));

        // Then each Node detector reports the input problem with the file and position, and gives no facts
        Assert.Contains(report.Diagnostics, d => d.Contains("node.stack", StringComparison.Ordinal) && d.Contains("package.json:3", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Facts, f => ReconFactText.IsFrom(f, "node."));
    }

    [Fact]
    public void Detect_NoMigrationOrTestScripts_FlagsTheStandardCommands()
    {
        // Given a JavaScript Express app with Prisma and Vitest but no scripts for either
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\n  \"dependencies\": {\n    \"@prisma/client\": \"^6.1.0\",\n    \"express\": \"^4.21.0\"\n  },\n  \"devDependencies\": {\n    \"vitest\": \"^2.1.0\"\n  }\n}\n");
        dir.Write("prisma/schema.prisma", "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:dev.db\"\n}\n\nmodel Todo {\n  id    Int    @id @default(autoincrement())\n  title String\n}\n");
        dir.Write("src/index.js", "const express = require(\"express\");\nconst app = express();\napp.listen(3000);\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then the standard commands are flagged as framework defaults, each citing why
        Assert.Contains("migration-command | prisma | npx prisma migrate dev --name <name> | FrameworkDefault | prisma/schema.prisma:2\n", lines, StringComparison.Ordinal);
        Assert.Contains("test-command | vitest | npx vitest run | FrameworkDefault | package.json:7\n", lines, StringComparison.Ordinal);
        Assert.Contains("entry-point | src/index.js | HTTP server (listen) | Found | src/index.js:3\n", lines, StringComparison.Ordinal);
    }
}
