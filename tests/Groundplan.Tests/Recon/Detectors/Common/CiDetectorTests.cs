namespace Groundplan.Tests.Recon.Detectors.Common;

public sealed class CiDetectorTests
{
    [Fact]
    public void Detect_GitLabCircleAndAzure_EachScriptLineWithItsLine()
    {
        // Given one pipeline of each kind
        using var dir = new TempDirectory();
        dir.Write(".gitlab-ci.yml", "stages: [test]\n.template:\n  script: [echo hidden]\ntest:\n  stage: test\n  before_script:\n    - bundle install\n  script:\n    - bin/rails test\n");
        dir.Write(".circleci/config.yml", "version: 2.1\njobs:\n  build:\n    steps:\n      - checkout\n      - run: go vet ./...\n      - run:\n          name: Test\n          command: go test ./...\n");
        dir.Write("azure-pipelines.yml", "jobs:\n  - job: Build\n    steps:\n      - script: dotnet build\n      - bash: |\n          dotnet test\n");

        // When the CI detector runs
        var lines = CommonFacts.Lines(CommonFacts.Facts(dir.Path));

        // Then every command is there, named by its job, and hidden GitLab templates are not
        Assert.Equal(
            "ci-command | azure / Build | dotnet build | Found | azure-pipelines.yml:4\n" +
            "ci-command | azure / Build | dotnet test | Found | azure-pipelines.yml:6\n" +
            "ci-command | circleci / build | go test ./... | Found | .circleci/config.yml:9\n" +
            "ci-command | circleci / build | go vet ./... | Found | .circleci/config.yml:6\n" +
            "ci-command | gitlab / test | bin/rails test | Found | .gitlab-ci.yml:9\n" +
            "ci-command | gitlab / test | bundle install | Found | .gitlab-ci.yml:7\n" +
            "directory-role | .circleci/ | CircleCI configuration | Found | .circleci/config.yml:1\n",
            lines);
    }

    [Fact]
    public void Detect_MalformedWorkflow_SkipsItAndKeepsTheOthers()
    {
        // Given one workflow that is not valid YAML beside one that is
        using var dir = new TempDirectory();
        dir.Write(".github/workflows/broken.yml", "jobs:\n  x: [unclosed\n");
        dir.Write(".github/workflows/ok.yml", "jobs:\n  test:\n    steps:\n      - run: make test\n");

        // When recon runs
        var report = CommonFacts.Run(dir.Path);

        // Then the valid workflow's command is reported, nothing is invented for the broken one, and nothing failed
        Assert.Empty(report.Diagnostics);
        var fact = Assert.Single(report.About("ci-command"), f => f.Status == Groundplan.Model.Recon.FactStatus.Found);
        Assert.Equal("ok.yml / test | make test | .github/workflows/ok.yml:4", $"{fact.Name} | {fact.Value} | {fact.Evidence[0].Path}:{fact.Evidence[0].Line}");
    }
}
