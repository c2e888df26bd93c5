import Link from "next/link";
import { logOut } from "@/app/actions/auth";
import { SubmitButton } from "@/components/SubmitButton";
import { getCurrentUser } from "@/lib/auth";
import { canWritePosts } from "@/lib/permissions";

export async function Navbar() {
  const user = await getCurrentUser();

  return (
    <header className="border-b border-stone-200 bg-white">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3"
      >
        <Link href="/" className="font-serif text-xl font-semibold text-stone-900">
          Inkwell
        </Link>
        <ul className="flex items-center gap-4 text-sm">
          {user ? (
            <>
              {canWritePosts(user) && (
                <li>
                  <Link href="/dashboard" className="nav-link">
                    Dashboard
                  </Link>
                </li>
              )}
              <li className="text-stone-600">
                <span className="sr-only">Signed in as </span>
                {user.name}
              </li>
              <li>
                <form action={logOut}>
                  <SubmitButton variant="link" pendingLabel="Logging out…">
                    Log out
                  </SubmitButton>
                </form>
              </li>
            </>
          ) : (
            <>
              <li>
                <Link href="/login" className="nav-link">
                  Log in
                </Link>
              </li>
              <li>
                <Link href="/signup" className="btn bg-ink-600 text-white hover:bg-ink-700">
                  Sign up
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
