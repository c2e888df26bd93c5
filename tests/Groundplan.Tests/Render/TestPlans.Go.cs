using Groundplan.Model.Plans;
using Groundplan.Model.Recon;

namespace Groundplan.Tests.Render;

internal static partial class TestPlans
{
    public static ImplementationPlan GoEndpoint() => new()
    {
        Title = "Rate-limit login attempts",
        Slug = "rate-limit-login-attempts",
        Summary = "Reject a sixth failed login for the same account within 15 minutes with HTTP 429, so password guessing gets expensive.",
        Request = "rate-limit login attempts",
        Goals = ["`POST /login` answers 429 with `Retry-After` after five failures in 15 minutes."],
        NonGoals = ["CAPTCHA.", "Rate limits on other endpoints."],
        Requirements = [new("Count failures per account, not per IP."), new("The limiter adds under 1 ms per request.", Functional: false)],
        Constraints = ["No new dependency: use `sync.Mutex` and a map, as `internal/cache/memory.go` does."],
        Snapshot = [new("Language", "Go 1.22", [new Evidence("go.mod", 3, "go 1.22")]), new("Router", "`net/http` `ServeMux`", [new Evidence("cmd/server/main.go", 21)])],
        ImpactedFiles =
        [
            new("internal/auth/limiter.go", ChangeType.New, "The failure counter."),
            new("internal/auth/handler.go", ChangeType.Edit, "Consult the limiter in `Login`."),
            new("internal/auth/limiter_test.go", ChangeType.New, "Unit tests for the limiter."),
        ],
        Phases =
        [
            new() { Kind = PhaseKind.DataLayer, Title = "Data Layer & Schema", NotNeeded = "counts live in memory; no schema change." },
            new()
            {
                Kind = PhaseKind.Backend, Title = "Backend Logic", Overview = "The login handler refuses a sixth failure with 429.",
                ValidationCommands = ["go vet ./...", "go test ./internal/auth/..."],
                Tasks =
                [
                    new PlanTask
                    {
                        Title = "Add the LoginLimiter",
                        Files = ["internal/auth/limiter.go"],
                        Steps =
                        [
                            new("Create `internal/auth/limiter.go` with `type LoginLimiter struct`."),
                            new("Write `func (l *LoginLimiter) Allow(account string, now time.Time) (bool, time.Duration)`."),
                            new("Write `func (l *LoginLimiter) Fail(account string, now time.Time)` and `Reset(account string)`."),
                        ],
                        Signatures =
                        [
                            new CodeBlock("go", "// LoginLimiter counts failed logins per account in a sliding window.\ntype LoginLimiter struct {\n\tMax    int           `json:\"max\"`\n\tWindow time.Duration `json:\"window\"`\n}\n\nfunc NewLoginLimiter(max int, window time.Duration) *LoginLimiter\nfunc (l *LoginLimiter) Allow(account string, now time.Time) (bool, time.Duration)"),
                        ],
                        Responsibilities = ["Guard the map with a mutex like `internal/cache/memory.go:12-30`."],
                        TestSignatures = [new CodeBlock("go", "func TestLoginLimiter_SixthFailure_Blocked(t *testing.T)\nfunc TestLoginLimiter_WindowPassed_Allowed(t *testing.T)")],
                        TestObjectives = ["Five failures pass, the sixth blocks.", "After the window the account is allowed again."],
                        Context = ["Table-driven tests as in `internal/auth/handler_test.go:15-23`."],
                    },
                    new PlanTask
                    {
                        Title = "Wire the limiter into Login",
                        Files = ["internal/auth/handler.go", "cmd/server/main.go"],
                        Steps =
                        [
                            new("In `internal/auth/handler.go`, call `limiter.Allow` before checking the password in `Login`."),
                            new("Answer `http.StatusTooManyRequests` with a `Retry-After` header when blocked."),
                            new("In `cmd/server/main.go`, build `auth.NewLoginLimiter(5, 15*time.Minute)` and pass it to `NewHandler`."),
                        ],
                        TestSignatures = [new CodeBlock("go", "// Existing tests that may require updates:\nfunc TestLogin_WrongPassword(t *testing.T) // May need: a limiter in the handler")],
                    },
                ],
            },
            new() { Kind = PhaseKind.Frontend, Title = "Frontend Implementation", NotNeeded = "the service has no UI." },
            new()
            {
                Kind = PhaseKind.Testing, Title = "Testing and Validation", Overview = "Tests cover the limiter and the handler.",
                ValidationCommands = ["go test ./..."],
                Tasks = [new PlanTask { Title = "Unit Tests (go test)", Files = ["internal/auth/limiter_test.go"], Steps = [new("Run `go test ./internal/auth/...`.")] }],
            },
        ],
        Contracts = [new("response", "429 Too Many Requests", "Empty body; `Retry-After` in seconds.")],
        Tests = [new PlanTest { Path = "internal/auth/limiter_test.go", IsNew = true, Kind = "unit", Framework = "go test", Names = ["TestLoginLimiter_SixthFailure_Blocked"] }],
        ValidationCommands = ["make test", "go vet ./..."],
        VerificationChecklist = ["Six wrong passwords in a row give 429 on the sixth."],
        Rollout = ["Ship behind no flag; limits are conservative."],
        Rollback = ["Revert the commit; no data to migrate."],
        KeyDiscoveries = [new("Handlers take dependencies through `NewHandler`", "internal/auth/handler.go", 18, 25)],
        CompletenessAudit = ["No schema change needed."],
        CodeLanguage = "go",
    };
}
