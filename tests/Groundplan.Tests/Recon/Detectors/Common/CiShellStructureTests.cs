namespace Groundplan.Tests.Recon.Detectors.Common;

/// <summary>Run blocks copied from real workflows (usememos/memos, umami-software/umami, Kareadita/Kavita) whose shell structure recon once cut into fake commands.</summary>
public sealed class CiShellStructureTests
{
    [Fact]
    public void Detect_CaseBlock_KeepsTheCommandOfEachBranchAndDropsThePatterns()
    {
        // Given memos' backend-tests.yml, which picks the go test run with case … esac
        using var dir = new TempDirectory();
        dir.Write(".github/workflows/backend-tests.yml", """
            name: Backend Tests
            jobs:
              tests:
                steps:
                  - name: Run tests
                    run: |
                      case "${{ matrix.test-group }}" in
                        store)
                          # Run store tests for all drivers (sqlite, mysql, postgres)
                          go test -v -coverprofile=coverage.out -covermode=atomic ./store/...
                          ;;
                        server)
                          go test -v -race -coverprofile=coverage.out -covermode=atomic ./server/...
                          ;;
                        internal)
                          go test -v -race -coverprofile=coverage.out -covermode=atomic ./internal/...
                          ;;
                        other)
                          go test -v -race -coverprofile=coverage.out -covermode=atomic \
                            ./cmd/... ./internal/... ./proto/...
                          ;;
                      esac
            """);

        // When the CI detector runs
        var lines = CommonFacts.Lines(CommonFacts.Facts(dir.Path).Where(f => f.Topic == "ci-command"));

        // Then only the four go test runs are commands, each at its own line
        Assert.Equal(
            "ci-command | Backend Tests / tests | go test -v -coverprofile=coverage.out -covermode=atomic ./store/... | Found | .github/workflows/backend-tests.yml:10\n" +
            "ci-command | Backend Tests / tests | go test -v -race -coverprofile=coverage.out -covermode=atomic ./cmd/... ./internal/... ./proto/... | Found | .github/workflows/backend-tests.yml:19\n" +
            "ci-command | Backend Tests / tests | go test -v -race -coverprofile=coverage.out -covermode=atomic ./internal/... | Found | .github/workflows/backend-tests.yml:16\n" +
            "ci-command | Backend Tests / tests | go test -v -race -coverprofile=coverage.out -covermode=atomic ./server/... | Found | .github/workflows/backend-tests.yml:13\n",
            lines);
    }

    [Fact]
    public void Detect_IfBlocksWithOutputsAndAssignments_KeepsOnlyTheCommandsInsideTheBranches()
    {
        // Given memos' release.yml steps: version parsing (tests, echo to GITHUB_OUTPUT, exit), a build and packaging
        using var dir = new TempDirectory();
        dir.Write(".github/workflows/release.yml", """
            name: Release
            jobs:
              prepare:
                steps:
                  - name: Extract version
                    run: |
                      if [ "$EVENT_NAME" = "workflow_dispatch" ]; then
                        echo "tag=" >> "$GITHUB_OUTPUT"
                        exit 0
                      fi

                      if [[ ! "$REF_NAME" =~ ^v([0-9]+\.[0-9]+\.[0-9]+)(-rc\.[0-9]+)?$ ]]; then
                        echo "Unsupported release tag format: $REF_NAME" >&2
                        exit 1
                      fi

                      version="${BASH_REMATCH[1]}${BASH_REMATCH[2]}"
                      is_prerelease=false
                      if [ -n "${BASH_REMATCH[2]}" ]; then
                        is_prerelease=true
                      fi
                      echo "is_prerelease=${is_prerelease}" >> "$GITHUB_OUTPUT"
              build-binaries:
                steps:
                  - name: Package binary
                    run: |
                      cd build

                      package_name="${ARTIFACT_PREFIX}_${VERSION}_${GOOS}_${GOARCH}"
                      if [ -n "$GOARM" ]; then
                        package_name="${package_name}v${GOARM}"
                      fi

                      if [ "$GOOS" = "windows" ]; then
                        artifact_name="${package_name}.zip"
                        zip -q "${artifact_name}" memos.exe
                      else
                        artifact_name="${package_name}.tar.gz"
                        tar czf "${artifact_name}" memos
                      fi

                      echo "artifact_name=${artifact_name}" >> "$GITHUB_ENV"
              merge-images:
                steps:
                  - name: Inspect images
                    run: |
                      docker buildx imagetools inspect neosmemo/memos:${{ needs.prepare.outputs.version }}
                      if [ "${{ needs.prepare.outputs.is_prerelease }}" = "true" ]; then
                        exit 0
                      fi

                      docker buildx imagetools inspect neosmemo/memos:stable
            """);

        // When the CI detector runs
        var lines = CommonFacts.Lines(CommonFacts.Facts(dir.Path).Where(f => f.Topic == "ci-command"));

        // Then no if/else/fi, echo, exit or assignment is a command; cd, zip, tar and docker are
        Assert.Equal(
            "ci-command | Release / build-binaries | cd build | Found | .github/workflows/release.yml:27\n" +
            "ci-command | Release / build-binaries | tar czf \"${artifact_name}\" memos | Found | .github/workflows/release.yml:39\n" +
            "ci-command | Release / build-binaries | zip -q \"${artifact_name}\" memos.exe | Found | .github/workflows/release.yml:36\n" +
            "ci-command | Release / merge-images | docker buildx imagetools inspect neosmemo/memos:${{ needs.prepare.outputs.version }} | Found | .github/workflows/release.yml:47\n" +
            "ci-command | Release / merge-images | docker buildx imagetools inspect neosmemo/memos:stable | Found | .github/workflows/release.yml:52\n",
            lines);
    }

    [Fact]
    public void Detect_ScriptOfTestsAndAssignmentsOnly_ReportsNothingForIt()
    {
        // Given umami's cd.yml tag computation (nested if/elif/else, assignments, echo) beside its CI test step,
        // and memos' proto-linter check whose only command sits inside a [[ ]] test
        using var dir = new TempDirectory();
        dir.Write(".github/workflows/cd.yml", """
            name: Create docker images
            jobs:
              build:
                steps:
                  - name: Compute version tags
                    run: |
                      INPUT="${{ github.event.inputs.version }}"
                      REF_TYPE="${{ github.ref_type }}"

                      # Determine version source
                      if [[ -n "$INPUT" ]]; then
                        VERSION="${INPUT#v}"
                      elif [[ "$REF_TYPE" == "tag" ]]; then
                        VERSION="${REF_NAME#v}"
                      else
                        VERSION=""
                      fi

                      if [[ -n "$VERSION" ]]; then
                        MAJOR=$(echo "$VERSION" | cut -d. -f1)

                        if [[ "$VERSION" == *-* ]]; then
                          # prerelease: only version tag
                          DOCKER_TAGS="umamisoftware/umami:$VERSION"
                        else
                          DOCKER_TAGS="$DOCKER_TAGS,umamisoftware/umami:${MAJOR}"
                          if [[ "$REF_TYPE" == "tag" ]] || [[ "$INCLUDE_LATEST" == "true" ]]; then
                            DOCKER_TAGS="$DOCKER_TAGS,umamisoftware/umami:latest"
                          fi
                        fi
                      fi

                      echo "docker_tags=$DOCKER_TAGS" >> $GITHUB_OUTPUT
                  - run: pnpm test
            """);
        dir.Write(".github/workflows/proto-linter.yml", """
            name: Proto Linter
            jobs:
              lint:
                steps:
                  - name: Check buf format
                    run: |
                      if [[ $(buf format -d) ]]; then
                        echo "❌ Proto files are not formatted. Run 'buf format -w' to fix."
                        exit 1
                      fi
            """);

        // When the CI detector runs
        var lines = CommonFacts.Lines(CommonFacts.Facts(dir.Path).Where(f => f.Topic == "ci-command"));

        // Then only the real test run is a command
        Assert.Equal("ci-command | Create docker images / build | pnpm test | Found | .github/workflows/cd.yml:34\n", lines);
    }

    [Fact]
    public void Detect_StringOverSeveralLines_IsOneStatementNotTwoCommands()
    {
        // Given Kavita's sonar-scan.yml: a quoted changelog that runs over three lines, ${…} rewrites with $'…' quotes,
        // and the web build step
        using var dir = new TempDirectory();
        dir.Write(".github/workflows/sonar-scan.yml", """
            name: .NET Build Test and Sonar Scan
            jobs:
              develop:
                steps:
                  - name: Parse PR body
                    run: |
                      body="${{ steps.findPr.outputs.body }}"
                      if [[ ${#body} -gt 1870 ]] ; then
                        body=${body:0:1870}
                        body="${body}...and much more.

                        Read full changelog: https://github.com/Kareadita/Kavita/pull/${{ steps.findPr.outputs.pr }}"
                      fi

                      body=${body//\'/}
                      body=${body//'%'/'%25'}
                      body=${body//$'\n'/'%0A'}
                      body=${body//$'`'/'%60'}
                      echo $body
                      echo "::set-output name=BODY::$body"
                  - run: |
                      cd UI/Web || exit
                      echo 'Installing web dependencies'
                      npm ci

                      echo 'Building UI'
                      npm run prod
                      rsync -a dist/ ../../API/wwwroot/
            """);

        // When the CI detector runs
        var lines = CommonFacts.Lines(CommonFacts.Facts(dir.Path).Where(f => f.Topic == "ci-command"));

        // Then neither half of the string is a command, and the build step's commands are all there
        Assert.Equal(
            "ci-command | .NET Build Test and Sonar Scan / develop | cd UI/Web || exit | Found | .github/workflows/sonar-scan.yml:22\n" +
            "ci-command | .NET Build Test and Sonar Scan / develop | npm ci | Found | .github/workflows/sonar-scan.yml:24\n" +
            "ci-command | .NET Build Test and Sonar Scan / develop | npm run prod | Found | .github/workflows/sonar-scan.yml:27\n" +
            "ci-command | .NET Build Test and Sonar Scan / develop | rsync -a dist/ ../../API/wwwroot/ | Found | .github/workflows/sonar-scan.yml:28\n",
            lines);
    }
}
