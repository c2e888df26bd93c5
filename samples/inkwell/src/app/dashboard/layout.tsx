import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth";

// Layouts don't re-render on every navigation, so this is not the security boundary:
// each dashboard page and every post action checks the role again.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  await requireRole("AUTHOR", "ADMIN");
  return <div className="space-y-8">{children}</div>;
}
