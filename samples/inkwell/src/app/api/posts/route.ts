import { NextResponse, type NextRequest } from "next/server";
import { getPublishedPosts } from "@/lib/data/posts";
import { postListQuerySchema } from "@/lib/validation/post";

/** GET /api/posts?tag=<slug>&page=<n>: the public post list as JSON, served from the same cache as the home page. */
export async function GET(request: NextRequest) {
  const { tag, page } = postListQuerySchema.parse(
    Object.fromEntries(request.nextUrl.searchParams),
  );
  const result = await getPublishedPosts(tag, page);
  return NextResponse.json(result);
}
