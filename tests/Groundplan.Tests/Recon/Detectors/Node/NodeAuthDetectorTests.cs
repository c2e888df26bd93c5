namespace Groundplan.Tests.Recon.Detectors.Node;

public sealed class NodeAuthDetectorTests
{
    private const string Manifest = "{\n  \"name\": \"analytics\",\n  \"dependencies\": {\n    \"next\": \"15.5.9\",\n    \"bcryptjs\": \"^3.0.2\"\n  }\n}\n";

    [Fact]
    public void Detect_CheckAndEnsureHelpersThatAreNotPermissions_AreNotAuthorization()
    {
        // Given a password check, an update check, an array utility and a Markdown helper beside real permission helpers
        using var dir = new TempDirectory();
        dir.Write("package.json", Manifest);
        dir.Write("src/lib/password.ts", "import bcrypt from 'bcryptjs';\n\nexport function checkPassword(password: string, passwordHash: string) {\n  return bcrypt.compareSync(password, passwordHash);\n}\n");
        dir.Write("src/store/version.ts", "export async function checkVersion() {\n  const data = await fetch(UPDATES_URL);\n  return data.json();\n}\n");
        dir.Write("src/lib/utils.ts", "export function ensureArray(arr?: any) {\n  if (arr === undefined || arr === null) return [];\n  return Array.isArray(arr) ? arr : [arr];\n}\n");
        dir.Write("src/utils/markdown-task-actions.ts", "export function checkAllTasks(markdown: string): string {\n  return setAllTaskMarkers(markdown, true);\n}\n");
        dir.Write("src/permissions/website.ts", "export async function canViewWebsite({ user }: Auth, websiteId: string) {\n  return user?.isAdmin;\n}\n\nexport function ensureTeamAdmin(user: User) {\n  if (user.role !== 'admin') throw new Error('Forbidden');\n}\n");
        dir.Write("src/app/api/websites/route.ts",
            "import { checkPassword } from '@/lib/password';\nimport { ensureArray } from '@/lib/utils';\n\nexport async function GET(request: Request) {\n"
            + "  const ok = checkPassword(body.password, user.password);\n  const ids = ensureArray(query.id);\n  checkVersion();\n  checkAllTasks(text);\n"
            + "  if (!(await canViewWebsite(auth, websiteId))) return unauthorized();\n  ensureTeamAdmin(auth.user);\n}\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then only the helpers named for permissions are authorization facts
        Assert.Equal(
            "authorization | canViewWebsite | canViewWebsite helper in src/permissions/website.ts (1 call site) | Found | src/permissions/website.ts:1,src/app/api/websites/route.ts:9\n"
            + "authorization | ensureTeamAdmin | ensureTeamAdmin helper in src/permissions/website.ts (1 call site) | Found | src/permissions/website.ts:5,src/app/api/websites/route.ts:10\n",
            Only(lines, "authorization"));
    }

    [Fact]
    public void Detect_CheckAuthReadingTheBearerToken_IsAnAuthenticationCheckNotAPermission()
    {
        // Given umami's checkAuth, which resolves the bearer token, and a getUser that only queries Prisma by id
        using var dir = new TempDirectory();
        dir.Write("package.json", Manifest);
        dir.Write("src/lib/auth.ts",
            "export function getBearerToken(request: Request) {\n  const auth = request.headers.get('authorization');\n  return auth?.split(' ')[1];\n}\n\n"
            + "export async function checkAuth(request: Request) {\n  const token = getBearerToken(request);\n  const payload = parseSecureToken(token, secret());\n  return payload ? { user: await getUser(payload.userId) } : null;\n}\n");
        dir.Write("src/queries/prisma/user.ts",
            "export async function getUser(userId: string, options: GetUserOptions = {}) {\n  return findUser(\n    {\n      where: {\n        id: userId,\n      },\n    },\n    options,\n  );\n}\n");
        dir.Write("src/lib/request.ts", "export async function parseRequest(request: Request) {\n  const auth = await checkAuth(request);\n  return { auth };\n}\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then checkAuth is reported under authentication with its call site, and the Prisma query is no session helper
        Assert.Equal(
            "authentication | checkAuth | authentication check checkAuth() in src/lib/auth.ts (1 call site) | Found | src/lib/auth.ts:6,src/lib/request.ts:2\n",
            Only(lines, "authentication"));
        Assert.Equal(string.Empty, Only(lines, "authorization"));
    }

    [Fact]
    public void Detect_GetUserReadingTheSessionCookie_IsASessionHelper()
    {
        // Given a getUser that reads the session cookie
        using var dir = new TempDirectory();
        dir.Write("package.json", Manifest);
        dir.Write("src/lib/session.ts",
            "import { cookies } from 'next/headers';\n\nexport async function getUser() {\n  const token = (await cookies()).get('sid')?.value;\n  return token ? findSession(token) : null;\n}\n");
        dir.Write("src/app/page.tsx", "export default async function Home() {\n  const user = await getUser();\n  return <main>{user?.name}</main>;\n}\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then it is a session helper
        Assert.Contains("authentication | getUser | session helper getUser() in src/lib/session.ts (1 call site) | Found | src/lib/session.ts:3,src/app/page.tsx:2\n", lines, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@angular/router", "Angular route guard (CanActivate)")]
    [InlineData("@nestjs/common", "NestJS guard (CanActivate)")]
    public void Detect_CanActivateGuard_TakesTheFrameworkFromTheImport(string module, string expected)
    {
        // Given a guard class that implements CanActivate imported from one framework
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\n  \"dependencies\": {\n    \"@angular/core\": \"^15.1.2\",\n    \"@nestjs/core\": \"^10.0.0\"\n  }\n}\n");
        dir.Write("src/app/_guards/admin.guard.ts",
            $"import {{ Injectable }} from '@angular/core';\nimport {{ CanActivate }} from '{module}';\n\n@Injectable({{\n  providedIn: 'root'\n}})\n"
            + "export class AdminGuard implements CanActivate {\n  constructor(private accountService: AccountService) {}\n}\n");

        // When recon runs
        var lines = NodeFactLines.Render(NodeFactLines.Facts(dir.Path));

        // Then the guard is labelled with that framework, citing the import
        Assert.Equal($"authorization | AdminGuard | {expected} | Found | src/app/_guards/admin.guard.ts:7,src/app/_guards/admin.guard.ts:2\n", Only(lines, "authorization"));
    }

    private static string Only(string lines, string topic) =>
        string.Concat(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith(topic + " |", StringComparison.Ordinal)).Select(l => l + "\n"));
}
