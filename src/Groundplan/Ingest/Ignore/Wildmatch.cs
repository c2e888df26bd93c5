namespace Groundplan.Ingest.Ignore;

/// <summary>
/// Git's glob matcher (<c>wildmatch</c>) over UTF-8 bytes: <c>*</c>, <c>?</c>, <c>[...]</c> with ranges, <c>[!...]</c>,
/// <c>[^...]</c> and POSIX classes, backslash escapes, and <c>**</c> that crosses directories only when it stands
/// between slashes or at an end.
/// </summary>
/// <remarks>
/// It works on bytes, not characters, because git does: <c>?</c> matches one byte of a multi-byte character, so
/// our answers agree with <c>git check-ignore</c> even on non-ASCII names. The end of either span reads as NUL,
/// which keeps the control flow a faithful mirror of git's C (patterns are cut at their first NUL when parsed).
/// </remarks>
internal static partial class Wildmatch
{
    private enum Outcome
    {
        Match,
        NoMatch,
        AbortAll,
        AbortToDoubleStar,
    }

    /// <summary>Whether <paramref name="text"/> matches <paramref name="pattern"/>; with <paramref name="pathname"/>, wildcards other than <c>**</c> stop at '/'.</summary>
    public static bool IsMatch(ReadOnlySpan<byte> pattern, ReadOnlySpan<byte> text, bool pathname) =>
        Run(pattern, text, pathname) == Outcome.Match;

    /// <summary>Git's "glob special" bytes: where a literal prefix of a pattern ends.</summary>
    public static bool IsSpecial(byte b) => b is (byte)'*' or (byte)'?' or (byte)'[' or (byte)'\\';

    private static byte At(ReadOnlySpan<byte> s, int i) => i < s.Length ? s[i] : (byte)0;

    private static Outcome Run(ReadOnlySpan<byte> p, ReadOnlySpan<byte> t, bool pathname)
    {
        int pi = 0, ti = 0;
        for (; pi < p.Length; pi++, ti++)
        {
            var pc = p[pi];
            var tc = At(t, ti);
            if (tc == 0 && pc != '*')
            {
                return Outcome.AbortAll;
            }

            switch (pc)
            {
                case (byte)'\\':
                    // A trailing backslash reads as NUL, which no text byte equals.
                    if (tc != At(p, ++pi))
                    {
                        return Outcome.NoMatch;
                    }

                    continue;
                case (byte)'?':
                    if (pathname && tc == '/')
                    {
                        return Outcome.NoMatch;
                    }

                    continue;
                case (byte)'[':
                    if (!MatchClass(p, ref pi, tc, pathname, out var classOutcome))
                    {
                        return classOutcome;
                    }

                    continue;
                case (byte)'*':
                    var star = MatchStar(p, ref pi, t, ref ti, pathname);
                    if (star is { } final)
                    {
                        return final;
                    }

                    // A single '*' before '/' consumed the segment; the loop steps over the slash in both.
                    continue;
                default:
                    if (tc != pc)
                    {
                        return Outcome.NoMatch;
                    }

                    continue;
            }
        }

        return ti < t.Length ? Outcome.NoMatch : Outcome.Match;
    }

    /// <summary>Handles a run of stars at <paramref name="pi"/>; returns the final outcome, or null to continue the main loop.</summary>
    private static Outcome? MatchStar(ReadOnlySpan<byte> p, ref int pi, ReadOnlySpan<byte> t, ref int ti, bool pathname)
    {
        bool matchSlash;
        if (At(p, ++pi) == '*')
        {
            var before = pi - 2;
            while (At(p, ++pi) == '*')
            {
            }

            if (!pathname)
            {
                matchSlash = true;
            }
            else if ((before < 0 || p[before] == '/') &&
                     (pi == p.Length || p[pi] == '/' || (p[pi] == '\\' && At(p, pi + 1) == '/')))
            {
                // "a/**/b" also matches "a/b": try the rest of the pattern with "**/" matching nothing.
                if (At(p, pi) == '/' && Run(p[(pi + 1)..], t[ti..], pathname) == Outcome.Match)
                {
                    return Outcome.Match;
                }

                matchSlash = true;
            }
            else
            {
                matchSlash = false;
            }
        }
        else
        {
            matchSlash = !pathname;
        }

        if (pi == p.Length)
        {
            // A trailing "**" takes everything; a trailing "*" only the rest of this segment.
            return !matchSlash && t[ti..].Contains((byte)'/') ? Outcome.NoMatch : Outcome.Match;
        }

        if (!matchSlash && p[pi] == '/')
        {
            var slash = t[ti..].IndexOf((byte)'/');
            if (slash < 0)
            {
                return Outcome.NoMatch;
            }

            ti += slash;
            return null;
        }

        return MatchStarTail(p[pi..], t, ti, pathname, matchSlash);
    }

    private static Outcome MatchStarTail(ReadOnlySpan<byte> rest, ReadOnlySpan<byte> t, int ti, bool pathname, bool matchSlash)
    {
        while (ti < t.Length)
        {
            // A literal after the star: skip ahead to its next occurrence (never past '/' for a single star).
            if (!IsSpecial(rest[0]))
            {
                var literal = rest[0];
                while (ti < t.Length && (matchSlash || t[ti] != '/') && t[ti] != literal)
                {
                    ti++;
                }

                if (At(t, ti) != literal)
                {
                    return Outcome.NoMatch;
                }
            }

            var outcome = Run(rest, t[ti..], pathname);
            if (outcome != Outcome.NoMatch)
            {
                if (!matchSlash || outcome != Outcome.AbortToDoubleStar)
                {
                    return outcome;
                }
            }
            else if (!matchSlash && t[ti] == '/')
            {
                return Outcome.AbortToDoubleStar;
            }

            ti++;
        }

        return Outcome.AbortAll;
    }
}
