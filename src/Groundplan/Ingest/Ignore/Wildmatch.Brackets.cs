namespace Groundplan.Ingest.Ignore;

/// <summary>Bracket expressions: <c>[abc]</c>, ranges, <c>[!...]</c> and <c>[^...]</c>, escapes and <c>[:class:]</c> names.</summary>
internal static partial class Wildmatch
{
    /// <summary>Matches a bracket expression starting at <paramref name="pi"/> ('['); leaves <paramref name="pi"/> on its ']'.</summary>
    private static bool MatchClass(ReadOnlySpan<byte> p, ref int pi, byte tc, bool pathname, out Outcome failure)
    {
        var pc = At(p, ++pi);
        if (pc == '^')
        {
            pc = (byte)'!';
        }

        var negated = pc == '!';
        if (negated)
        {
            pc = At(p, ++pi);
        }

        byte previous = 0;
        var matched = false;
        failure = Outcome.AbortAll;

        // The first member is taken literally even when it is ']', as in git.
        do
        {
            if (pc == 0)
            {
                return false;
            }

            if (pc == '\\')
            {
                pc = At(p, ++pi);
                if (pc == 0)
                {
                    return false;
                }

                matched |= tc == pc;
            }
            else if (pc == '-' && previous != 0 && At(p, pi + 1) != 0 && At(p, pi + 1) != ']')
            {
                pc = At(p, ++pi);
                if (pc == '\\')
                {
                    pc = At(p, ++pi);
                    if (pc == 0)
                    {
                        return false;
                    }
                }

                matched |= tc <= pc && tc >= previous;
                pc = 0; // a range end cannot start another range
            }
            else if (pc == '[' && At(p, pi + 1) == ':')
            {
                var start = pi += 2;
                while ((pc = At(p, pi)) != 0 && pc != ']')
                {
                    pi++;
                }

                if (pc == 0)
                {
                    return false;
                }

                var length = pi - start - 1;
                if (length < 0 || p[pi - 1] != ':')
                {
                    // No ":]": the '[' was an ordinary member after all.
                    pi = start - 2;
                    pc = (byte)'[';
                    matched |= tc == pc;
                    continue;
                }

                if (PosixClass.Matches(p.Slice(start, length), tc) is not { } inClass)
                {
                    return false;
                }

                matched |= inClass;
                pc = 0;
            }
            else
            {
                matched |= tc == pc;
            }
        }
        while (Advance(p, ref pi, ref pc, ref previous) != ']');

        failure = Outcome.NoMatch;
        return matched != negated && !(pathname && tc == '/');
    }

    private static byte Advance(ReadOnlySpan<byte> p, ref int pi, ref byte pc, ref byte previous)
    {
        previous = pc;
        pc = At(p, ++pi);
        return pc;
    }
}
