using Groundplan.Ingest;
using Groundplan.Retrieve;

namespace Groundplan.Tests.Retrieve;

public sealed class NameKinTests
{
    [Fact]
    public void Of_SameTwoLeadingWordsAcrossFolders_GroupedWithGroupSize()
    {
        // Given files in different folders and languages whose names begin with the same two words, and others that share one
        using var dir = new TempDirectory();
        dir.Write("API/DTOs/ServerSettingDto.cs", "class A {}\n");
        dir.Write("API/Enums/ServerSettingKey.cs", "enum B {}\n");
        dir.Write("UI/src/app/server-settings.ts", "export const c = 1;\n");
        dir.Write("UI/src/app/server.service.ts", "export const d = 1;\n");
        dir.Write("templates/add_pushover.html", "<p></p>\n");
        dir.Write("hc/front/tests/test_add_pushover.py", "def test_x():\n    pass\n");
        var files = new CodebaseLoader().Load(dir.Path).Files;
        var kin = NameKin.Build(files);
        int Index(string path) => files.Select((f, i) => (f.Path, i)).Single(p => p.Path == path).i;

        // When the kin of each are asked for
        var ofDto = kin.Of(Index("API/DTOs/ServerSettingDto.cs")).Select(k => k.File).Order().ToArray();
        var ofTemplate = kin.Of(Index("templates/add_pushover.html")).ToArray();

        // Then the two-word namesakes are found (a leading "test" dropped), and a one-word match is not
        Assert.Equal(new[] { Index("API/Enums/ServerSettingKey.cs"), Index("UI/src/app/server-settings.ts") }.Order(), ofDto);
        Assert.Equal([(Index("hc/front/tests/test_add_pushover.py"), 2)], ofTemplate);
        Assert.Empty(kin.Of(Index("UI/src/app/server.service.ts")));
    }

    [Fact]
    public void Of_CommonLeadingWords_NoKin()
    {
        // Given more files beginning with "get user" than one feature's name would have
        using var dir = new TempDirectory();
        for (var i = 0; i <= NameKin.MaxGroup; i++)
        {
            dir.Write($"queries/getUser{(char)('A' + i)}x{(char)('a' + i)}.ts", "export const x = 1;\n");
        }

        var files = new CodebaseLoader().Load(dir.Path).Files;

        // When kin are asked for; Then the common phrase ties nothing
        Assert.Equal(NameKin.MaxGroup + 1, files.Count);
        Assert.Empty(NameKin.Build(files).Of(0));
    }

    [Fact]
    public void Rank_BackendHitWithFrontendNamesake_NamesakeRanksWithNameReason()
    {
        // Given a backend entity that matches the request and a frontend section that shares its name but no request word
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module example.com/app\n\ngo 1.22\n");
        dir.Write("server/system_setting.go", "package server\n\n// VacuumDatabase compacts the database file.\nfunc VacuumDatabase() error { return nil }\n");
        dir.Write("server/memo.go", "package server\n\nfunc ListMemos() {}\n");
        dir.Write("web/src/components/SystemSettingSection.tsx", "export function SystemSettingSection() { return null; }\n");
        dir.Write("web/src/components/MemoList.tsx", "export function MemoList() { return null; }\n");

        // When a request names only what the backend does
        var result = RetrieveFixture.Rank(dir.Path, "vacuum the database");
        var off = RetrieveFixture.Rank(dir.Path, "vacuum the database", options: new RankingOptions { NameWeight = 0 });

        // Then the frontend section comes with a name reason pointing at the backend file; with the signal off it does not
        var section = Assert.Single(result.RankedFiles, f => f.Path == "web/src/components/SystemSettingSection.tsx");
        Assert.Contains(section.Reasons, r => r.Signal == "name" && r.Detail.Contains("server/system_setting.go", StringComparison.Ordinal));
        Assert.DoesNotContain(result.RankedFiles, f => f.Path == "web/src/components/MemoList.tsx");
        Assert.DoesNotContain(off.RankedFiles, f => f.Path == "web/src/components/SystemSettingSection.tsx");
    }
}
