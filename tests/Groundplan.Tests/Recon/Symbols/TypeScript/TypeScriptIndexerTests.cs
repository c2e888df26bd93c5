using Groundplan.Ingest;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.TypeScript;

namespace Groundplan.Tests.Recon.Symbols.TypeScript;

public sealed class TypeScriptIndexerTests
{
    private static (TypeScriptIndexer Indexer, Codebase Codebase) Load(TempDirectory dir)
    {
        var codebase = new CodebaseLoader().Load(dir.Path);
        return (new TypeScriptIndexer(codebase), codebase);
    }

    private static IReadOnlyList<CodeSymbol> SymbolsOf(string path, string text)
    {
        using var dir = new TempDirectory();
        dir.Write(path, text);
        var (indexer, codebase) = Load(dir);
        return indexer.Symbols(codebase.Find(path)!);
    }

    private static string Row(CodeSymbol s) => $"{s.Kind} {s.Name} {s.StartLine}-{s.EndLine} {s.Container} {(s.Exported ? "exported" : "local")}";

    [Fact]
    public void Symbols_TrickyDeclarations_FindsEachWithItsLines()
    {
        // Given declarations around comments and strings holding keywords, nested generics, a multiline signature and overloads
        const string text = """
            // export function commentedOut() {}
            const banner = "class Fake { }";
            export interface Repo<T extends Record<string, Array<T>>> {
              find(id: string): Promise<T | null>;
            }
            export type Handler = (req: Request) =>
              Promise<Response>;
            export async function load<T>(
              url: string,
              parse: (raw: string) => T,
            ): Promise<{ data: T }> {
              const template = `function inner() { ${url} }`;
              return { data: parse(template) };
            }
            export abstract class Store<T> extends Base<{ id: string }> implements Repo<T> {
              private cache = new Map<string, T>();
              constructor(private readonly name: string) {
                super();
              }
              async get(id: string): Promise<T | undefined> {
                if (id) { return this.cache.get(id); }
              }
              static create = async (name: string) => new Store(name);
              get size(): number { return this.cache.size; }
            }
            export const enum Color { Red, Green }
            export const handler = async (event: Event): Promise<void> => {
              console.log(event);
            };
            let counter = 0;
            """;

        // When it is indexed
        var symbols = SymbolsOf("src/store.ts", text).Select(Row).ToArray();

        // Then every definition is found with the right lines, container and export flag
        Assert.Equal(
        [
            "Constant banner 2-2  local",
            "Interface Repo 3-5  exported",
            "Type Handler 6-7  exported",
            "Function load 8-14  exported",
            "Class Store 15-25  exported",
            "Enum Color 26-26  exported",
            "Function handler 27-29  exported",
            "Variable counter 30-30  local",
            "Method constructor 17-19 Store exported",
            "Method get 20-22 Store exported",
            "Method create 23-23 Store exported",
            "Method size 24-24 Store exported",
        ], symbols);
    }

    [Fact]
    public void Symbols_ReactComponentsAndAnonymousDefault_AreComponentsNamedByDeclarationOrFile()
    {
        // Given a .tsx file with a component function, a memo-wrapped const component, a helper and an anonymous default export
        const string text = """
            import { memo } from "react";
            function Label({ text }: { text: string }) {
              return <span title="it's">{text} isn't {"}"}</span>;
            }
            export const Badge = memo(function Badge() {
              return <Label text="x" />;
            });
            function formatName(name: string) {
              return name.trim();
            }
            export default function () {
              return (
                <div>
                  <Badge />
                </div>
              );
            }
            """;

        // When it is indexed
        var symbols = SymbolsOf("src/app/settings/page.tsx", text).Select(Row).ToArray();

        // Then components are Components, the helper a Function, the anonymous default named after the file
        Assert.Equal(
        [
            "Component Label 2-4  local",
            "Component Badge 5-7  exported",
            "Function formatName 8-10  local",
            "Component page 11-17  exported",
        ], symbols);
    }

    [Fact]
    public void Symbols_ExpressAndNestRoutes_AreRouteSymbols()
    {
        // Given an Express router file and a Nest controller
        using var dir = new TempDirectory();
        dir.Write("src/routes/users.js", "const router = express.Router();\nrouter.get('/users/:id', async (req, res) => {\n  res.json({});\n});\nmap.get('/not-a-route');\nmodule.exports = router;\n");
        dir.Write("src/cats.controller.ts", "@Controller('cats')\nexport class CatsController {\n  @Get()\n  findAll(): string[] {\n    return [];\n  }\n\n  @Post(':id/photos')\n  upload(@Param('id') id: string) {\n    return id;\n  }\n}\n");
        var (indexer, codebase) = Load(dir);

        // When both are indexed
        var routes = codebase.Files.SelectMany(indexer.Symbols).Where(s => s.Kind == SymbolKind.Route).Select(s => $"{s.Name} {s.Path}:{s.StartLine}-{s.EndLine}").ToArray();

        // Then each route carries its method, its path and the handler's lines
        Assert.Equal(["GET /cats src/cats.controller.ts:4-6", "POST /cats/:id/photos src/cats.controller.ts:9-11", "GET /users/:id src/routes/users.js:2-4"], routes);
    }

    [Fact]
    public void Imports_TsconfigPathsWithExtends_ResolveToRepoFiles()
    {
        // Given a tsconfig extending a base config (comments, trailing commas) with paths and baseUrl, and a package.json #alias
        using var dir = new TempDirectory();
        dir.Write("tsconfig.base.json", "{\n  // shared\n  \"compilerOptions\": {\n    \"baseUrl\": \".\",\n    \"paths\": { \"@lib/*\": [\"libs/*/src\"], \"~/*\": [\"app/*\"], },\n  },\n}\n");
        dir.Write("app/tsconfig.json", "{ \"extends\": \"../tsconfig.base.json\", \"compilerOptions\": { \"strict\": true } }\n");
        dir.Write("package.json", "{ \"name\": \"root\", \"imports\": { \"#config\": \"./app/config.ts\" } }\n");
        dir.Write("libs/ui/src/index.tsx", "export const Button = 1;\n");
        dir.Write("app/config.ts", "export const config = {};\n");
        dir.Write("app/util/index.ts", "export {};\n");
        dir.Write("app/esm.ts", "export {};\n");
        dir.Write("app/main.ts", """
            import { Button } from "@lib/ui";
            import {
              x,
            } from "~/util";
            export * from "./esm.js";
            import "#config";
            const lazy = await import("./util");
            const fs = require("node:fs");
            // import nope from "./commented";
            const s = "import fake from './fake'";
            """);
        var (indexer, codebase) = Load(dir);

        // When the entry file's imports are read
        var edges = indexer.Imports(codebase.Find("app/main.ts")!).Select(e => $"{e.Line} {e.Specifier} -> {string.Join(",", e.ToPaths)}").ToArray();

        // Then aliases, relative paths, index files and .js-to-.ts resolve; bare packages are external
        Assert.Equal(
        [
            "1 @lib/ui -> libs/ui/src/index.tsx",
            "2 ~/util -> app/util/index.ts",
            "5 ./esm.js -> app/esm.ts",
            "6 #config -> app/config.ts",
            "7 ./util -> app/util/index.ts",
            "8 node:fs -> ",
        ], edges);
    }

    [Fact]
    public void Imports_WorkspacePackageByName_ResolvesToItsEntry()
    {
        // Given a monorepo whose app imports a workspace package by name
        using var dir = new TempDirectory();
        dir.Write("packages/ui/package.json", "{ \"name\": \"@acme/ui\", \"main\": \"dist/index.js\" }\n");
        dir.Write("packages/ui/src/index.ts", "export {};\n");
        dir.Write("packages/ui/src/button.tsx", "export {};\n");
        dir.Write("apps/web/main.ts", "import { ui } from \"@acme/ui\";\nimport { Button } from \"@acme/ui/button\";\n");
        var (indexer, codebase) = Load(dir);

        // When its imports are read
        var targets = indexer.Imports(codebase.Find("apps/web/main.ts")!).Select(e => string.Join(",", e.ToPaths)).ToArray();

        // Then the package name leads to the source entry (the built main is not in the repo) and subpaths to source files
        Assert.Equal(["packages/ui/src/index.ts", "packages/ui/src/button.tsx"], targets);
    }
}
